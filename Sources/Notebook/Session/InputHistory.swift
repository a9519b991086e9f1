/// What was typed, for `:history`: this session's entries as typed, after what the host kept
/// from earlier sessions (the REPL's history file, which the Up arrow walks too).
///
/// The session never reads the terminal or the history file: the REPL hands it ``earlier``;
/// piped input and replayed transcripts start with none, so their `:history` is reproducible.
public struct InputHistory: Sendable {
    /// Entries from earlier sessions, oldest first.
    public var earlier: [String] = []
    /// This session's entries, oldest first.
    public private(set) var entries: [String] = []

    public init(earlier: [String] = []) {
        self.earlier = earlier
    }

    /// Adds an entry that has run (blank ones are not kept).
    mutating func record(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        entries.append(entry)
    }

    static let defaultCount = 20

    /// The last `count` entries, numbered from the oldest kept, a multi-line entry's lines
    /// under its first; a rule marks where this session starts when earlier entries are shown.
    func listing(last count: Int, ascii: Bool) -> [Output] {
        let all = earlier + entries
        guard !all.isEmpty else { return [Output("no history yet", .info)] }
        let first = Swift.max(all.count - count, 0)
        let numberWidth = String(all.count).count
        var lines: [Output] = []
        for index in first..<all.count {
            if index == earlier.count, index > first {
                lines.append(Output(ascii ? "-- this session --" : "── this session ──", .info))
            }
            let number = String(index + 1)
            let margin = String(repeating: " ", count: numberWidth - number.count) + number + "  "
            let blank = String(repeating: " ", count: margin.count)
            lines += all[index].split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                line, text in
                Output((line == 0 ? margin : blank) + text)
            }
        }
        return lines
    }
}
