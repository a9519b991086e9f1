import Tensors

extension Session {
    /// The value of one expression as a tensor, for code outside the notebook that checks
    /// numbers (a lesson's exercises). Nothing is printed, bound or recorded.
    public func evaluateTensor(_ source: String) throws -> Tensor {
        let statements = try Parser.parse(source, grammar: BuiltinTable.grammar)
        guard statements.count == 1, case let .expression(expression) = statements[0].kind else {
            throw NotebookError(.evaluation, "expected one expression, such as 2 * x + 1")
        }
        let evaluator = Evaluator(session: self)
        return try evaluator.tensor(evaluator.evaluate(expression), for: "an answer", at: expression.location).value
    }

    /// The tensor bound to `name`, if a tensor is.
    public func boundTensor(_ name: String) -> Tensor? {
        guard case let .tensor(variable) = bindings[name] else { return nil }
        return variable.value
    }

    /// A number as the session prints it.
    public func format(_ x: Double) -> String { settings.numberFormat.string(x) }
}
