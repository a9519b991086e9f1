/// Reads an ```exercise block: `key: value` lines (a value may go on over the following
/// lines), `hint:` as often as wanted, and `- choice` lines for multiple choice.
///
///     kind: number
///     question: What is ∂a/∂w11 here?
///     answer: dadw11
///     tolerance: 1e-6
///     hint: Multiply the local derivatives along each path.
///     wrong: dadw11 / 2 => that is one path of the two; add the other
///     explain: Two paths lead from a to w11 …
///
/// A command exercise names the `binding:` the learner's statement must bind and the
/// `solution:` statement that binds it right; the expected value is what the solution binds,
/// run on a copy of the session when the exercise opens.
enum ExerciseParser {
    static let keys = ["kind", "question", "answer", "tolerance", "binding", "solution", "hint", "wrong", "explain"]

    static func parse(_ body: [String], line fenceLine: Int, path: String) throws -> Exercise {
        var fields: [(key: String, value: String, line: Int)] = []
        var choices: [String] = []
        for (offset, text) in body.enumerated() {
            let number = fenceLine + 1 + offset
            let trimmed = text.trimmingCharacters(in: " ")
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("- ") {
                choices.append(String(trimmed.dropFirst(2)).trimmingCharacters(in: " "))
            } else if let key = Self.key(of: trimmed) {
                guard keys.contains(key) else {
                    throw LessonError(
                        "unknown exercise key '\(key)' (known: \(keys.joined(separator: ", ")))", path: path,
                        line: number)
                }
                let value = trimmed.dropFirst(key.count + 1).trimmingCharacters(in: " ")
                fields.append((key, value, number))
            } else if let last = fields.indices.last {
                fields[last].value += (fields[last].value.isEmpty ? "" : " ") + trimmed
            } else {
                throw LessonError(
                    "an exercise starts with kind: number, expression, choice or command", path: path, line: number)
            }
        }
        func field(_ key: String) -> (value: String, line: Int)? {
            fields.first { $0.key == key }.map { ($0.value, $0.line) }
        }
        func required(_ key: String, _ why: String) throws -> String {
            guard let value = field(key)?.value, !value.isEmpty else {
                throw LessonError("this exercise has no \(key): (\(why))", path: path, line: fenceLine)
            }
            return value
        }
        let kindText = try required("kind", "number, expression, choice or command")
        guard let kind = Exercise.Kind(rawValue: kindText) else {
            throw LessonError(
                "unknown exercise kind '\(kindText)' (known: number, expression, choice, command)", path: path,
                line: field("kind")?.line ?? fenceLine)
        }
        let question = try required("question", "what the learner is asked")
        // A command exercise's answer is what its solution binds; `answer:` is optional there.
        let answer =
            kind == .command
            ? field("answer")?.value ?? ""
            : try required(
                "answer", kind == .choice ? "the number of the right choice" : "an expression for the right value")
        var tolerance = 1e-6
        if let (text, line) = field("tolerance") {
            guard let value = Double(text), value >= 0, value.isFinite else {
                throw LessonError("tolerance must be a number ≥ 0, got '\(text)'", path: path, line: line)
            }
            tolerance = value
        }
        switch kind {
        case .choice:
            guard choices.count >= 2 else {
                throw LessonError(
                    "a choice exercise lists at least two choices as - lines", path: path, line: fenceLine)
            }
            guard let right = Int(answer), (1...choices.count).contains(right) else {
                throw LessonError(
                    "a choice exercise's answer is the number of the right choice, 1 to \(choices.count); got '\(answer)'",
                    path: path, line: field("answer")?.line ?? fenceLine)
            }
        case .command:
            _ = try required("binding", "the name the learner's statement must bind")
            _ = try required("solution", "the statement --auto runs")
        case .number, .expression:
            guard choices.isEmpty else {
                throw LessonError("only choice exercises list - choices", path: path, line: fenceLine)
            }
        }
        let wrong = try fields.filter { $0.key == "wrong" }.map {
            try wrongAnswer($0.value, line: $0.line, kind: kind, choices: choices.count, path: path)
        }
        return Exercise(
            kind: kind, question: question, answer: answer, tolerance: tolerance, choices: choices,
            binding: field("binding")?.value, solution: field("solution")?.value,
            hints: fields.filter { $0.key == "hint" }.map(\.value), wrong: wrong,
            explanation: field("explain")?.value, line: fenceLine)
    }

    /// `ANSWER => MESSAGE`, both parts non-empty; for a choice exercise ANSWER is a choice's number.
    private static func wrongAnswer(_ value: String, line: Int, kind: Exercise.Kind, choices: Int, path: String) throws
        -> WrongAnswer
    {
        guard let arrow = value.range(of: "=>") else {
            throw LessonError(
                "wrong: reads ANSWER => MESSAGE, e.g. wrong: 1/400 => that is the variance", path: path, line: line)
        }
        let answer = value[..<arrow.lowerBound].trimmingCharacters(in: " ")
        let message = value[arrow.upperBound...].trimmingCharacters(in: " ")
        guard !answer.isEmpty, !message.isEmpty else {
            throw LessonError("wrong: needs an answer before => and a message after it", path: path, line: line)
        }
        if kind == .choice, Int(answer).map({ !(1...choices).contains($0) }) ?? true {
            throw LessonError(
                "a choice exercise's wrong: names a choice by its number, 1 to \(choices); got '\(answer)'", path: path,
                line: line)
        }
        return WrongAnswer(answer: answer, message: message, line: line)
    }

    /// `word` when the line starts with `word:` (lowercase letters only).
    private static func key(of line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let word = line[..<colon]
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        return String(word)
    }
}
