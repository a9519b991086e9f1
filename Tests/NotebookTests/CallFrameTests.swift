import Testing

@testable import Notebook

/// An error inside a user's function shows where in the function it happened.
@Suite struct CallFrameTests {
    @Test func anErrorInsideAFunctionPointsAtTheCallAndShowsTheFrame() {
        let session = Session()
        run("f(x) = x @ [1, 2, 3]", in: session)
        let text = failure("f([1, 2])", in: session)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines.dropFirst().elementsEqual([
                "  f([1, 2])",
                "  ^",
                "  in f(x) = … at 1:10",
                "    f(x) = x @ [1, 2, 3]",
                "             ^",
            ]), "\(text)")
    }

    @Test func nestedCallsShowEachFrameInnermostFirst() {
        let session = Session()
        run("f(x) = x @ [1, 2, 3]\ng(x, y) = 2 * f(x) + y", in: session)
        let text = failure("1 + g([1, 2], 3)", in: session)
        let frames = text.split(separator: "\n").filter { $0.hasPrefix("  in ") }
        #expect(frames == ["  in f(x) = … at 1:10", "  in g(x, y) = … at 1:15"], "\(text)")
        #expect(text.contains("  1 + g([1, 2], 3)\n      ^\n"), "the error points at the outermost call: \(text)")
    }

    @Test func aDefinitionAfterOthersOnItsLineCountsFromItsOwnStart() {
        let session = Session()
        let text = failure("y = 1; f(x) = (x +\n  log(x, 3)); f(1)", in: session)
        #expect(text.contains("  in f(x) = … at 2:10\n      log(x, 3))\n             ^"), "\(text)")
    }

    @Test func recursionShowsARepeatedFrameOnce() {
        let session = Session()
        run("h(n) = h(n + 1)", in: session)
        let text = failure("h(1)", in: session)
        #expect(
            text.contains("in h(n) = … at 1:8\n    h(n) = h(n + 1)\n           ^\n  … the same call 199 more times"),
            "\(text)")
        #expect(text.split(separator: "\n").count == 7, "\(text)")
    }

    @Test func aLongChainOfCallsShowsAFewFramesAndCountsTheRest() {
        let session = Session()
        run("b(n) = a(n) + 1\na(n) = 2 * b(n)\nc(x) = a(x)", in: session)
        let text = failure("c(1)", in: session)
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("  in ") }.count == CallFrame.shownLimit, "\(text)")
        #expect(text.hasSuffix("  … and 196 more calls (of a, b, c)"), "\(text)")
    }

    @Test func aFunctionPassedToABuiltinShowsItsFrame() {
        let session = Session()
        run("f(x) = sum(x @ [1, 2, 3])", in: session)
        let text = failure("jacobian(f, [1, 2])", in: session)
        #expect(text.contains("  in f(x) = … at 1:14\n    f(x) = sum(x @ [1, 2, 3])\n                 ^"), "\(text)")
    }

    @Test func aLossFunctionThatFailsInsideTrainKeepsItsFrame() {
        let session = Session()
        run(
            "data = moons(20); net = mlp(2, 4, 1); opt = sgd(net, lr = 0.1)\nL(s, y) = mse(s @ ones(2), y)", in: session
        )
        let text = failure("train net on data with opt for 5 steps loss L", in: session)
        #expect(text.hasPrefix("error: train stopped at step 1 of 5: matmul: "), "\(text)")
        #expect(
            text.hasSuffix("  in L(s, y) = … at 1:17\n    L(s, y) = mse(s @ ones(2), y)\n                    ^"),
            "\(text)")
    }

    @Test func deriveShowsTheFramesOfTheFunctionsItExpands() {
        let session = Session()
        run("f(x) = sum(x) + 1\ng(x) = 2 * f(x)", in: session)
        let text = failure("derive g(x) wrt x", in: session)
        #expect(
            text.contains(
                "  derive g(x) wrt x\n         ^\n  in f(x) = … at 1:8\n    f(x) = sum(x) + 1\n           ^\n  in g(x) = … at 1:12\n"
            ), "\(text)")
    }

    @Test func errorsOutsideTheBodyHaveNoFrame() {
        let session = Session()
        run("f(x) = x^2", in: session)
        #expect(!failure("f(1, 2)", in: session).contains("  in f"))
        #expect(!failure("f(y = 1)", in: session).contains("  in f"))
    }
}
