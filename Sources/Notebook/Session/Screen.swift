/// What a user sees of a session, without colour: the one rendering path that the REPL, piped
/// input, `:record` and transcript replay share, so that a transcript is the screen.
public enum Screen {
    /// The prompt before an entry's first line.
    public static let prompt = "gb> "
    /// The prompt while an entry is still open (inside brackets, after a `\`).
    public static let continuationPrompt = "..> "

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

/// Gathers typed lines into entries the way the prompt does: a line that leaves the entry open
/// (``Session/needsMoreInput(_:)``) waits for the next one.
public struct EntryBuffer: Sendable {
    private var pending = ""
    private var open = false

    public init() {}

    /// Whether an entry has begun and is waiting for more lines (the prompt shows `..> `).
    public var isOpen: Bool { open }

    /// Adds a line; returns the entry it completes, or nil while the entry stays open.
    public mutating func add(_ line: String) -> String? {
        pending = open ? pending + "\n" + line : line
        open = Session.needsMoreInput(pending)
        return open ? nil : take()
    }

    /// The entry still open when the input ends (it runs, so that its error is shown), or nil.
    public mutating func finish() -> String? {
        guard open else { return nil }
        open = false
        return take()
    }

    private mutating func take() -> String {
        defer { pending = "" }
        return pending
    }
}
