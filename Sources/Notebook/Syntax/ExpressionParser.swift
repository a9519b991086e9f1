/// The expression grammar, loosest first: `..`, comparisons, `+ −`, `* / @`, unary `−`, `^`
/// (right associative), then calls, subscripts, attributes and the primaries.
extension Parser {
    /// Every node is made here, so that no tree deeper than the limit exists. Only a long flat
    /// chain (`1 + 2 + … + 1000`) reaches the limit: real nesting stops at ``maximumNesting``.
    private func node(_ kind: Expression.Kind, at location: SourceLocation) throws -> Expression {
        let expression = Expression(kind, at: location)
        guard expression.depth <= Expression.maximumDepth else {
            throw NotebookError.syntax(
                "this expression chains more than \(Expression.maximumDepth) operations; split it into several statements",
                at: location)
        }
        return expression
    }

    /// Far deeper than anything typed by hand; together with the tree's depth it keeps every
    /// walk of a statement well inside the stack.
    static let maximumNesting = 256

    /// Enters one more level of nesting, refusing before the recursion that would go too deep;
    /// the caller leaves it with `defer { nesting -= 1 }`.
    mutating func descend(at location: SourceLocation, _ what: String) throws {
        guard nesting < Parser.maximumNesting else {
            throw NotebookError.syntax(
                "\(what) nest more than \(Parser.maximumNesting) levels deep; split the statement into several",
                at: location)
        }
        nesting += 1
    }

    mutating func expression() throws -> Expression {
        try descend(at: current.location, "brackets, calls and subscripts")
        defer { nesting -= 1 }
        let low = try comparison()
        guard isSymbol("..") else { return low }
        advance()
        return try node(.range(low, try comparison()), at: low.location)
    }

    private mutating func comparison() throws -> Expression {
        let lhs = try binary(level: 0)
        guard let symbol = current.symbol, let op = BinaryOperator(rawValue: symbol),
            ["<", "<=", ">", ">=", "==", "!="].contains(symbol)
        else { return lhs }
        let location = current.location
        advance()
        return try node(.binary(op, lhs, try binary(level: 0)), at: location)
    }

    private static let levels: [[BinaryOperator]] = [[.add, .subtract], [.multiply, .divide, .matmul]]

    /// Left-associative binary operators of `levels[level]` and tighter.
    private mutating func binary(level: Int) throws -> Expression {
        guard level < Parser.levels.count else { return try unary() }
        var lhs = try binary(level: level + 1)
        while let symbol = current.symbol, let op = BinaryOperator(rawValue: symbol), Parser.levels[level].contains(op)
        {
            // A binary expression is located at its operator: that is where a shape error points.
            let location = current.location
            advance()
            lhs = try node(.binary(op, lhs, try binary(level: level + 1)), at: location)
        }
        return lhs
    }

    private mutating func unary() throws -> Expression {
        if let symbol = current.symbol, let op = UnaryOperator(rawValue: symbol) {
            let location = current.location
            try descend(at: location, "signs in a row")
            defer { nesting -= 1 }
            advance()
            return try node(.unary(op, try unary()), at: location)
        }
        return try power()
    }

    private mutating func power() throws -> Expression {
        let base = try postfix()
        guard isSymbol("^") else { return base }
        let location = current.location
        // `^` is right associative: each one in a chain is a level of recursion.
        try descend(at: location, "powers")
        defer { nesting -= 1 }
        advance()
        return try node(.binary(.power, base, try unary()), at: location)
    }

    private mutating func postfix() throws -> Expression {
        var expression = try primary()
        while true {
            if isSymbol("(") {
                if case let .attribute(base, name) = expression.kind {
                    let nameLocation = tokens[position - 1].location
                    throw methodCall(name, on: base, arguments: try argumentList(of: name), at: nameLocation)
                }
                guard case let .name(name) = expression.kind else {
                    throw NotebookError.syntax("only a named function can be called", at: current.location)
                }
                expression = try node(.call(name: name, arguments: try argumentList(of: name)), at: expression.location)
            } else if isSymbol("[") {
                let opening = current
                advance()
                var items: [IndexItem] = []
                repeat {
                    if !items.isEmpty { advance() }
                    items.append(try indexItem())
                } while isSymbol(",")
                try expect("]", "to close the subscript", opening: opening)
                expression = try node(.index(expression, items), at: expression.location)
            } else if isSymbol(".") {
                advance()
                guard let name = current.identifier else { throw unexpected("expected an attribute name after '.'") }
                advance()
                expression = try node(.attribute(expression, name), at: expression.location)
            } else {
                return expression
            }
        }
    }

    /// `(a, b, name = c)`, from the opening bracket on.
    private mutating func argumentList(of name: String) throws -> [Argument] {
        let opening = current
        advance()
        var arguments: [Argument] = []
        while !isSymbol(")") {
            arguments.append(try argument())
            guard isSymbol(",") else { break }
            advance()
        }
        try expect(")", "to close the argument list of \(name)", opening: opening)
        return arguments
    }

    /// `b.reshape(3, 1)`: the language has no methods, so the error writes the call it has,
    /// `reshape(b, 3, 1)` (with the nearest builtin when the name is misspelt).
    private func methodCall(_ name: String, on base: Expression, arguments: [Argument], at location: SourceLocation)
        -> NotebookError
    {
        func call(_ function: String) -> String {
            Expression(
                .call(name: function, arguments: [Argument(label: nil, value: base)] + arguments), at: base.location
            ).description
        }
        if grammar.functionNames.contains(name) {
            return .syntax(
                "there are no methods: write \(call(name)) (a function takes the tensor as its first argument)",
                at: location)
        }
        if let nearest = Suggestions.nearest(to: name, in: grammar.functionNames) {
            return .syntax("there are no methods and no function \(name); did you mean \(call(nearest))?", at: location)
        }
        return .syntax(
            "there are no methods: a function takes the value as its first argument, as \(call(name))", at: location)
    }

    mutating func argument() throws -> Argument {
        if let label = current.identifier, peek().symbol == "=" {
            advance()
            advance()
            return Argument(label: label, value: try expression())
        }
        return Argument(label: nil, value: try expression())
    }

    private mutating func indexItem() throws -> IndexItem {
        func part() throws -> Expression? {
            isSymbol(":") || isSymbol(",") || isSymbol("]") ? nil : try expression()
        }
        let start = try part()
        guard isSymbol(":") else {
            guard let start else { throw unexpected("expected an index") }
            return .single(start)
        }
        advance()
        let end = try part()
        var step: Expression?
        if isSymbol(":") {
            advance()
            step = try part()
        }
        return .slice(start: start, end: end, step: step)
    }

    private mutating func primary() throws -> Expression {
        let token = current
        switch token.kind {
        case let .number(value):
            advance()
            return Expression(.number(value), at: token.location)
        case let .string(text):
            advance()
            return Expression(.string(text), at: token.location)
        case let .identifier(name):
            advance()
            if name == "true" || name == "false" { return Expression(.bool(name == "true"), at: token.location) }
            return Expression(.name(name), at: token.location)
        case .symbol("("):
            advance()
            let inner = try expression()
            try expect(")", "to close '('", opening: token)
            return inner
        case .symbol("["):
            advance()
            var elements: [Expression] = []
            while !isSymbol("]") {
                elements.append(try expression())
                guard isSymbol(",") else { break }
                advance()
            }
            try expect("]", "to close the tensor literal", opening: token)
            return try node(.list(elements), at: token.location)
        default:
            throw unexpected("expected an expression")
        }
    }
}
