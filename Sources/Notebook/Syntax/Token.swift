/// A position in the source: 1-based line and column (columns count characters).
public struct SourceLocation: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The smallest meaningful pieces of a statement.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case identifier(String)
        /// An operator or punctuation mark, e.g. `+`, `..`, `(`, `+=`.
        case symbol(String)
        /// A whole `:command arguments` line.
        case meta(name: String, argument: String)
        /// The end of a statement: a newline outside brackets, or `;` (flagged, it silences output).
        case end(semicolon: Bool)
        case endOfInput
    }

    let kind: Kind
    let location: SourceLocation
    /// Character offsets of the token in the source, for cutting out a statement's text.
    var range: Range<Int> = 0..<0

    var symbol: String? {
        if case let .symbol(s) = kind { return s }
        return nil
    }

    var identifier: String? {
        if case let .identifier(name) = kind { return name }
        return nil
    }

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case let .number(value): return "number \(value)"
        case let .string(text): return "string \"\(text)\""
        case let .identifier(name): return "'\(name)'"
        case let .symbol(s): return "'\(s)'"
        case let .meta(name, _): return "':\(name)'"
        case let .end(semicolon): return semicolon ? "';'" : "end of line"
        case .endOfInput: return "end of input"
        }
    }
}
