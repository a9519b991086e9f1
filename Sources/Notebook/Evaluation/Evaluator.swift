import Autograd
import Tensors

/// Evaluates expressions against a session's bindings, plus the parameters of the user
/// function being called, if any.
struct Evaluator {
    let session: Session
    var locals: [String: Value] = [:]
    /// How many user-function calls deep this evaluation is.
    var depth = 0

    /// Deeper than this, a user function is taken to recurse without end.
    static let maximumCallDepth = 200

    func evaluate(_ expression: Expression) throws -> Value {
        do {
            return try session.descending(at: expression.location) { try evaluateUnlocated(expression) }
        } catch {
            throw NotebookError.wrap(error, at: expression.location)
        }
    }

    private func evaluateUnlocated(_ expression: Expression) throws -> Value {
        switch expression.kind {
        case let .number(x): return .constant(Tensor(x))
        case let .string(text): return .string(text)
        case let .bool(b): return .bool(b)
        case let .name(name): return try lookup(name, at: expression.location)
        case let .list(elements): return try tensorLiteral(elements, at: expression.location)
        case let .unary(op, operand):
            let value = try tensor(evaluate(operand), for: "unary \(op.rawValue)", at: operand.location)
            return op == .negate ? .tensor(try -value) : .tensor(value)
        case .binary: return try chain(expression)
        case let .range(low, high):
            let a = try Arguments.number(evaluate(low), describing: "the start of a range", at: low.location)
            let b = try Arguments.number(evaluate(high), describing: "the end of a range", at: high.location)
            return .range(a, b)
        case let .call(name, arguments): return try call(name, arguments, at: expression.location)
        case let .index(base, items): return try index(evaluate(base), items, at: base.location)
        case let .attribute(base, name): return try attribute(evaluate(base), name, of: base, at: expression.location)
        }
    }

    /// `a + b - c + …` left to right without recursing down the chain's left side, so that a
    /// long flat sum costs no stack (only its operands nest).
    private func chain(_ expression: Expression) throws -> Value {
        var links: [Expression] = []
        var leftmost = expression
        while case let .binary(op, lhs, _) = leftmost.kind, op != .power {
            links.append(leftmost)
            leftmost = lhs
        }
        if links.isEmpty, case let .binary(op, lhs, rhs) = expression.kind {
            return try binary(op, evaluate(lhs), evaluate(rhs), written: (lhs, rhs))
        }
        var value = try evaluate(leftmost)
        for link in links.reversed() {
            guard case let .binary(op, lhs, rhs) = link.kind else { continue }
            do {
                value = try binary(op, value, evaluate(rhs), written: (lhs, rhs))
            } catch {
                throw NotebookError.wrap(error, at: link.location)
            }
        }
        return value
    }

    // MARK: Names and calls

    func lookup(_ name: String, at location: SourceLocation) throws -> Value {
        if let value = locals[name] ?? session.bindings[name] { return value }
        if let last = try session.lastValue(named: name) { return last }
        if let constant = BuiltinTable.constants.first(where: { $0.name == name }) {
            return .constant(Tensor(constant.value))
        }
        if let builtin = BuiltinTable.function(named: name) { return .builtin(builtin) }
        if name == "help" { throw HelpRequest.pointer() }
        if BuiltinTable.reservedWords.contains(name) {
            throw NotebookError.evaluation(
                "\(name) is a command and starts a statement; see :help \(name)", at: location)
        }
        throw unknownName(name, at: location)
    }

    func unknownName(_ name: String, at location: SourceLocation) -> NotebookError {
        let candidates =
            Array(locals.keys) + session.names + BuiltinTable.functions.map(\.name) + BuiltinTable.constants.map(\.name)
        let hint = Suggestions.nearest(to: name, in: candidates).map { "; did you mean \($0)?" } ?? ""
        return .evaluation("unknown name '\(name)'\(hint)", at: location)
    }

    private func call(_ name: String, _ arguments: [Argument], at location: SourceLocation) throws -> Value {
        if name == "help", locals[name] == nil, session.bindings[name] == nil {
            throw HelpRequest.pointer(to: arguments)
        }
        let evaluated = try arguments.map {
            (label: $0.label, value: try evaluate($0.value), location: $0.value.location)
        }
        if let value = locals[name] ?? session.bindings[name] {
            if case let .function(definition) = value {
                return try callUserFunction(definition, evaluated, at: location)
            }
            if case let .object(object) = value, arguments.allSatisfy({ $0.label == nil }),
                let result = try object.call(evaluated.map(\.value), session: session)
            {
                return result
            }
            throw NotebookError.evaluation("\(name) is a \(value.kindName), not a function", at: location)
        }
        // f'(x): DerivePrimeCall.swift
        if let derivative = try derivativeCall(name, evaluated, at: location) { return derivative }
        guard let builtin = BuiltinTable.function(named: name) else {
            if BuiltinTable.reservedWords.contains(name) {
                throw NotebookError.evaluation(
                    "\(name) is a command: write it at the start of a statement, without parentheses around its arguments",
                    at: location)
            }
            throw unknownName(name, at: location)
        }
        let bound = try Arguments(
            callee: name, parameters: builtin.parameters, arguments: evaluated, location: location)
        return try builtin.run(bound, session)
    }

    func callUserFunction(
        _ definition: FunctionDefinition, _ arguments: [(label: String?, value: Value, location: SourceLocation)],
        at location: SourceLocation
    ) throws -> Value {
        if session.interruptRequested() { throw NotebookError.interrupted }
        guard depth < Evaluator.maximumCallDepth else {
            throw NotebookError.evaluation(
                "\(definition.name) calls functions more than \(Evaluator.maximumCallDepth) deep; does it call itself without end?",
                at: location)
        }
        var locals: [String: Value] = [:]
        var remaining = definition.parameters[...]
        for argument in arguments {
            if let label = argument.label {
                guard definition.parameters.contains(label) else {
                    throw NotebookError.evaluation(
                        "\(definition.name) has no parameter named \(label)", at: argument.location)
                }
                locals[label] = argument.value
                remaining.removeAll { $0 == label }
            } else {
                guard let parameter = remaining.popFirst() else {
                    throw NotebookError.evaluation(
                        "\(definition.name) takes \(definition.parameters.count) argument(s), got \(arguments.count)",
                        at: argument.location)
                }
                locals[parameter] = argument.value
            }
        }
        guard remaining.isEmpty else {
            throw NotebookError.evaluation(
                "\(definition.name) needs \(remaining.joined(separator: ", ")): \(definition.name)(\(definition.parameters.joined(separator: ", ")))",
                at: location)
        }
        do {
            return try Evaluator(session: session, locals: locals, depth: depth + 1).evaluate(definition.body)
        } catch let error as NotebookError {
            throw error.leaving(definition, calledAt: location)
        }
    }

    // MARK: Operators

    func tensor(_ value: Value, for operation: String, at location: SourceLocation) throws -> Variable {
        guard case let .tensor(variable) = value else {
            throw NotebookError.evaluation(
                "\(operation) needs numbers or tensors, got a \(value.kindName)", at: location)
        }
        return variable
    }

    /// `lhs op rhs`, the operands' values with the expressions they came from (for the hint a
    /// shape mismatch gets).
    private func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, written: (Expression, Expression)) throws
        -> Value
    {
        let a = try tensor(lhs, for: "'\(op.rawValue)'", at: written.0.location)
        let b = try tensor(rhs, for: "'\(op.rawValue)'", at: written.1.location)
        do {
            return try Evaluator.apply(op, a, b)
        } catch let error as TensorError {
            guard case .shapeMismatch = error,
                let hint = shapeHint(
                    op, Operand(expression: written.0, shape: a.value.shape),
                    Operand(expression: written.1, shape: b.value.shape))
            else { throw error }
            throw NotebookError.evaluation(error.description + hint)
        }
    }

    /// What a binary operator means on tensors: the one definition, used by expressions and by
    /// updates such as `x -= …`.
    static func apply(_ op: BinaryOperator, _ a: Variable, _ b: Variable) throws -> Value {
        switch op {
        case .add: return .tensor(try a + b)
        case .subtract: return .tensor(try a - b)
        case .multiply: return .tensor(try a * b)
        case .divide: return .tensor(try a / b)
        case .matmul: return .tensor(try a.matmul(b))
        case .power: return try Evaluator.power(a, b)
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
            return .constant(try a.value.compare(Comparison(rawValue: op.rawValue)!, b.value))
        }
    }

    /// `a ^ b`: a constant number exponent uses the one-input rule k·aᵏ⁻¹ (valid for negative
    /// a); otherwise both inputs get gradients.
    static func power(_ a: Variable, _ b: Variable) throws -> Value {
        if !b.requiresGrad, b.value.rank == 0, let k = b.value.scalar { return .tensor(try a.pow(k)) }
        return .tensor(try a.pow(b))
    }

    // MARK: Literals, subscripts, attributes

    private func tensorLiteral(_ elements: [Expression], at location: SourceLocation) throws -> Value {
        guard !elements.isEmpty else { return .constant(try Tensor(shape: [0], scalars: [])) }
        let parts = try elements.map { try tensor(evaluate($0), for: "a tensor literal", at: $0.location) }
        if let mismatch = parts.firstIndex(where: { $0.value.shape != parts[0].value.shape }) {
            throw NotebookError.evaluation(
                "the elements of a tensor literal must have the same shape: element 1 has shape \(Shape.describe(parts[0].value.shape)), element \(mismatch + 1) has \(Shape.describe(parts[mismatch].value.shape))",
                at: elements[mismatch].location)
        }
        // Literals of plain numbers are constants; an element computed from a variable keeps
        // its gradient path (`[x, 2 * x]`).
        if parts.allSatisfy({ !$0.requiresGrad }) { return .constant(try Tensor.stack(parts.map(\.value))) }
        return .tensor(try Variable.stack(parts))
    }

    private func index(_ base: Value, _ items: [IndexItem], at location: SourceLocation) throws -> Value {
        let variable = try tensor(base, for: "indexing", at: location)
        let text = items.map { $0.text(session.settings.numberFormat) }.joined(separator: ", ")
        return .tensor(try variable.indexed(tensorIndices(items), text: text))
    }

    /// Subscript items evaluated to positions and slices of whole numbers.
    func tensorIndices(_ items: [IndexItem]) throws -> [TensorIndex] {
        func integer(_ expression: Expression?) throws -> Int? {
            try expression.map { try Arguments.integer(evaluate($0), describing: "an index", at: $0.location) }
        }
        return try items.map { item in
            switch item {
            case let .single(expression):
                let value = try evaluate(expression)
                if case let .tensor(v) = value, v.value.rank > 0 {
                    throw NotebookError.evaluation(
                        "indexing with a tensor is not supported; use whole numbers and slices like x[0, 1:3]",
                        at: expression.location)
                }
                return .at(try Arguments.integer(value, describing: "an index", at: expression.location))
            case let .slice(start, end, step):
                return .slice(start: try integer(start), end: try integer(end), step: try integer(step))
            }
        }
    }

    static let tensorAttributes = ["shape", "T", "grad", "ndim", "size", "value"]

    private func attribute(_ base: Value, _ name: String, of written: Expression, at location: SourceLocation) throws
        -> Value
    {
        if case let .object(object) = base {
            guard object.attributeNames.contains(name) else {
                let hint =
                    Suggestions.nearest(to: name, in: object.attributeNames).map { "; did you mean .\($0)?" } ?? ""
                let list =
                    object.attributeNames.isEmpty
                    ? "" : " (it has \(object.attributeNames.map { "." + $0 }.joined(separator: ", ")))"
                throw NotebookError.evaluation(
                    "a \(object.kindName) has no attribute .\(name)\(hint)\(list)", at: location)
            }
            return try object.attribute(name, session: session)
        }
        guard case let .tensor(variable) = base else {
            throw NotebookError.evaluation("a \(base.kindName) has no attribute \(name)", at: location)
        }
        switch name {
        case "shape": return .constant(Tensor(variable.value.shape.map(Double.init)))
        case "T": return .tensor(try variable.transposed())
        case "ndim": return .constant(Tensor(Double(variable.value.rank)))
        case "size": return .constant(Tensor(Double(variable.value.count)))
        case "value": return .tensor(variable.detached())
        case "grad":
            guard let grad = variable.grad else {
                throw NotebookError.evaluation(
                    "no gradient here yet: run backward on a value computed from this one", at: location)
            }
            return .constant(grad)
        default:
            if BuiltinTable.function(named: name) != nil {
                let call = Expression(
                    .call(name: name, arguments: [Argument(label: nil, value: written)]), at: location)
                throw NotebookError.evaluation(
                    "tensors have no attribute .\(name): \(name) is a function, \(call)", at: location)
            }
            let hint =
                Suggestions.nearest(to: name, in: Evaluator.tensorAttributes).map { "; did you mean .\($0)?" } ?? ""
            throw NotebookError.evaluation(
                "tensors have no attribute .\(name)\(hint) (they have \(Evaluator.tensorAttributes.map { "." + $0 }.joined(separator: ", ")))",
                at: location)
        }
    }
}
