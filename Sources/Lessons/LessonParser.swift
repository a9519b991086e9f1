/// Reads a lesson's Markdown: front matter between `---` lines, an introduction, `##` steps,
/// and fenced ```gradbook and ```exercise blocks.
public enum LessonParser {
    public static func parse(_ text: String, path: String) throws -> Lesson {
        let lines = text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var reader = LineReader(lines: lines, path: path)
        let front = try reader.frontMatter()
        var introduction: [Block] = []
        var steps: [Step] = []
        var current: (title: String, line: Int, blocks: [Block])?
        var prose: [String] = []
        /// The line of the prose's first non-blank line.
        var proseLine: Int?

        func addProse(_ lines: [String], at number: Int) {
            if proseLine == nil, lines.contains(where: { !$0.trimmingCharacters(in: " ").isEmpty }) {
                proseLine = number
            }
            prose += lines
        }
        func flushProse() {
            let text = prose.joined(separator: "\n").trimmingCharacters(in: "\n ")
            prose = []
            defer { proseLine = nil }
            guard !text.isEmpty else { return }
            let block = Block.prose(text, line: proseLine ?? 1)
            if current != nil { current!.blocks.append(block) } else { introduction.append(block) }
        }
        func append(_ block: Block) {
            flushProse()
            if current != nil { current!.blocks.append(block) } else { introduction.append(block) }
        }

        while let (line, number) = reader.next() {
            if line.hasPrefix("## ") {
                flushProse()
                if let step = current { steps.append(Step(title: step.title, blocks: step.blocks, line: step.line)) }
                current = (String(line.dropFirst(3)).trimmingCharacters(in: " "), number, [])
            } else if line.hasPrefix("# "), current == nil, introduction.isEmpty,
                prose.allSatisfy({ $0.trimmingCharacters(in: " ").isEmpty })
            {
                continue  // the page title, for readers of the file; the runner shows front matter's title
            } else if line.hasPrefix("```") {
                let info = line.dropFirst(3).trimmingCharacters(in: " ")
                let body = try reader.fence(openedAt: number)
                switch info {
                case "gradbook": append(.code(body.joined(separator: "\n"), line: number + 1))
                case "exercise": append(.exercise(try ExerciseParser.parse(body, line: number, path: path)))
                default: addProse([line] + body + ["```"], at: number)
                }
            } else {
                addProse([line], at: number)
            }
        }
        flushProse()
        if let step = current { steps.append(Step(title: step.title, blocks: step.blocks, line: step.line)) }
        guard !steps.isEmpty else {
            throw LessonError("a lesson needs at least one step (a line starting with ## )", path: path)
        }
        return Lesson(
            id: front.id, title: front.title, seeds: front.seeds, topics: front.topics, minutes: front.minutes,
            randomSeed: front.seed, introduction: introduction, steps: steps, path: path)
    }
}

/// The lines of a lesson, numbered from 1, with the two structures that span several lines.
private struct LineReader {
    let lines: [String]
    let path: String
    var position = 0

    mutating func next() -> (String, Int)? {
        guard position < lines.count else { return nil }
        defer { position += 1 }
        return (lines[position], position + 1)
    }

    /// The lines of a fence up to its closing ```, which is consumed.
    mutating func fence(openedAt line: Int) throws -> [String] {
        var body: [String] = []
        while let (text, _) = next() {
            if text.trimmingCharacters(in: " ") == "```" { return body }
            body.append(text)
        }
        throw LessonError("this ``` block is never closed", path: path, line: line)
    }

    struct FrontMatter {
        var id = "", title = "", seeds: [String] = [], topics: [String] = [], minutes: Int?, seed: UInt64 = 0
    }

    mutating func frontMatter() throws -> FrontMatter {
        guard lines.first?.trimmingCharacters(in: " ") == "---" else {
            throw LessonError(
                "a lesson starts with front matter: a --- line, then id: and title:, then ---", path: path, line: 1)
        }
        position = 1
        var front = FrontMatter()
        while let (line, number) = next() {
            if line.trimmingCharacters(in: " ") == "---" {
                guard !front.id.isEmpty else {
                    throw LessonError("the front matter has no id:", path: path, line: number)
                }
                guard !front.title.isEmpty else {
                    throw LessonError("the front matter has no title:", path: path, line: number)
                }
                return front
            }
            if line.trimmingCharacters(in: " ").isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw LessonError("front matter lines read key: value", path: path, line: number)
            }
            let key = line[..<colon].trimmingCharacters(in: " ")
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " ")
            switch key {
            case "id":
                guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
                else {
                    throw LessonError("id must be letters, digits and -, got '\(value)'", path: path, line: number)
                }
                front.id = value
            case "title": front.title = value
            case "seeds": front.seeds = Self.list(value)
            case "topics": front.topics = Self.list(value)
            case "minutes":
                guard let minutes = Int(value), minutes > 0 else {
                    throw LessonError(
                        "minutes must be a whole number above 0, got '\(value)'", path: path, line: number)
                }
                front.minutes = minutes
            case "seed":
                guard let seed = UInt64(value) else {
                    throw LessonError("seed must be a whole number ≥ 0, got '\(value)'", path: path, line: number)
                }
                front.seed = seed
            default:
                throw LessonError(
                    "unknown front matter key '\(key)' (known: id, title, seeds, topics, minutes, seed)", path: path,
                    line: number)
            }
        }
        throw LessonError("the front matter is not closed with a --- line", path: path, line: 1)
    }

    /// `a, b` or `[a, b]`.
    static func list(_ value: String) -> [String] {
        value.trimmingCharacters(in: "[] ").split(separator: ",").map { $0.trimmingCharacters(in: " \"") }.filter {
            !$0.isEmpty
        }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }

    func replacingCRLF() -> String {
        split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }
}
