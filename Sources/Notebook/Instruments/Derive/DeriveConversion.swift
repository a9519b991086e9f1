import Symbolic

/// Turns a notebook expression into a ``Symbolic/Expr`` that `derive` and `f'(x)` can
/// differentiate: numbers, names, + − · / ^, the elementary functions, and calls of the
/// session's named functions (kept as calls, differentiated through their definitions).
///
/// Names that are not parameters stay symbols (`w11`), even when the session binds them: a
/// derivation is about the formula; `at` and the bindings give the symbols values afterwards.
struct DeriveConversion {
    let session: Session
    /// The parameters of the named function being expanded, and what they stand for.
    var parameters: [String: Symbolic.Expr] = [:]
    /// How many named functions deep the expansion is.
    var depth = 0

    /// Deeper than this, a named function is taken to call itself without end.
    static let maximumDepth = 32

    func convert(_ expression: Expression) throws -> Symbolic.Expr {
        do {
            return try session.descending(at: expression.location) { try convertUnlocated(expression) }
        } catch {
            throw NotebookError.wrap(error, at: expression.location)
        }
    }

    private func convertUnlocated(_ expression: Expression) throws -> Symbolic.Expr {
        switch expression.kind {
        case let .number(x): return .number(x)
        case let .name(name): return try symbol(name, at: expression.location)
        case let .unary(op, operand): return op == .negate ? .negate(try convert(operand)) : try convert(operand)
        case let .binary(.power, lhs, rhs)
        where lhs.kind == .name("e") && parameters["e"] == nil && session.bindings["e"] == nil:
            // e^u is exp(u), so that its derivative reads exp(u)·du rather than e^u·log(e)·du.
            return .apply(.exp, try convert(rhs))
        case let .binary(op, _, _) where op != .power:
            // A flat chain (a + b + c + …) is converted left to right without recursing down
            // its left side: it is long, not deep.
            var links: [Expression] = []
            var leftmost = expression
            while case let .binary(op, lhs, _) = leftmost.kind, op != .power {
                links.append(leftmost)
                leftmost = lhs
            }
            var result = try convert(leftmost)
            for link in links.reversed() {
                guard case let .binary(op, _, rhs) = link.kind else { continue }
                result = try DeriveConversion.combine(op, result, try convert(rhs), at: link.location)
            }
            return result
        case let .binary(op, lhs, rhs):
            return try DeriveConversion.combine(op, try convert(lhs), try convert(rhs), at: expression.location)
        case let .call(name, arguments): return try call(name, arguments, at: expression.location)
        case .list: throw DeriveConversion.unsupported("a tensor literal", at: expression.location)
        case .index: throw DeriveConversion.unsupported("indexing", at: expression.location)
        case .attribute: throw DeriveConversion.unsupported("an attribute", at: expression.location)
        case .range, .string, .bool:
            throw NotebookError.evaluation(
                "derive differentiates expressions of numbers, not \(expression)", at: expression.location)
        }
    }

    /// `a op b` as a symbolic expression.
    private static func combine(
        _ op: BinaryOperator, _ a: Symbolic.Expr, _ b: Symbolic.Expr, at location: SourceLocation
    ) throws -> Symbolic.Expr {
        switch op {
        case .add: return .add(a, b)
        case .subtract: return .subtract(a, b)
        case .multiply: return .multiply(a, b)
        case .divide: return .divide(a, b)
        case .power: return .power(a, b)
        case .matmul:
            throw DeriveConversion.unsupported("the matrix product @", at: location)
        default:
            throw NotebookError.evaluation(
                "derive cannot differentiate the comparison '\(op.rawValue)': its derivative is 0 wherever it exists",
                at: location)
        }
    }

    static func unsupported(_ what: String, at location: SourceLocation) -> NotebookError {
        .evaluation(
            "derive works on scalar formulas and cannot differentiate \(what) symbolically; for tensors use explain (backprop step by step) or gradcheck (autograd against central differences)",
            at: location)
    }

    private func symbol(_ name: String, at location: SourceLocation) throws -> Symbolic.Expr {
        if let parameter = parameters[name] { return parameter }
        switch session.bindings[name] {
        case .function?:
            throw NotebookError.evaluation("\(name) is a function: call it, as in \(name)(x)", at: location)
        case let .some(value) where !DeriveConversion.isNumeric(value):
            throw NotebookError.evaluation(
                "\(name) is a \(value.kindName); derive needs formulas of numbers", at: location)
        default:
            if BuiltinTable.function(named: name) != nil {
                throw NotebookError.evaluation("\(name) is a builtin function: call it, as in \(name)(x)", at: location)
            }
            return .symbol(name)
        }
    }

    private static func isNumeric(_ value: Value) -> Bool {
        if case .tensor = value { return true }
        return false
    }

    private func call(_ name: String, _ arguments: [Argument], at location: SourceLocation) throws -> Symbolic.Expr {
        let primes = name.reversed().prefix { $0 == "'" }.count
        if primes > 0, session.bindings[name] == nil {
            let base = String(name.dropLast(primes))
            let parameter = try DeriveConversion.primeParameter(base, labels: arguments.map(\.label), at: location).map
            { i in
                try Arguments.number(
                    Evaluator(session: session).evaluate(arguments[i].value), describing: "\(base)'s parameter",
                    at: arguments[i].value.location)
            }
            let (function, variable) = try DeriveConversion.namedFunction(
                base, parameter: parameter, session: session, at: location)
            guard let argument = arguments.first else {
                throw NotebookError.evaluation(
                    "\(name) needs the point to take the derivative at: \(name)(x)", at: location)
            }
            var derivative = function
            for _ in 0..<primes { derivative = try derivative.derivative(with: variable) }
            let point = try convert(argument.value)
            return .call(name: name, arguments: [point], body: derivative.replacing(.symbol(variable), with: point))
        }
        if case let .function(definition)? = session.bindings[name] {
            return try userCall(definition, arguments, at: location)
        }
        return try elementary(name, arguments, at: location)
    }

    /// `f(a, b)` for a function the session defines: its body with the arguments in place.
    private func userCall(_ definition: FunctionDefinition, _ arguments: [Argument], at location: SourceLocation) throws
        -> Symbolic.Expr
    {
        guard depth < DeriveConversion.maximumDepth else {
            throw NotebookError.evaluation(
                "\(definition.name) expands more than \(DeriveConversion.maximumDepth) named functions deep; does it call itself?",
                at: location)
        }
        guard arguments.count == definition.parameters.count, arguments.allSatisfy({ $0.label == nil }) else {
            throw NotebookError.evaluation(
                "\(definition.name) takes \(definition.parameters.count) argument(s), in order: \(definition.name)(\(definition.parameters.joined(separator: ", ")))",
                at: location)
        }
        let values = try arguments.map { try convert($0.value) }
        let inner = DeriveConversion(
            session: session, parameters: Dictionary(uniqueKeysWithValues: zip(definition.parameters, values)),
            depth: depth + 1)
        let body: Symbolic.Expr
        do {
            body = try inner.convert(definition.body)
        } catch let error as NotebookError {
            throw error.leaving(definition, calledAt: location)
        }
        let call = Symbolic.Expr.call(name: definition.name, arguments: values, body: body)
        guard call.size <= Symbolic.Expr.maximumInputSize else {
            throw SymbolicError.tooLarge(limit: Symbolic.Expr.maximumInputSize)
        }
        return call
    }

    /// `sin(u)`, `leaky_relu(u, slope = 0.1)`, `pow(u, v)`.
    private func elementary(_ name: String, _ arguments: [Argument], at location: SourceLocation) throws
        -> Symbolic.Expr
    {
        if name == "pow" {
            guard arguments.count == 2, arguments.allSatisfy({ $0.label == nil }) else {
                throw NotebookError.evaluation("pow takes two arguments: pow(x, y)", at: location)
            }
            return .power(try convert(arguments[0].value), try convert(arguments[1].value))
        }
        guard let known = ElementaryFunction.named(name) else {
            if BuiltinTable.function(named: name) != nil { throw DeriveConversion.unsupported(name, at: location) }
            throw NotebookError.evaluation(
                "unknown function '\(name)'; derive knows \(DeriveConversion.functionNames) and the functions you define",
                at: location)
        }
        let parameterName = known.parameter?.name
        var argument: Argument?
        var parameter: Double?
        for (i, given) in arguments.enumerated() {
            if given.label == nil && i == 0 || given.label == "x" {
                argument = given
            } else if let parameterName, given.label == nil && i == 1 || given.label == parameterName {
                parameter = try Arguments.number(
                    Evaluator(session: session).evaluate(given.value), describing: "\(name)'s \(parameterName)",
                    at: given.value.location)
            } else {
                throw NotebookError.evaluation(
                    "\(name) takes \(parameterName.map { "x and \($0)" } ?? "one argument x")", at: given.value.location
                )
            }
        }
        guard let argument, let function = ElementaryFunction.named(name, parameter: parameter) else {
            throw NotebookError.evaluation("\(name) needs its argument: \(name)(x)", at: location)
        }
        return .apply(function, try convert(argument.value))
    }

    static var functionNames: String { (ElementaryFunction.all.map(\.name) + ["pow"]).joined(separator: ", ") }

    /// The function behind `f'`: a named function of one parameter, or an elementary function
    /// (with `parameter` as leaky_relu's slope or elu's alpha), as a formula in one symbol.
    static func namedFunction(
        _ base: String, parameter: Double?, session: Session,
        at location: SourceLocation
    ) throws -> (formula: Symbolic.Expr, variable: String) {
        if case let .function(definition)? = session.bindings[base] {
            guard definition.parameters.count == 1 else {
                throw NotebookError.evaluation(
                    "\(base)' is the derivative of a function of one variable; \(base) has \(definition.parameters.count): use derive \(base)(\(definition.parameters.joined(separator: ", "))) wrt \(definition.parameters[0])",
                    at: location)
            }
            let variable = definition.parameters[0]
            let conversion = DeriveConversion(session: session, parameters: [variable: .symbol(variable)], depth: 1)
            return (
                .call(name: base, arguments: [.symbol(variable)], body: try conversion.convert(definition.body)),
                variable
            )
        }
        if session.bindings[base] == nil, let function = ElementaryFunction.named(base, parameter: parameter) {
            if parameter != nil && function.parameter == nil {
                throw NotebookError.evaluation("\(base) takes one argument", at: location)
            }
            return (.apply(function, .symbol("x")), "x")
        }
        if let value = session.bindings[base] {
            throw NotebookError.evaluation(
                "\(base) is a \(value.kindName), not a function: \(base)' needs a function", at: location)
        }
        throw NotebookError.evaluation(
            "\(base)' needs a function named \(base): define one, as \(base)(x) = …, or use one of \(ElementaryFunction.all.map(\.name).joined(separator: ", "))",
            at: location)
    }

    /// The extra argument of `leaky_relu'(x, 0.1)` or `elu'(x, alpha = 2)`, if one is given.
    static func primeParameter(_ base: String, labels: [String?], at location: SourceLocation) throws -> Int? {
        guard labels.count > 1 else { return nil }
        let name = ElementaryFunction.named(base)?.parameter?.name
        guard labels.count == 2, let name, labels[1] == nil || labels[1] == name, labels[0] == nil else {
            throw NotebookError.evaluation(
                "\(base)' takes the point\(name.map { " and \($0)" } ?? ""): \(base)'(x\(name.map { ", \($0) = …" } ?? ""))",
                at: location)
        }
        return 1
    }
}
