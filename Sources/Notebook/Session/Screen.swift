/// What a user sees of a session, without colour: the one rendering path that the REPL, piped
/// input, `:record` and transcript replay share, so that a transcript is the screen.
public enum Screen {
    /// The prompt before an entry's first line.
    public static let prompt = "gb> "
    /// The prompt while an entry is still open (inside brackets, after a `\`).
    public static let continuationPrompt = "..> "

    /// `line` without a prompt pasted from the screen (`gb> `, `..> `, or either alone on an
    /// empty line, leading blanks allowed), and whether the prompt was `gb> ` (a new entry).
    public static func strippingPrompt(_ line: String) -> (line: String, newEntry: Bool) {
        let indented = line.drop { $0 == " " || $0 == "\t" }
        for (marker, newEntry) in [(prompt, true), (continuationPrompt, false)] {
            if indented.hasPrefix(marker) { return (String(indented.dropFirst(marker.count)), newEntry) }
            if indented == marker.dropLast() { return ("", newEntry) }
        }
        return (line, false)
    }

    /// An entry as it stands on the screen after it was typed: its first line after `gb> `, the
    /// others after `..> `. An empty line shows the prompt without its trailing space, so that
    /// an editor that strips trailing blanks leaves a transcript unchanged.
    public static func echo(_ entry: String) -> [String] {
        entry.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            let prompt = index == 0 ? prompt : continuationPrompt
            return line.isEmpty ? String(prompt.dropLast()) : prompt + line
        }
    }
}

extension Output {
    /// The text's lines, as printed one per line.
    public var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

extension Execution {
    /// Every line it printed, in order: what stands on the screen after the entry.
    public var lines: [String] { outputs.flatMap(\.lines) }
}
