/// Gathers typed lines into entries: the one entry path of the REPL, piped input, transcript
/// replay and lessons, so that they all agree on where an entry ends.
///
/// A line that leaves the entry inside brackets or after a `\` waits for the next one. Inside an
/// open `(` or `[`, a line that cannot continue it ends the entry with an error at the bracket
/// and is then read as a new entry: a blank line, a line pasted with the `gb> ` prompt, a meta
/// command (`:vars`), a command (`backward y`), `name += …` (and the other updates), and
/// `name = …` inside `[`, or inside `(` where it cannot be a keyword argument (the entry has
/// a syntax error right there). An open `{` block goes on over any line. Prompts pasted from the screen
/// (`gb> `, `..> `) are stripped, as IPython strips `>>> `.
public struct EntryBuffer: Sendable {
    /// A whole entry, ready to run.
    public struct Entry: Sendable, Equatable {
        public let text: String
        /// The input line it starts on (1 for the first line given to the buffer).
        public let firstLine: Int
        /// Why it is cut off before it was complete (an unclosed bracket), if it was: the error
        /// to show instead of running it.
        public let unclosed: NotebookError?
    }

    private var lines: [String] = []
    private var scanner = Lexer("")
    private var linesRead = 0
    private var firstLine = 1

    public init() {}

    /// Whether an entry has begun and is waiting for more lines (the prompt shows `..> `).
    public var isOpen: Bool { !lines.isEmpty }

    /// The lines of the open entry so far (empty when none is open), for completing the next.
    public var openText: String { lines.joined(separator: "\n") }

    /// Adds a line; returns the entries it completes (none while the entry stays open; two when
    /// the line ends an unclosed entry and is itself a whole one). Blank entries are skipped.
    public mutating func add(_ line: String) -> [Entry] {
        linesRead += 1
        // A byte-order mark may start the input (a file saved by a Windows editor).
        let (text, prompted) = Screen.strippingPrompt(linesRead == 1 ? String(line.drop { $0 == "\u{FEFF}" }) : line)
        var completed: [Entry] = []
        if let open = scanner.brackets.last, open.character != "{", !scanner.continuesOnNextLine,
            let reason = reasonToEnd(before: text, prompted: prompted, inside: open.character)
        {
            let message = "this '\(open.character)' is never closed with '\(open.closing)'; \(reason)"
            completed.append(take(unclosed: NotebookError.syntax(message, at: open.location)))
        }
        if lines.isEmpty {
            guard !text.allSatisfy(\.isWhitespace) else { return completed }
            firstLine = linesRead
        }
        lines.append(text)
        if !needsMore(after: text) { completed.append(take(unclosed: nil)) }
        return completed
    }

    /// The entry still open when the input ends (it runs, so that its error is shown), or nil.
    public mutating func finish() -> Entry? {
        lines.isEmpty ? nil : take(unclosed: nil)
    }

    /// Drops the open entry (Ctrl-C, or Ctrl-D on an empty continuation line); whether there was one.
    public mutating func drop() -> Bool {
        defer { reset() }
        return isOpen
    }

    /// Reads `line` on from where the entry's lexing stopped; whether the entry stays open.
    private mutating func needsMore(after line: String) -> Bool {
        scanner.append(line + "\n")
        do {
            while try scanner.next().kind != .endOfInput {}
        } catch {
            // Any other lexing error is the entry's to report when it runs.
            return false
        }
        return !scanner.brackets.isEmpty || scanner.continuesOnNextLine
    }

    private mutating func take(unclosed: NotebookError?) -> Entry {
        defer { reset() }
        return Entry(text: lines.joined(separator: "\n"), firstLine: firstLine, unclosed: unclosed)
    }

    private mutating func reset() {
        lines = []
        scanner = Lexer("")
    }

    /// Why `line` cannot continue the entry open inside `bracket` (`(` or `[`), or nil if it can.
    private func reasonToEnd(before line: String, prompted: Bool, inside bracket: Character) -> String? {
        if let reason = EntryBuffer.reasonToEnd(before: line, prompted: prompted, inside: bracket) { return reason }
        // `name = …` may be a keyword argument (`lr = 0.1`); it is a new statement when the entry
        // cannot take it there (`f(1, lr = 0.1` then `z = 3`, which would need a comma first).
        guard EntryBuffer.looksLikeAssignment(line) else { return nil }
        let lineNumber = lines.count + 1
        guard
            let error = Parser.firstErrorLocation(
                in: (lines + [line]).joined(separator: "\n"), grammar: BuiltinTable.grammar),
            error.line == lineNumber, error.column <= line.trimmingTrailingSpaces().count
        else { return nil }
        let name = line.drop { $0 == " " || $0 == "\t" }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return "the assignment to \(name) on the next line ends the entry"
    }

    /// Whether `line` starts like `name = …`, `name[i] = …` or `f(x) = …` (not `==`).
    static func looksLikeAssignment(_ line: String) -> Bool {
        var rest = Substring(line).drop { $0 == " " || $0 == "\t" }
        guard let first = rest.first, first.isLetter || first == "_" else { return false }
        rest = rest.drop { $0.isLetter || $0.isNumber || $0 == "_" }
        if let opening = rest.first, opening == "(" || opening == "[" {
            let closing: Character = opening == "(" ? ")" : "]"
            guard let end = rest.firstIndex(of: closing) else { return false }
            rest = rest[rest.index(after: end)...]
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        return rest.hasPrefix("=") && !rest.hasPrefix("==")
    }

    /// The reasons that need only the line itself.
    static func reasonToEnd(before line: String, prompted: Bool, inside bracket: Character) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty { return "a blank line ends the entry" }
        if prompted { return "a new gb> prompt ends the entry" }
        if trimmed.first == ":", trimmed.dropFirst().first?.isLetter == true {
            return "the meta command on the next line ends the entry"
        }
        let word = trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard let first = word.first, first.isLetter || first == "_" else { return nil }
        let after = trimmed.dropFirst(word.count)
        let rest = after.drop { $0 == " " || $0 == "\t" }
        if BuiltinTable.reservedWords.contains(String(word)), word != "true", word != "false",
            after.isEmpty || after.first == " " || after.first == "\t"
        {
            return "the command \(word) on the next line ends the entry"
        }
        if ["+=", "-=", "*=", "/="].contains(where: { rest.hasPrefix($0) }) {
            return "the update of \(word) on the next line ends the entry"
        }
        if bracket == "[", rest.hasPrefix("="), !rest.hasPrefix("==") {
            return "the assignment to \(word) on the next line ends the entry"
        }
        return nil
    }
}

extension Session {
    /// Runs an entry from ``EntryBuffer``: an entry cut off inside a bracket shows its error
    /// (and does not run); any other runs as ``runEntry(_:origin:firstLine:)`` runs it.
    public func runEntry(_ entry: EntryBuffer.Entry, origin: String? = nil) -> Execution {
        guard let error = entry.unclosed else {
            return runEntry(entry.text, origin: origin, firstLine: entry.firstLine)
        }
        var execution = Execution()
        execution.report(error, source: entry.text, origin: origin, firstLine: entry.firstLine, width: settings.width)
        execution.syntaxError = true
        return execution
    }
}
