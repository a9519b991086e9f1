/// The commands the parser recognises at the start of a statement, each with the keywords
/// that may introduce its clauses (`backward loss with g`: command `backward`, clause `with`).
public struct CommandGrammar: Sendable {
    public var clauseKeywords: [String: Set<String>]
    /// The builtin functions, which a method call (`b.reshape(3, 1)`) is told to call instead.
    public var functionNames: [String]

    public init(clauseKeywords: [String: Set<String>], functionNames: [String] = []) {
        self.clauseKeywords = clauseKeywords
        self.functionNames = functionNames
    }
}

/// Turns source text into statements (precedence, loosest first: `..`, comparisons, `+ −`,
/// `* / @`, unary `−`, `^` (right associative), then calls, subscripts and attributes).
///
/// `-x^2` is `-(x^2)`, as in mathematics, Python and Julia; `2^-1` is `2^(-1)`.
struct Parser {
    let tokens: [Token]
    let source: [Character]
    let grammar: CommandGrammar
    var position = 0

    /// How many brackets, calls, subscripts, signs, powers and repeat blocks the parser is
    /// inside: each is one level of the parser's own recursion.
    var nesting = 0

    /// The innermost bracket the source never closes, if any.
    let unclosed: Lexer.OpenBracket?

    init(source: String, grammar: CommandGrammar) throws {
        let scanned = try Lexer.scan(source)
        self.tokens = scanned.tokens
        self.unclosed = scanned.unclosed.last
        self.source = Lexer.normalizingLineEnds(source)
        self.grammar = grammar
    }

    /// Every statement of the source.
    static func parse(_ source: String, grammar: CommandGrammar) throws -> [Statement] {
        var parser = try Parser(source: source, grammar: grammar)
        do {
            return try parser.statements(until: nil)
        } catch let error as NotebookError {
            // A bracket never closed swallows the rest of the source, so whatever fails after it
            // is its doing: the error points at the bracket.
            guard let open = parser.unclosed, let location = error.location, location >= open.location else {
                throw error
            }
            throw NotebookError.syntax(
                "this '\(open.character)' is never closed with '\(open.closing)'", at: open.location)
        }
    }

    /// Where the first syntax error in `source` stands, as found (not moved to a bracket the
    /// source never closes), or nil when it parses.
    static func firstErrorLocation(in source: String, grammar: CommandGrammar) -> SourceLocation? {
        do {
            var parser = try Parser(source: source, grammar: grammar)
            _ = try parser.statements(until: nil)
            return nil
        } catch {
            return (error as? NotebookError)?.location
        }
    }

    var current: Token { tokens[position] }
    func peek(_ offset: Int = 1) -> Token { tokens[Swift.min(position + offset, tokens.count - 1)] }
    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func isSymbol(_ s: String) -> Bool { current.symbol == s }

    mutating func expect(_ s: String, _ context: String, opening: Token? = nil) throws {
        guard isSymbol(s) else {
            // Input that ends inside brackets is best reported where the bracket opened.
            if let opening, current.kind == .endOfInput {
                throw NotebookError.syntax("this \(opening.display) is never closed with '\(s)'", at: opening.location)
            }
            throw unexpected("expected '\(s)' \(context)")
        }
        advance()
    }

    func unexpected(_ message: String) -> NotebookError {
        .syntax("\(message), found \(current.display)", at: current.location)
    }

    // MARK: Statements

    /// Statements up to `closing` (a `}`) or the end of input.
    private mutating func statements(until closing: String?, opening: Token? = nil) throws -> [Statement] {
        var result: [Statement] = []
        while true {
            while case .end = current.kind { advance() }
            if closing != nil, isSymbol(closing!) { return result }
            if current.kind == .endOfInput {
                if closing != nil {
                    throw NotebookError.syntax(
                        "this '{' is never closed with '}'", at: opening?.location ?? current.location)
                }
                return result
            }
            result.append(try statement(insideBlock: closing != nil))
        }
    }

    private mutating func statement(insideBlock: Bool) throws -> Statement {
        let start = current
        var kind = try statementKind()
        var silent = false
        switch current.kind {
        case let .end(semicolon):
            silent = semicolon
            advance()
        case .endOfInput:
            break
        default:
            if !(insideBlock && isSymbol("}")) {
                throw unexpected("expected the end of the statement")
            }
        }
        let end = tokens[Swift.max(position - 1, 0)].range.upperBound
        let text = String(source[start.range.lowerBound..<Swift.max(end, start.range.lowerBound)])
            .trimmingTrailingSpaces()
        if case var .function(definition) = kind {
            // Kept with the function, so that an error inside it can show where.
            definition.source = text.hasSuffix(";") ? String(text.dropLast()).trimmingTrailingSpaces() : text
            definition.origin = start.location
            kind = .function(definition)
        }
        return Statement(kind: kind, location: start.location, silent: silent, text: text)
    }

    private mutating func statementKind() throws -> Statement.Kind {
        if case let .meta(name, argument) = current.kind {
            advance()
            return .meta(name: name, argument: argument)
        }
        if let name = current.identifier {
            let next = peek().symbol
            let assigns = next.map { ["=", "+=", "-=", "*=", "/="].contains($0) } ?? false
            if name == "repeat" && !assigns { return try repeatLoop() }
            if name == "while" && !assigns { return try whileLoop() }
            if let keywords = grammar.clauseKeywords[name], !assigns { return try command(name, keywords: keywords) }
        }
        let target = try expression()
        guard let symbol = current.symbol, ["=", "+=", "-=", "*=", "/="].contains(symbol) else {
            return .expression(target)
        }
        let operatorLocation = current.location
        advance()
        if case let .call(name, _) = target.kind, symbol == "=", isSymbol("{") {
            throw NotebookError.syntax(
                "a function's body is one expression: \(name)(x) = x^2 + 1; name a step as a function of its own, a(x) = x^2, then \(name)(x) = a(x) + 1",
                at: current.location)
        }
        let value = try expression()
        let compound = symbol == "=" ? nil : BinaryOperator(rawValue: String(symbol.dropLast()))
        switch target.kind {
        case let .name(name):
            return .assignment(name: name, indices: nil, compound: compound, value: value)
        case let .index(base, items):
            guard case let .name(name) = base.kind else { break }
            return .assignment(name: name, indices: items, compound: compound, value: value)
        case .attribute:
            return .memberAssignment(target: target, compound: compound, value: value)
        case let .call(name, _) where Statement.memberAccessors.contains(name):
            return .memberAssignment(target: target, compound: compound, value: value)
        case let .call(name, arguments) where compound == nil:
            let parameters = arguments.compactMap { argument -> String? in
                guard argument.label == nil, case let .name(p) = argument.value.kind else { return nil }
                return p
            }
            guard parameters.count == arguments.count else {
                throw NotebookError.syntax(
                    "a function definition takes parameter names: write \(name)(x, y) = …", at: target.location)
            }
            guard Set(parameters).count == parameters.count else {
                throw NotebookError.syntax("\(name) names a parameter twice", at: target.location)
            }
            return .function(FunctionDefinition(name: name, parameters: parameters, body: value))
        default:
            break
        }
        throw NotebookError.syntax(
            "cannot assign to this: the left side of '\(symbol)' must be a name, a subscript of a name, an attribute (bn.weight), param(…)/buffer(…), or f(x) to define a function",
            at: operatorLocation)
    }

    private mutating func repeatLoop() throws -> Statement.Kind {
        let (count, body) = try loop("repeat")
        return .repeatLoop(count: count, body: body)
    }

    private mutating func whileLoop() throws -> Statement.Kind {
        let (condition, body) = try loop("while")
        return .whileLoop(condition: condition, body: body)
    }

    /// `keyword expression { statements }`, the shape of both loops.
    private mutating func loop(_ keyword: String) throws -> (Expression, [Statement]) {
        try descend(at: current.location, "\(keyword) blocks")
        defer { nesting -= 1 }
        advance()
        let head = try expression()
        guard isSymbol("{") else { throw unexpected("expected '{' to open the body of \(keyword)") }
        let opening = current
        advance()
        let body = try statements(until: "}", opening: opening)
        try expect("}", "to close the body of \(keyword)", opening: opening)
        return (head, body)
    }

    private mutating func command(_ name: String, keywords: Set<String>) throws -> Statement.Kind {
        advance()
        let arguments = try commandArguments(keywords: keywords)
        var clauses: [Clause] = []
        while let keyword = current.identifier, keywords.contains(keyword) {
            advance()
            // A clause that takes nothing may be followed by named options: `logy, title = "…"`.
            if isSymbol(","), peek().identifier != nil, peek(2).symbol == "=" { advance() }
            clauses.append(Clause(keyword: keyword, arguments: try commandArguments(keywords: keywords)))
        }
        return .command(name: name, arguments: arguments, clauses: clauses)
    }

    private mutating func commandArguments(keywords: Set<String>) throws -> [Argument] {
        var arguments: [Argument] = []
        func atStop() -> Bool {
            if case .end = current.kind { return true }
            if current.kind == .endOfInput || isSymbol("}") { return true }
            return current.identifier.map(keywords.contains) ?? false
        }
        guard !atStop() else { return [] }
        repeat {
            if !arguments.isEmpty { advance() }
            arguments.append(try commandArgument())
        } while isSymbol(",")
        return arguments
    }

    /// A command argument may also bind a name to a range (`for x in -6..6`): the argument
    /// is then labelled with the name, as `at x = 0.5` is.
    private mutating func commandArgument() throws -> Argument {
        if let label = current.identifier, peek().identifier == "in" {
            advance()
            advance()
            return Argument(label: label, value: try expression())
        }
        return try argument()
    }
}
