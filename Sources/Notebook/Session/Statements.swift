import Autograd
import Tensors

extension Session {
    /// Runs one statement and returns what it prints.
    func run(_ statement: Statement, execution: inout Execution) throws -> [Output] {
        let evaluator = Evaluator(session: self)
        switch statement.kind {
        case let .expression(expression):
            let value = try evaluator.evaluate(expression)
            lastValue = value
            return statement.silent ? [] : [Output(renderer.render(value))]

        case let .assignment(name, indices, compound, valueExpression):
            try checkBindable(name, at: statement.location)
            let value = try assign(name, indices: indices, compound: compound, valueExpression, evaluator: evaluator)
            try checkMemory(binding: name, to: value)
            bindings[name] = value
            return statement.silent ? [] : [Output(renderer.binding(name, value))]

        case let .memberAssignment(target, compound, valueExpression):
            let (text, value) = try assignMember(target, compound: compound, valueExpression, evaluator: evaluator)
            return statement.silent ? [] : [Output(renderer.binding(text, value))]

        case let .function(definition):
            try checkBindable(definition.name, at: statement.location)
            bindings[definition.name] = .function(definition)
            return statement.silent ? [] : [Output(renderer.function(definition))]

        case let .command(name, arguments, clauses):
            guard let command = BuiltinTable.commands.first(where: { $0.name == name }) else {
                throw NotebookError.evaluation("unknown command \(name)", at: statement.location)
            }
            var outputs = try runStreaming(statement, execution: &execution) {
                try command.run(
                    CommandInvocation(arguments: arguments, clauses: clauses, location: statement.location), self)
            }
            if Verdicts.instruments.contains(name) { outputs = outputs.map(Verdicts.marked) }
            return statement.silent ? outputs.filter { $0.style == .error } : outputs

        case let .repeatLoop(countExpression, body):
            let count = try Arguments.integer(
                evaluator.evaluate(countExpression), describing: "repeat's count", at: countExpression.location)
            guard count >= 0 else {
                throw NotebookError.evaluation(
                    "repeat needs a count of 0 or more, got \(count)", at: countExpression.location)
            }
            // Recorded for :export (LoopRecord.swift).
            return try recordingLoop(statement) {
                loopDepth += 1
                defer { loopDepth -= 1 }
                for _ in 0..<count {
                    for inner in body {
                        if interruptRequested() { throw NotebookError.interrupted }
                        _ = try run(inner, execution: &execution)
                    }
                }
                return []
            }

        case let .whileLoop(condition, body):
            return try recordingLoop(statement) {
                var iterations = 0
                loopDepth += 1
                defer { loopDepth -= 1 }
                while try holds(condition, evaluator: evaluator) {
                    guard iterations < Session.maximumWhileIterations else {
                        throw NotebookError.evaluation(
                            "while stopped after \(iterations) iterations with its condition still true; does the body change what the condition tests? (repeat n { … } runs a fixed number of times)",
                            at: statement.location)
                    }
                    iterations += 1
                    if interruptRequested() { throw NotebookError.interrupted }
                    for inner in body {
                        if interruptRequested() { throw NotebookError.interrupted }
                        _ = try run(inner, execution: &execution)
                    }
                }
                return []
            }

        case let .meta(name, argument):
            return try runMeta(name, argument, at: statement.location, execution: &execution)
        }
    }

    /// More iterations than any loop of a lesson needs, few enough to end in seconds: a
    /// condition that never becomes false stops here with an error instead of hanging.
    static let maximumWhileIterations = 100_000

    /// Whether a loop's condition holds: true/false, or one number (a comparison gives 1 or 0).
    private func holds(_ condition: Expression, evaluator: Evaluator) throws -> Bool {
        let value = try evaluator.evaluate(condition)
        if case let .bool(b) = value { return b }
        guard case let .tensor(variable) = value else {
            throw NotebookError.evaluation(
                "while needs a condition that is true or false, got a \(value.kindName)", at: condition.location)
        }
        guard variable.value.count == 1 else {
            throw NotebookError.evaluation(
                "while needs one true or false, got a tensor of shape \(Shape.describe(variable.value.shape)); reduce it first, e.g. norm(g) > 1e-6 or max(abs(g)) > 1e-6",
                at: condition.location)
        }
        let x = variable.value.scalars[0]
        guard !x.isNaN else {
            throw NotebookError.evaluation(
                "while's condition is nan, neither true nor false: a value in it stopped being a number",
                at: condition.location)
        }
        return x != 0
    }

    /// The value a name gets from `name = …`, `name op= …` or `name[…] = …`.
    private func assign(
        _ name: String, indices: [IndexItem]?, compound: BinaryOperator?, _ expression: Expression,
        evaluator: Evaluator
    ) throws -> Value {
        var value = try evaluator.evaluate(expression)
        if indices != nil || compound != nil {
            // Updates of an existing tensor happen outside the graph, as `with torch.no_grad()`,
            // and give a fresh leaf: graphs built from the old value keep the old value.
            guard let old = bindings[name] else { throw evaluator.unknownName(name, at: expression.location) }
            let current = try evaluator.tensor(old, for: "updating \(name)", at: expression.location)
            let operand = try evaluator.tensor(value, for: "updating \(name)", at: expression.location)
            let updated: Tensor
            if let indices {
                let positions = try evaluator.tensorIndices(indices)
                let part =
                    try compound.map { try combine($0, current.value.indexed(positions), operand.value) }
                    ?? operand.value
                updated = try current.value.replacing(positions, with: part)
            } else {
                updated = try combine(compound!, current.value, operand.value)
            }
            value = .constant(updated)
        }
        guard case let .tensor(variable) = value else { return value }
        // A bound constant becomes a leaf that gradients can reach; a computed value keeps its
        // place in the graph and takes the name for explanations.
        if variable.isLeaf && !variable.requiresGrad {
            return .tensor(Variable(variable.value, requiresGrad: true, label: name))
        }
        if variable.label == nil { variable.label = name }
        return value
    }

    /// `a op b` (op is + − * /, the parser's update operators) on plain values: constants in,
    /// a constant out, so no graph is recorded.
    private func combine(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let result = try Evaluator.apply(op, Variable(a, requiresGrad: false), Variable(b, requiresGrad: false))
        return try Arguments.variable(result, describing: "'\(op.rawValue)='", at: nil).value
    }

    private func checkBindable(_ name: String, at location: SourceLocation) throws {
        if BuiltinTable.reservedWords.contains(name) {
            throw NotebookError.evaluation("\(name) is a reserved word; choose another name", at: location)
        }
        if BuiltinTable.function(named: name) != nil {
            throw NotebookError.evaluation(
                "\(name) is a builtin function; choose another name (see :help \(name))", at: location)
        }
    }
}
