import Testing

@testable import Notebook

@Suite struct EvaluatorTests {
    @Test func microgradSanityCheckAsStatements() {
        let session = Session()
        run(
            """
            x = -4
            z = 2*x + 2 + x
            q = relu(z) + z*x
            h = relu(z*z)
            y = h + q + q*x
            """, in: session)
        #expect(run("y", in: session) == "-20")
        #expect(run("backward y", in: session) == "backward y: gradients on x")
        #expect(run("grad x", in: session) == "46")
        #expect(run("x.grad", in: session) == "46")
    }

    @Test func microgradMoreOpsAsStatements() {
        let session = Session(settings: Settings(digits: 15))
        run(
            """
            a = -4; b = 2
            c = a + b
            d = a * b + b^3
            c = c + c + 1
            c = c + 1 + c + (-a)
            d = d + d * 2 + relu(b + a)
            d = d + 3 * d + relu(b - a)
            e = c - d
            f = e^2
            g = f / 2
            g = g + 10 / f
            backward g
            """, in: session)
        #expect(run("g", in: session) == "24.7040816326531")
        #expect(run("grad a", in: session) == "138.833819241983")
        #expect(run("grad b", in: session) == "645.577259475219")
    }

    @Test func tensorsBroadcastIndexAndSlice() {
        let session = Session()
        run("W = [[1, 2, 3], [4, 5, 6]]", in: session)
        #expect(run("W + [10, 20, 30]", in: session) == "[[11, 22, 33],\n [14, 25, 36]]")
        #expect(run("W[1, -1]", in: session) == "6")
        #expect(run("W[:, 0]", in: session) == "[1, 4]")
        #expect(run("W[:, ::2]", in: session) == "[[1, 3],\n [4, 6]]")
        #expect(run("W[-1]", in: session) == "[4, 5, 6]")
        #expect(run("W.shape", in: session) == "[2, 3]")
        #expect(run("W.T.shape", in: session) == "[3, 2]")
        #expect(run("W.ndim", in: session) == "2")
        #expect(run("W.size", in: session) == "6")
        #expect(run("W @ [1, 0, 1]", in: session) == "[4, 10]")
        #expect(run("sum(W, axis = 0)", in: session) == "[5, 7, 9]")
        #expect(run("mean(W, axis = -1, keepdims = true)", in: session) == "[[2],\n [5]]")
        #expect(run("W > 2", in: session) == "[[0, 0, 1],\n [1, 1, 1]]")
        #expect(run("zeros(W.shape) + 1", in: session) == "[[1, 1, 1],\n [1, 1, 1]]")
    }

    @Test func shapeErrorsNameTheOperationAndBothShapes() {
        let text = failure("zeros(2, 3) + ones(3, 2)")
        #expect(text.hasPrefix("error: add: shapes [2, 3] and [3, 2] cannot be broadcast together"))
        #expect(text.hasSuffix("  zeros(2, 3) + ones(3, 2)\n              ^"), "the caret is under the operator")
        #expect(
            failure("ones(2, 3) @ ones(2, 3)").contains(
                "matmul: shapes [2, 3] and [2, 3] are not aligned: 3 columns on the left, 2 rows on the right"))
        #expect(failure("sum(ones(2, 3), axis = 2)").contains("axis 2 is out of range for a tensor of rank 2"))
        #expect(failure("ones(2, 3)[0, 7]").contains("index 7 is out of range for axis 1 of size 3"))
    }

    @Test func unknownNamesSuggestTheNearest() {
        #expect(failure("reul(3)").hasPrefix("error: unknown name 'reul'; did you mean relu?"))
        let session = Session()
        run("learning_rate = 0.1", in: session)
        #expect(failure("learning_rte * 2", in: session).contains("did you mean learning_rate?"))
        #expect(failure("ones(3).shap").contains("did you mean .shape?"))
        #expect(failure("sum(ones(3), axes = 0)").contains("sum has no parameter named axes (did you mean axis?)"))
    }

    @Test func afterAnErrorEveryBindingIsIntact() {
        let session = Session()
        run("a = 1; b = [1, 2]", in: session)
        _ = failure("a = 5; c = b + zeros(3); d = 4", in: session)
        #expect(run("a", in: session) == "5", "statements before the error took effect")
        #expect(session.execute("c").failed && session.execute("d").failed, "nothing after the error ran")
        #expect(run("b", in: session) == "[1, 2]")
    }

    @Test func functionsAreKeptAsFormulasAndCallable() {
        let session = Session()
        #expect(run("f(x) = x^2 * sin(x)", in: session) == "f(x) = x^2 * sin(x)")
        #expect(run("f(0)", in: session) == "0")
        #expect(run("g(x, y) = x * y + 1", in: session) == "g(x, y) = x * y + 1")
        #expect(run("g(2, y = 3)", in: session) == "7")
        #expect(failure("g(1)", in: session).contains("g needs y"))
        run("t = 2; u = f(t); backward u", in: session)
        // d/dt t²·sin t = 2t·sin t + t²·cos t at 2
        #expect(run("grad t", in: session) == "1.9726")
        run("loop(x) = loop(x)", in: session)
        #expect(failure("loop(1)", in: session).contains("does it call itself without end?"))
        #expect(failure("relu = 3", in: session).contains("relu is a builtin function"))
        #expect(failure("t(2)", in: session).contains("t is a number, not a function"))
    }

    @Test func updatesHappenOutsideTheGraph() {
        let session = Session()
        run("w = 3; loss = (w - 1)^2; backward loss", in: session)
        #expect(run("grad w", in: session) == "4")
        #expect(run("w -= 0.25 * w.grad", in: session) == "w = 2")
        #expect(failure("grad w", in: session).contains("w has no gradient yet"), "the updated w is a fresh leaf")
        run("W = zeros(2, 2); W[0, 1] = 5; W[1] += 2", in: session)
        #expect(run("W", in: session) == "[[0, 5],\n [2, 2]]")
    }

    @Test func gradientsAccumulateAndZeroClears() {
        let session = Session()
        run("x = 2; y = x^3; backward y", in: session)
        #expect(run("backward y", in: session).contains("added to the gradients x already had"))
        #expect(run("grad x", in: session) == "24")
        #expect(run("zero x", in: session) == "cleared the gradients of x")
        #expect(failure("grad x", in: session).contains("no gradient yet"))
        #expect(failure("backward 3").contains("3 is a constant"))
        #expect(failure("v = [1, 2]; backward v * v").contains("backward needs a scalar output"))
        #expect(run("v = [1, 2]; w = v * v; backward w with [1, 1]; grad v") == "[2, 4]")
    }

    @Test func tensorLiteralsOfVariablesCarryGradients() {
        let session = Session()
        run("x = 3; v = [x, 2 * x, x^2]; s = sum(v); backward s", in: session)
        #expect(run("grad x", in: session) == "9")
    }

    @Test func repeatRunsSilentlyAndStopsWhenInterrupted() {
        let session = Session()
        #expect(run("s = 0; repeat 4 { s += 2; t = s }; s", in: session) == "8")
        var polls = 0
        session.interruptRequested = {
            polls += 1
            return polls > 10
        }
        let result = session.execute("repeat 1000000 { s += 1 }")
        #expect(result.interrupted && !result.failed)
        #expect(result.text == "interrupted")
        session.interruptRequested = { false }
        let s = Double(run("s", in: session))!
        #expect(s > 8 && s < 20, "the finished iterations stay: \(s)")
    }

    @Test func randomnessFollowsTheSeed() {
        let a = Session(seed: 42)
        let b = Session(seed: 42)
        #expect(run("randn(3)", in: a) == run("randn(3)", in: b))
        #expect(run("randn(3)", in: Session(seed: 1)) != run("randn(3)", in: Session(seed: 2)))
    }
}
