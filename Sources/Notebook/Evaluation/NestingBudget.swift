/// One budget for every recursion over statements after parsing: evaluation, derive's
/// conversion and the plot's elementwise check draw on it, so that functions calling functions
/// cannot multiply the parser's bounded depth (``Parser/maximumNesting``) into a stack overflow.
extension Session {
    /// Levels of expressions inside expressions, counting the bodies of the functions they call:
    /// twice the parser's limit, so that any statement fits with room for calls.
    static let maximumEvaluationNesting = 512

    /// Runs `body` one level deeper, refusing before it recurses past the limit.
    func descending<T>(at location: SourceLocation?, _ body: () throws -> T) throws -> T {
        guard evaluationNesting < Session.maximumEvaluationNesting else {
            throw NotebookError.evaluation(
                "this computation nests more than \(Session.maximumEvaluationNesting) levels deep (expressions inside expressions, functions calling functions); split it into several statements",
                at: location)
        }
        evaluationNesting += 1
        defer { evaluationNesting -= 1 }
        return try body()
    }

    /// `body`'s answer one level deeper, or nil when the budget is spent (for checks that
    /// have a safe fallback rather than an error).
    func descending<T>(_ body: () -> T) -> T? {
        guard evaluationNesting < Session.maximumEvaluationNesting else { return nil }
        evaluationNesting += 1
        defer { evaluationNesting -= 1 }
        return body()
    }
}
