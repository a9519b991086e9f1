import Testing

@testable import Notebook

/// Evaluating an expression over a grid: in one pass when elementwise, else point by point.
@Suite struct PlotGridEvaluationTests {
    static func values(_ source: String, at xs: [Double], in session: Session = Session()) throws
        -> GridEvaluation.Result
    {
        try GridEvaluation(session: session, variables: [("x", xs)], shape: [xs.count]).evaluate(expression(source))
    }

    @Test func worksOutEachPoint() throws {
        #expect(try Self.values("x^2 - 1", at: [-1, 0, 2]).values == [0, -1, 3])
        #expect(try Self.values("sum(x) * x", at: [-1, 0, 2]).values == [1, 0, 4])
        #expect(try Self.values("mean(x) + x", at: [-1, 0, 2]).values == [-2, 0, 4])
        #expect(try Self.values("7", at: [1, 2]).values == [7, 7])
        #expect(try Self.values("x > 0", at: [-1, 1]).values == [0, 1])
    }

    @Test func failedPointsAreCountedGaps() throws {
        let result = try Self.values("ones(2)[x]", at: [0, 0.5, 1, 7])
        #expect(result.values[0] == 1 && result.values[1].isNaN && result.values[2] == 1 && result.values[3].isNaN)
        #expect(result.failures == 2)
        #expect(result.firstFailure == "an index must be a whole number, got 0.5")
    }

    @Test func elementwiseExpressionsAreRecognised() throws {
        let session = Session()
        run("k = 3; v = [1, 2]; f(t) = sigmoid(t) * k; g(t) = sum(t); h(t) = f(t) + g(t)", in: session)
        let check = ElementwiseCheck(session: session)
        for source in [
            "x", "2 * x + k", "-x^2", "relu(x) - leaky_relu(x, slope = 0.1)", "f(x)", "pow(x, 2) < 1", "pi * e",
        ] {
            #expect(check.isElementwise(try expression(source), variables: ["x"]), "\(source)")
        }
        for source in [
            "sum(x)", "x @ x", "x[0]", "x.T", "v * x", "g(x)", "h(x)", "[x, 1]", "randn(2) * x", "nosuch(x)", "f'(x)",
        ] {
            #expect(!check.isElementwise(try expression(source), variables: ["x"]), "\(source)")
        }
    }

    @Test func aFunctionThatRecursesIsNotFollowedForever() throws {
        let session = Session()
        run("r(t) = r(t) + 1", in: session)
        #expect(!ElementwiseCheck(session: session).isElementwise(try expression("r(x)"), variables: ["x"]))
    }

    @Test func plottingLeavesTheRandomStreamAndGradientsAlone() {
        let session = Session(settings: Settings(ascii: true))
        run("w = 2", in: session)
        let before = Session().execute("randn(3)").text
        run("plot sigmoid(w * x), sum(w * x) for x in -1..1 size 30, 5", in: session)
        #expect(run("randn(3)", in: session) == before)
        #expect(failure("grad w", in: session).contains("w has no gradient yet"))
    }
}
