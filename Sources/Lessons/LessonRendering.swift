import Notebook

/// How a lesson's pieces print: prose wrapped to the width, code echoed as the learner would
/// type it with its output indented beneath, exercises with their place in the lesson.
extension LessonRunner {
    /// Prose, and code run with its output; every block's outputs go to the observer with the
    /// block's line.
    func render(_ blocks: [Block], in session: Session, style: Style) -> [Output] {
        var outputs: [Output] = []
        for block in blocks {
            switch block {
            case let .prose(text, line):
                outputs += emit(
                    ProseRenderer(width: style.width, ascii: style.ascii).render(text), line: line, style: style)
            case let .code(code, line):
                outputs += run(code, line: line, in: session, style: style)
            case .exercise:
                continue
            }
        }
        return outputs
    }

    /// Runs a code block entry by entry, each echoed, its output indented (and so made 2
    /// columns narrower). A failed or interrupted entry ends the block, saying so; the lesson
    /// goes on.
    private func run(_ code: String, line: Int, in session: Session, style: Style) -> [Output] {
        var outputs: [Output] = []
        let width = session.settings.width
        session.settings.width = Swift.max(width - 2, 20)
        defer { session.settings.width = width }
        for (entry, offset) in Self.entries(code) {
            let ran = session.executeWithoutGuide(entry)
            outputs += emit(Self.echo(entry) + ran.outputs.flatMap(Self.indented), line: line + offset, style: style)
            if ran.interrupted {
                outputs += emit(
                    [Output("(the rest of this block did not run; the lesson goes on)", .info)], line: line + offset,
                    style: style)
                break
            }
            if ran.failed != Self.expectsError(entry) {
                observer?.failed(
                    line + offset, ran.failed ? "this code fails: " + ran.text : "this code was marked # error but runs"
                )
            }
        }
        return outputs
    }

    /// An entry that shows an error on purpose says so in a comment: `bn(x1)  # error: …`.
    static func expectsError(_ entry: String) -> Bool {
        guard let comment = entry.split(separator: "\n").last?.split(separator: "#", maxSplits: 1).dropFirst().first
        else { return false }
        return comment.trimmingCharacters(in: " ").hasPrefix("error")
    }

    /// The question with its place in the lesson and its choices.
    func question(_ open: OpenExercise, style: Style) -> [Output] {
        let exercise = open.exercise
        var outputs = style.wrapped(
            "\(style.exercise) \(open.number) of \(exerciseCount): " + exercise.question, .heading)
        outputs += exercise.choices.enumerated().flatMap { style.wrapped("\($0.offset + 1). \($0.element)", .result) }
        return emit(outputs, line: exercise.line, style: style)
    }

    /// The question and how to answer it, for an exercise waiting for its answer.
    func asking(_ open: OpenExercise, style: Style) -> [Output] {
        question(open, style: style)
            + emit(style.wrapped(howToAnswer(open.exercise), .info), line: open.exercise.line, style: style)
    }

    func howToAnswer(_ exercise: Exercise) -> String {
        let answer =
            switch exercise.kind {
            case .number: "a number or an expression answers"
            case .expression: "an expression answers"
            case .choice: "a choice's number answers"
            case .command: "a statement binding \(exercise.binding ?? "the name") answers"
            }
        return "(\(answer); other lines are scratch work; :hint, :skip)"
    }

    func explanation(_ exercise: Exercise, style: Style) -> [Output] {
        emit(exercise.explanation.map { style.wrapped($0, .result) } ?? [], line: exercise.line, style: style)
    }

    func answerText(_ exercise: Exercise, in session: Session) -> String {
        switch exercise.kind {
        case .choice: return Int(exercise.answer).map { "\($0). " + exercise.choices[$0 - 1] } ?? exercise.answer
        case .command: return exercise.solution ?? exercise.answer
        case .number, .expression:
            guard case let .value(value) = open?.expected, value.count == 1 else { return exercise.answer }
            let text = session.format(value.scalars[0])
            return exercise.answer + (text == exercise.answer ? "" : " = \(text)")
        }
    }

    /// How the lesson went: exercises right first time, after tries, with hints, skipped.
    func summary(style: Style) -> [Output] {
        var outputs: [Output] = []
        if exerciseCount > 0 {
            let parts = ExerciseOutcome.allCases.map { outcome in
                "\(outcomes.filter { $0 == outcome }.count) \(outcome.summaryText)"
            }
            outputs += style.wrapped("Exercises: " + parts.joined(separator: ", ") + ".", .info)
        }
        return outputs + [Output("You finished the lesson. :lessons lists the others.", .info)]
    }

    /// A code block split into the entries a learner would type, continuation lines included,
    /// each with its line offset in the block.
    static func entries(_ code: String) -> [(entry: String, offset: Int)] {
        var buffer = EntryBuffer()
        var entries: [EntryBuffer.Entry] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            entries += buffer.add(line)
        }
        if let entry = buffer.finish() { entries.append(entry) }
        return entries.map { ($0.text, $0.firstLine - 1) }
    }

    /// Output lines indented under the code that made them.
    static func indented(_ output: Output) -> [Output] {
        output.lines.map { Output("  " + $0, output.style) }
    }

    /// An entry as the prompt shows it, indented so that a transcript of a lesson does not
    /// read it as input.
    static func echo(_ entry: String) -> [Output] {
        Screen.echo(entry).map { Output("  " + $0, .info) }
    }

    /// How a lesson prints: its marks in Unicode or ASCII, and text wrapped to the width.
    struct Style {
        let ascii: Bool
        let width: Int

        init(_ settings: Settings) {
            ascii = settings.ascii
            width = settings.width
        }

        /// Lesson text (maths and all) wrapped to the width, in one style.
        func wrapped(_ text: String, _ style: Output.Style) -> [Output] {
            ProseRenderer(width: width, ascii: ascii).render(text).map { Output($0.text, style) }
        }
        var right: String { ascii ? "[ok]" : "✓" }
        var wrong: String { ascii ? "[x]" : "✗" }
        var exercise: String { ascii ? "Exercise" : "✎ Exercise" }
        func rule(_ title: String) -> String { ascii ? "-- \(title) --" : "── \(title) ──" }
    }
}

/// How one exercise went.
public enum ExerciseOutcome: String, Codable, CaseIterable, Sendable {
    case firstTry, afterTries, withHints, skipped

    var summaryText: String {
        switch self {
        case .firstTry: "right first time"
        case .afterTries: "right on a later try"
        case .withHints: "with hints"
        case .skipped: "skipped"
        }
    }

    /// Shown in place of an answer when resuming replays an exercise answered before.
    func mark(_ style: LessonRunner.Style) -> String { "(answered before: \(summaryText))" }
}
