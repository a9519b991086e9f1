/// Splits source text into tokens.
///
/// A newline ends a statement unless it falls inside `(…)` or `[…]`, or follows a `\`; inside
/// `{…}` it separates statements. `#` starts a comment. A line whose first character is `:`
/// is a meta command and becomes one token.
struct Lexer: Sendable {
    /// An opening bracket not yet closed, and where it stands.
    struct OpenBracket: Sendable, Equatable {
        let character: Character
        let location: SourceLocation

        var closing: Character {
            switch character {
            case "(": return ")"
            case "[": return "]"
            default: return "}"
            }
        }
    }

    private var characters: [Character]
    private(set) var position = 0
    private var line = 1
    private var column = 1
    /// The open brackets, innermost last.
    private(set) var brackets: [OpenBracket] = []
    /// The last thing read was a `\` that continues the statement on a line not read yet.
    private(set) var continuesOnNextLine = false

    /// CRLF and a lone CR end lines as LF does (Swift reads "\r\n" as one Character, which
    /// would otherwise let a comment run to the end of a Windows file); the character count,
    /// and so every location, stays the same.
    init(_ source: String) {
        characters = Lexer.normalizingLineEnds(source)
    }

    static func normalizingLineEnds(_ text: String) -> [Character] {
        text.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 }
    }

    /// Adds text after what was read so far, so that lexing goes on where it stopped (the
    /// prompt reads an entry line by line without reading it again from the start).
    mutating func append(_ text: String) {
        characters += Lexer.normalizingLineEnds(text)
    }

    /// Every token of the source, ending with `.endOfInput`.
    static func tokens(of source: String) throws -> [Token] {
        try scan(source).tokens
    }

    /// Every token, and the brackets still open when the source ends (the parser blames an
    /// error in a source that never closes a bracket on that bracket).
    static func scan(_ source: String) throws -> (tokens: [Token], unclosed: [OpenBracket]) {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            lexer.skipSpacesAndComments()
            let start = lexer.position
            var token = try lexer.next()
            token.range = start..<lexer.position
            tokens.append(token)
            if token.kind == .endOfInput && !lexer.continuesOnNextLine { return (tokens, lexer.brackets) }
        }
    }

    /// Whether the source ends inside brackets or after a line-continuing `\`: the REPL then
    /// asks for another line rather than reporting an error.
    static func needsContinuation(_ source: String) -> Bool {
        var lexer = Lexer(source)
        while let token = try? lexer.next() {
            if token.kind == .endOfInput { return !lexer.brackets.isEmpty || lexer.continuesOnNextLine }
        }
        // An unterminated string is an error, not an invitation to continue; a trailing `\`
        // is the only lexing failure that asks for more.
        return source.trimmingTrailingSpaces().hasSuffix("\\")
    }

    private var current: Character? { position < characters.count ? characters[position] : nil }
    private func peek(_ offset: Int = 1) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }
    private var location: SourceLocation { SourceLocation(line: line, column: column) }

    private mutating func advance() {
        if current == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        position += 1
    }

    private var atLineStart: Bool {
        var p = position - 1
        while p >= 0, characters[p] == " " || characters[p] == "\t" { p -= 1 }
        return p < 0 || characters[p] == "\n"
    }

    mutating func next() throws -> Token {
        // A loop, not a recursion: a million continued lines must not deepen the stack.
        while true {
            skipSpacesAndComments()
            let start = location
            continuesOnNextLine = false
            if current == "\\" {
                advance()
                skipSpacesAndComments()
                guard current == "\n" || current == nil else {
                    throw NotebookError.syntax(
                        "'\\' continues a statement on the next line; nothing may follow it", at: start)
                }
                if current == nil {
                    throw NotebookError.syntax("the statement continues after '\\' but the input ended", at: start)
                }
                advance()
                continuesOnNextLine = current == nil
                if continuesOnNextLine { return Token(kind: .endOfInput, location: location) }
            } else if current == "\n" && (brackets.last?.character == "(" || brackets.last?.character == "[") {
                advance()
            } else {
                return try token(at: start)
            }
        }
    }

    private mutating func token(at start: SourceLocation) throws -> Token {
        guard let c = current else { return Token(kind: .endOfInput, location: start) }
        if c == "\n" {
            advance()
            return Token(kind: .end(semicolon: false), location: start)
        }
        if c == ";" {
            advance()
            return Token(kind: .end(semicolon: true), location: start)
        }
        if c == ":" && brackets.isEmpty && atLineStart { return metaCommand(at: start) }
        if c.isNumber && c.isASCII { return try number(at: start) }
        if c == "\"" { return try string(at: start) }
        if c.isLetter || c == "_" { return identifier(at: start) }
        return try symbol(at: start)
    }

    mutating func skipSpacesAndComments() {
        while let c = current {
            if c == " " || c == "\t" || c == "\r" {
                advance()
            } else if c == "#" {
                while let d = current, d != "\n" {
                    _ = d
                    advance()
                }
            } else {
                return
            }
        }
    }

    private mutating func metaCommand(at start: SourceLocation) -> Token {
        advance()
        var text = ""
        while let c = current, c != "\n" {
            text.append(c)
            advance()
        }
        let trimmed = text.trimmingTrailingSpaces()
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let argument = String(trimmed.dropFirst(name.count).drop { $0.isWhitespace })
        return Token(kind: .meta(name: name, argument: argument), location: start)
    }

    private mutating func number(at start: SourceLocation) throws -> Token {
        var text = ""
        func digits() {
            while let c = current, c.isASCII, c.isNumber || c == "_" {
                if c != "_" { text.append(c) }
                advance()
            }
        }
        digits()
        // `1..5` is a range, not the number `1.` followed by `.5`.
        if current == ".", peek() != ".", !(peek()?.isLetter ?? false) {
            text.append(".")
            advance()
            digits()
        }
        if current == "e" || current == "E", let next = peek(),
            next.isNumber || ((next == "+" || next == "-") && (peek(2)?.isNumber ?? false))
        {
            text.append("e")
            advance()
            if current == "+" || current == "-" {
                text.append(current!)
                advance()
            }
            digits()
        }
        guard let value = Double(text) else { throw NotebookError.syntax("'\(text)' is not a number", at: start) }
        return Token(kind: .number(value), location: start)
    }

    private mutating func string(at start: SourceLocation) throws -> Token {
        advance()
        var text = ""
        while let c = current, c != "\"" {
            if c == "\n" { break }
            if c == "\\" {
                advance()
                switch current {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                default:
                    throw NotebookError.syntax("unknown escape in string; use \\n, \\t, \\\" or \\\\", at: location)
                }
            } else {
                text.append(c)
            }
            advance()
        }
        guard current == "\"" else { throw NotebookError.syntax("this string is not closed with \"", at: start) }
        advance()
        return Token(kind: .string(text), location: start)
    }

    private mutating func identifier(at start: SourceLocation) -> Token {
        var name = ""
        while let c = current, c.isLetter || c.isNumber || c == "_" {
            name.append(c)
            advance()
        }
        // `f'` and `f''` name derivatives of f; the primes belong to the name.
        while current == "'" {
            name.append("'")
            advance()
        }
        return Token(kind: .identifier(name), location: start)
    }

    private static let twoCharacterSymbols: Set<String> = ["..", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/="]
    private static let oneCharacterSymbols: Set<Character> = [
        "+", "-", "*", "/", "^", "@", "=", "<", ">", ".", ",", ":", "(", ")", "[", "]", "{", "}", "'",
    ]
    private static let closing: [Character: Character] = [")": "(", "]": "[", "}": "{"]

    private mutating func symbol(at start: SourceLocation) throws -> Token {
        let c = current!
        if let next = peek(), Lexer.twoCharacterSymbols.contains(String([c, next])) {
            advance()
            advance()
            return Token(kind: .symbol(String([c, next])), location: start)
        }
        guard Lexer.oneCharacterSymbols.contains(c) else {
            throw NotebookError.syntax("unexpected character '\(c)'", at: start)
        }
        if c == "(" || c == "[" || c == "{" { brackets.append(OpenBracket(character: c, location: start)) }
        if let opening = Lexer.closing[c] {
            guard let open = brackets.last, open.character == opening else {
                throw NotebookError.syntax(
                    brackets.isEmpty
                        ? "'\(c)' has no matching opening bracket"
                        : "'\(c)' does not match the open '\(brackets.last!.character)'", at: start)
            }
            brackets.removeLast()
        }
        advance()
        return Token(kind: .symbol(String(c)), location: start)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
