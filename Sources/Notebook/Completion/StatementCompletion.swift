/// Completion inside a statement, read from the tokens before the cursor: after `.` the
/// attributes the evaluator accepts on that value, inside a call the parameters not given yet
/// (as `name=`), elsewhere every name. No space follows what the statement goes on from
/// (`W.T`, `act=`, `relu`), only a command word (`backward `).
extension Session {
    func completeStatement(_ prefix: String) -> Completion {
        // Inside an unclosed string, or after a character the language has no use for.
        guard var tokens = try? Lexer.scan(prefix).tokens else { return .nothing() }
        tokens.removeAll { $0.kind == .endOfInput }
        var word: Substring = ""
        if let last = tokens.last, last.range.upperBound == prefix.count {
            // The cursor touches the last token: a name is completed, a number or string is not.
            switch last.kind {
            case let .identifier(name):
                word = prefix.suffix(name.count)  // the range may take in the line break before it
                tokens.removeLast()
            case .number, .string: return .nothing()
            default: break
            }
        }
        if tokens.last?.symbol == "." {
            guard let receiver = receiver(of: tokens.dropLast()) else { return .nothing(word) }
            return Completion(word: word, candidates: receiver.attributeNames, endsWord: false)
        }
        let keywords = keywordArguments(before: tokens[...]).map { $0 + "=" }
        if keywords.contains(where: { $0.hasPrefix(word) }) {
            return Completion(word: word, candidates: keywords, endsWord: false)
        }
        // A name goes on with `(`, `.` or an operator; only a command word is followed by a space.
        let names = Completion(word: word, candidates: statementWords, endsWord: false)
        return names.candidates.allSatisfy(BuiltinTable.reservedWords.contains)
            ? Completion(word: word, candidates: names.candidates) : names
    }

    /// What an expression stands for, as far as `.` is concerned.
    private enum Receiver {
        case tensor
        case object(any NotebookObject)

        init?(_ value: Value) {
            switch value {
            case .tensor: self = .tensor
            case let .object(object): self = .object(object)
            default: return nil
            }
        }

        var attributeNames: [String] {
            switch self {
            case .tensor: Evaluator.tensorAttributes
            case let .object(object): object.attributeNames
            }
        }
    }

    /// One step after the first name of `a.b[0].c`.
    private enum Step {
        case attribute(String)
        case index
    }

    /// The value the tokens end with, when they end in a chain of names, attributes and
    /// indexing (`net`, `data.train`, `W.T[0]`, `[1, 2]`, `3`) and every step of it reads
    /// without running anything; nil for anything else (a call's result is not computed).
    private func receiver(of tokens: ArraySlice<Token>) -> Receiver? {
        var steps: [Step] = []
        var end = tokens.endIndex
        var root: Receiver?
        // Backwards to the start of the chain, in a loop: a long chain costs no stack.
        while end > tokens.startIndex {
            let last = tokens[end - 1]
            if case let .identifier(name) = last.kind {
                if end - 2 >= tokens.startIndex, tokens[end - 2].symbol == "." {
                    steps.append(.attribute(name))
                    end -= 2
                    continue
                }
                root = lookupForCompletion(name)
            } else if case .number = last.kind {
                root = end - 2 >= tokens.startIndex && tokens[end - 2].symbol == "." ? nil : .tensor
            } else if last.symbol == "]", let open = Self.unclosedBracket(before: end - 1, in: tokens) {
                if open > tokens.startIndex, Self.endsOperand(tokens[open - 1]) {
                    steps.append(.index)
                    end = open
                    continue
                }
                root = .tensor  // a tensor literal
            }
            break
        }
        guard var receiver = root else { return nil }
        for step in steps.reversed() {
            switch (receiver, step) {
            case let (.tensor, .attribute(name)):
                guard Evaluator.tensorAttributes.contains(name) else { return nil }
            case (.tensor, .index):
                break
            case let (.object(object), .attribute(name)):
                guard object.attributeNames.contains(name), let value = try? object.attribute(name, session: self),
                    let next = Receiver(value)
                else { return nil }
                receiver = next
            case (.object, .index):
                return nil
            }
        }
        return receiver
    }

    /// What a name reads as, in the order the evaluator looks it up; nil for what has no attributes.
    private func lookupForCompletion(_ name: String) -> Receiver? {
        if let value = bindings[name] { return Receiver(value) }
        if let last = try? lastValue(named: name) { return Receiver(last) }
        if BuiltinTable.constants.contains(where: { $0.name == name }) { return .tensor }
        return nil
    }

    /// Whether `token` can end an operand, so that a `[` after it indexes rather than opens a literal.
    private static func endsOperand(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .number, .string: true
        case let .symbol(s): s == ")" || s == "]"
        default: false
        }
    }

    /// The index of the innermost bracket opened before `end` and not closed before it (the
    /// bracket that a `)` or `]` at `end` closes).
    private static func unclosedBracket(before end: Int, in tokens: ArraySlice<Token>) -> Int? {
        var depth = 0
        for index in stride(from: end - 1, through: tokens.startIndex, by: -1) {
            switch tokens[index].symbol {
            case ")", "]", "}": depth += 1
            case "(", "[", "{":
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    /// The parameters a call still takes by name when the cursor starts one of its arguments
    /// (`adam(net, ` → lr, betas, …): the builtin's or user function's parameters, less those
    /// given by name or filled by position, as `Arguments` matches them.
    private func keywordArguments(before tokens: ArraySlice<Token>) -> [String] {
        guard let last = tokens.last?.symbol, last == "(" || last == "," else { return [] }
        guard let open = Self.unclosedBracket(before: tokens.endIndex, in: tokens), tokens[open].symbol == "(",
            open > tokens.startIndex,
            case let .identifier(callee) = tokens[open - 1].kind,
            open - 1 == tokens.startIndex || tokens[open - 2].symbol != "."
        else { return [] }

        let (labels, positional) = Self.givenArguments(tokens[(open + 1)...])
        let parameters: [(name: String, byPosition: Bool, variadic: Bool)]
        if let value = bindings[callee] {
            guard case let .function(definition) = value else { return [] }
            parameters = definition.parameters.map { ($0, true, false) }
        } else if let builtin = BuiltinTable.function(named: callee) {
            parameters = builtin.parameters.map { ($0.name, !$0.keywordOnly, $0.variadic) }
        } else {
            return []
        }
        let filled = parameters.filter(\.byPosition).prefix(positional).prefix { !$0.variadic }.map(\.name)
        return parameters.filter { !$0.variadic && !labels.contains($0.name) && !filled.contains($0.name) }.map(\.name)
    }

    /// The labels of the arguments `tokens` give (after a call's `(`), and how many come without one.
    private static func givenArguments(_ tokens: ArraySlice<Token>) -> (labels: Set<String>, positional: Int) {
        var labels: Set<String> = []  // membership only
        var positional = 0
        var argumentStart = true
        var depth = 0
        for index in tokens.indices {
            let token = tokens[index]
            switch token.symbol {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "," where depth == 0:
                argumentStart = true
                continue
            default: break
            }
            if argumentStart {
                if case let .identifier(name) = token.kind, index + 1 < tokens.endIndex, tokens[index + 1].symbol == "="
                {
                    labels.insert(name)
                } else {
                    positional += 1
                }
                argumentStart = false
            }
        }
        return (labels, positional)
    }
}
