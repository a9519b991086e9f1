import Tensors
import Testing

@testable import Notebook

/// A shape mismatch suggests a fix only when the fix works: every suggestion is run here and
/// must give the shape the hint says.
@Suite struct ShapeHintTests {
    /// The suggestions of an error, each with the shape it says it gives.
    private func suggestions(_ error: String) -> [(code: String, gives: String)] {
        guard let start = error.range(of: "; did you mean ") else { return [] }
        let hint = String(error[start.upperBound...].prefix { $0 != "\n" })
        let shape = #"[\[(][^)\]]*[)\]]"#
        let suggestion = try! Regex(
            #"(.+?) \("# + shape + #" \S+ "# + shape + #" gives ("# + shape + #")\)(?: or |\?$)"#)
        return hint.matches(of: suggestion).map { match in
            (String(match.output[1].substring!), String(match.output[2].substring!))
        }
    }

    /// Runs each suggestion of `source`'s error and checks the shape it gives; returns the codes.
    private func checkedSuggestions(
        _ source: String, in session: Session, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [String] {
        let found = suggestions(failure(source, in: session, sourceLocation: sourceLocation))
        for (code, gives) in found {
            run("hint_result = \(code);", in: session, sourceLocation: sourceLocation)
            guard case let .tensor(value)? = session.bindings["hint_result"] else {
                Issue.record("\(code) gave no tensor", sourceLocation: sourceLocation)
                continue
            }
            #expect(Shape.describe(value.value.shape) == gives, "\(code)", sourceLocation: sourceLocation)
        }
        return found.map(\.code)
    }

    private func session() -> Session {
        let session = Session()
        run("A = ones(2, 3); B = ones(2, 3); x = ones(3); v = ones(2); S = ones(3, 3)", in: session)
        return session
    }

    @Test func aMatrixProductSuggestsEachTransposeThatAligns() {
        let session = session()
        #expect(checkedSuggestions("A @ B", in: session) == ["A @ B.T", "A.T @ B"])
        #expect(checkedSuggestions("x @ A", in: session) == ["x @ A.T"])
        #expect(checkedSuggestions("A @ v", in: session) == ["A.T @ v"])
        #expect(checkedSuggestions("(A + 1) @ (2 * B)", in: session) == ["(A + 1) @ (2 * B).T", "(A + 1).T @ (2 * B)"])
    }

    @Test func aMatrixProductNoTransposeCanFixHasNoHint() {
        let session = session()
        #expect(checkedSuggestions("v @ x", in: session).isEmpty)
        #expect(checkedSuggestions("S @ ones(2, 2)", in: session).isEmpty)
        #expect(checkedSuggestions("ones(2, 2, 2) @ v", in: session).isEmpty)
    }

    @Test func broadcastingSuggestsKeepdimsBeforeAColumn() {
        let session = session()
        #expect(checkedSuggestions("A - mean(A, 1)", in: session) == ["A - mean(A, 1, keepdims = true)"])
        #expect(checkedSuggestions("A / sum(A, axis = -1)", in: session) == ["A / sum(A, axis = -1, keepdims = true)"])
        #expect(checkedSuggestions("x + ones(3, 2)", in: session) == ["reshape(x, 3, 1) + ones(3, 2)"])
        #expect(checkedSuggestions("A * ones(3, 2)", in: session) == ["A.T * ones(3, 2)"])
    }

    @Test func broadcastingThatNoReshapeFixesHasNoHint() {
        let session = session()
        #expect(checkedSuggestions("A + ones(4)", in: session).isEmpty)
        #expect(checkedSuggestions("S + ones(2, 2)", in: session).isEmpty)
        // A parameter named mean that holds a user's function has no keepdims: the column is offered instead.
        run("avg(t, k) = sum(t, k) / 3\ncentre(mean, M) = M - mean(M, 1)", in: session)
        let error = failure("centre(avg, A)", in: session)
        #expect(error.contains("; did you mean M - reshape(mean(M, 1), 2, 1) ("), "\(error)")
        #expect(error.contains("  in centre(mean, M) = … at 1:21"), "\(error)")
    }

    @Test func aLongExpressionShowsOnlyTheSideToChange() {
        let session = session()
        let left = "[[1, 2, 3], [4, 5, 6]] * 1000000 + 123456789"
        let hinted = failure("ones(2, 3) @ (\(left))", in: session)
        #expect(
            hinted.contains("; did you mean ([[1, 2, 3], [4, 5, 6]] * 1000000 + 123456789).T on the right ("),
            "\(hinted)")
    }
}
