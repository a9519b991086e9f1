import Testing

@testable import Notebook

/// `norm` and `dot` at the prompt: values, PyTorch's gradients at kinks, and clear errors.
@Suite struct VectorBuiltinTests {
    @Test func normsOfAVector() {
        #expect(
            run("[norm([3, -4]), norm([3, -4], p = 1), norm([3, -4], p = inf), norm([3, -4], p = 3)]")
                == "[5, 7, 4, 4.49794]")
        #expect(run("norm([[1, 2], [2, 4]])") == "5", "a matrix is taken as one vector of its elements")
        #expect(run("norm(zeros(3))") == "0")
    }

    @Test func gradientsFollowPyTorchIncludingAtKinks() {
        let session = Session()
        run("x = [3.0, -4.0]; y = norm(x); backward y", in: session)
        #expect(run("grad x", in: session) == "[0.6, -0.8]")
        run("z = [0.0, 0.0]; n = norm(z); backward n", in: session)
        #expect(run("grad z", in: session) == "[0, 0]", "0 at the zero vector, not nan")
        run("t = [2.0, -2.0, 1.0]; m = norm(t, p = inf); backward m", in: session)
        #expect(run("grad t", in: session) == "[0.5, -0.5, 0]", "ties share the gradient")
        run("u = [1.0, 0.0, -2.0]; l = norm(u, p = 1); backward l", in: session)
        #expect(run("grad u", in: session) == "[1, 0, -1]")
        run("a = [1.0, 2.0]; b = [3.0, 5.0]; d = dot(a, b); backward d", in: session)
        #expect(run("grad a", in: session) == "[3, 5]")
        #expect(run("grad b", in: session) == "[1, 2]")
        #expect(run("d", in: session) == "13")
    }

    @Test func gradcheckPassesOnNormAndDot() {
        let session = Session()
        run("w = [0.5, -1.5, 2.0]; v = [1.0, 2.0, -1.0]", in: session)
        #expect(run("gradcheck norm(w) wrt w", in: session).contains("verdict: good"))
        #expect(run("gradcheck norm(w - v, p = 3) wrt w", in: session).contains("verdict: good"))
        #expect(run("gradcheck dot(w, v) wrt w", in: session).contains("verdict: good"))
    }

    @Test func refusesWhatIsNotANormOrADotProduct() {
        #expect(failure("norm([1, 2], p = 0.5)").contains("p must be 1 or more (or inf), got 0.5"))
        #expect(failure("norm([1, 2], p = nan)").contains("p must be 1 or more"))
        #expect(failure("dot([1, 2], [1, 2, 3])").contains("needs vectors of the same length, got 2 and 3"))
        #expect(failure("dot([[1, 2]], [1, 2])").contains("needs two vectors, got shapes"))
    }
}
