/// A piece of what a statement printed, with its role so that a terminal can colour it.
public struct Output: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        /// A value or a binding.
        case result
        /// Something about what happened (`backward`, `:seed`).
        case info
        case heading
        case error
    }

    public let text: String
    public let style: Style
    /// The same text with ANSI colours of its own (a plot's series), for a colour terminal;
    /// transcripts and pipes get ``text``.
    public let colouredText: String?

    /// Control characters in `text` are shown visibly (``VisibleText``): what a session prints
    /// never drives the terminal. (`colouredText` is made by gradbook itself, colours and all.)
    public init(_ text: String, _ style: Style = .result, colouredText: String? = nil) {
        self.text = VisibleText.of(text)
        self.style = style
        self.colouredText = colouredText
    }
}

/// What running some input produced.
public struct Execution: Sendable {
    public var outputs: [Output] = []
    /// A statement failed (or could not be parsed).
    public var failed = false
    /// The input could not be parsed at all (nothing ran).
    public var syntaxError = false
    /// Ctrl-C stopped it.
    public var interrupted = false
    /// `:quit` was given.
    public var quit = false
    /// How many of the first outputs the host was already shown while the entry ran
    /// (LiveLines.swift); it prints the rest.
    public var shownLive = 0

    public init(outputs: [Output] = [], failed: Bool = false) {
        self.outputs = outputs
        self.failed = failed
    }

    /// Everything as plain text, one line per line.
    public var text: String { outputs.map(\.text).joined(separator: "\n") }
}
