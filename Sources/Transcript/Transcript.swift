import Notebook

/// A recorded session that is also a test.
///
/// A transcript looks like the screen (without colour):
///
///     # Comments, before the first prompt only.
///     #! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
///     gb> x = (1 +
///     ..> 2)
///     x = 3
///     gb> :seed
///     seed 0
///
/// - Lines starting with `gb> ` or `..> ` (or `gb>`/`..>` alone, for an empty line) are input;
///   the lines after them up to the next prompt are the output expected from them.
/// - The optional header (see ``TranscriptHeader``) pins the seed and print settings of the
///   fresh session the transcript replays in; a missing header means the defaults shown.
/// - Before the first prompt, any other line is a comment. After it, every line is expected
///   output, so an output line that itself starts with `gb> ` cannot be told from input.
/// - An expected line ending in ` (re)` is a regular expression and one ending in ` (glob)` a
///   glob (`*`, `?`), each matching the whole line (see ``LinePattern``).
/// - LF or CRLF line endings; the last newline may be missing.
///
/// Replay feeds the input lines, in order, to a fresh session the way the prompt does
/// (``EntryBuffer``) and compares the screen that results — echoed input and output — with
/// the transcript's lines after its preface.
public struct Transcript {
    /// One line from the first prompt on, with its 1-based line number in the file.
    public struct Line {
        public let number: Int
        public let pattern: LinePattern
        /// The input typed on this line (without its prompt), or nil for an output line.
        public let input: String?
    }

    public let path: String
    public let header: TranscriptHeader
    /// The lines before the first prompt (comments and the header), kept as written.
    public let preface: [String]
    public let body: [Line]
    /// `"\r\n"` if the file used CRLF, so that an update keeps it.
    public let lineEnding: String
    public let endsWithNewline: Bool

    /// The input lines in order, without prompts.
    public var inputs: [String] { body.compactMap(\.input) }

    /// Parses `text`; `path` names the transcript in errors and diffs.
    public init(parsing text: String, path: String) throws {
        self.path = path
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        lineEnding = text.contains("\r\n") ? "\r\n" : "\n"
        // Scalars, not Characters: "\r\n" is one Character and would hide its newline.
        var lines = String(text).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.last == "\r" ? $0.dropLast() : $0) }
        endsWithNewline = text.unicodeScalars.last == "\n"
        if endsWithNewline || lines == [""] { lines.removeLast() }

        var header: TranscriptHeader?
        var headerLine = 0
        var preface: [String] = []
        var body: [Line] = []
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if body.isEmpty, Self.input(on: line) == nil {
                preface.append(line)
                guard line.hasPrefix(TranscriptHeader.marker) else { continue }
                guard header == nil else {
                    throw TranscriptError(
                        path: path, line: number, "a second header line; the first is line \(headerLine)")
                }
                header = try TranscriptHeader(parsing: line, path: path, number: number)
                headerLine = number
                continue
            }
            if let input = Self.input(on: line) {
                body.append(Line(number: number, pattern: .exact(line), input: input))
            } else {
                do {
                    body.append(Line(number: number, pattern: try LinePattern(line), input: nil))
                } catch let error as PatternError {
                    throw TranscriptError(path: path, line: number, error.message)
                }
            }
        }
        self.header = header ?? TranscriptHeader()
        self.preface = preface
        self.body = body
    }

    /// The input on a prompt line, or nil if it is not one.
    static func input(on line: String) -> String? {
        for prompt in [Screen.prompt, Screen.continuationPrompt] {
            if line.hasPrefix(prompt) { return String(line.dropFirst(prompt.count)) }
            if line == String(prompt.dropLast()) { return "" }
        }
        return nil
    }
}
