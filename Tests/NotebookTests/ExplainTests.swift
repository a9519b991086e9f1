import Autograd
import Tensors
import Testing

@testable import Notebook

/// `explain`: backprop by hand from the autograd graph, and the chain rule as a sum over paths.
@Suite struct ExplainTests {
    /// a = tanh(z)·z with z = w·x + b at x = 2, w = −3, b = 1: z = −5, tanh(−5) = −0.999909,
    /// 1 − tanh²(−5) = 0.000181583, and z is used twice, so
    /// ∂a/∂z = tanh(z) + z·(1 − tanh²(z)) = −0.999909 − 0.000907916 = −1.00082.
    private let network = "x = 2; w = -3; b = 1; z = w * x + b; a = tanh(z) * z"

    /// Wide enough that no step breaks (WidthTests checks the breaking).
    private static let wide = Settings(width: 1000)

    @Test func walksTheGraphBackwardsWithWorkedNumbers() {
        let session = Session(settings: Self.wide)
        run(network, in: session)
        let lines = run("explain a", in: session).split(separator: "\n").map(String.init)
        let walk = Array(lines.drop { $0 != "backprop by hand, from a back to the leaves:" })
        #expect(
            walk == [
                "backprop by hand, from a back to the leaves:",
                "[1] a = n2 · z   mul, value 4.99955",
                "    ∂a/∂a = 1: backprop starts here",
                "    → n2: ∂a/∂n2 = z = -5, passes 1 × (-5) = -5",
                "    → z: ∂a/∂z = n2 = -0.999909, passes 1 × (-0.999909) = -0.999909",
                "[2] n2 = tanh(z)   tanh, value -0.999909",
                "    ∂a/∂n2 = -5, from a",
                "    → z: ∂n2/∂z = 1 − tanh²(z) = 0.000181583, passes -5 × 0.000181583 = -0.000907916",
                "[3] z = n1 + b   add, value -5",
                "    ∂a/∂z = -0.999909 (from a) + (-0.000907916) (from n2) = -1.00082: the sum over its 2 uses",
                "    → n1: ∂z/∂n1 = 1, passes -1.00082 × 1 = -1.00082",
                "    → b: ∂z/∂b = 1, passes -1.00082 × 1 = -1.00082",
                "[4] n1 = w · x   mul, value -6",
                "    ∂a/∂n1 = -1.00082, from z",
                "    → w: ∂n1/∂w = x = 2, passes -1.00082 × 2 = -2.00163",
                "    → x: ∂n1/∂x = w = -3, passes -1.00082 × (-3) = 3.00245",
                "gradients on the leaves (what backward a adds to their .grad):",
                "    ∂a/∂w = -2.00163",
                "    ∂a/∂x = 3.00245",
                "    ∂a/∂b = -1.00082",
            ])
        // Nothing was back-propagated for real.
        #expect(failure("w.grad", in: session).contains("no gradient here yet"))
    }

    @Test func drawsTheGraphWithSharedNodesMarked() {
        let session = Session()
        run(network, in: session)
        let lines = run("explain a", in: session).split(separator: "\n").prefix(10).map(String.init)
        #expect(
            lines == [
                "the graph of a: 4 operations, 3 leaves that gradients reach",
                "a = n2 · z = 4.99955",
                "├─ n2 = tanh(z) = -0.999909",
                "│  └─ z = n1 + b = -5",
                "│     ├─ n1 = w · x = -6",
                "│     │  ├─ w = -3",
                "│     │  └─ x = 2",
                "│     └─ b = 1",
                "└─ z ↑ (drawn above)",
                "backprop by hand, from a back to the leaves:",
            ])
    }

    @Test func pathsSumToWhatBackpropComputes() {
        let session = Session(settings: Self.wide)
        run(network, in: session)
        let text = run("explain a for w", in: session)
        #expect(text.contains("paths from a down to w: 2;"))
        // Through tanh: −5 · 0.000181583 · 1 · 2; directly: −0.999909 · 1 · 2.
        #expect(
            text.contains(
                "  a → n2 → z → n1 → w: ∂a/∂n2 · ∂n2/∂z · ∂z/∂n1 · ∂n1/∂w = (-5) · 0.000181583 · 1 · 2 = -0.00181583"))
        #expect(text.contains("  a → z → n1 → w: ∂a/∂z · ∂z/∂n1 · ∂n1/∂w = (-0.999909) · 1 · 2 = -1.99982"))
        #expect(text.contains("sum over the 2 paths = -2.00163"))
        #expect(text.hasSuffix("backprop (one walk over the graph) gives ∂a/∂w = -2.00163 ✓ the same"))
    }

    /// Seed 001: z₁ feeds both hidden units, so ∂a/∂w₁₁ is a sum of two products.
    @Test func seedNetworkHasTwoPathsToW11() {
        let session = Session(settings: Settings(digits: 4, width: 1000))
        run(
            """
            x1 = 0.5; x2 = -1; w11 = 0.3; w21 = 0.8; v11 = -0.6; v12 = 1.2; p11 = 0.7; p21 = -0.4
            z1 = w11 * x1 + w21 * x2
            h1 = tanh(v11 * z1); h2 = tanh(v12 * z1)
            a = p11 * h1 + p21 * h2
            """, in: session)
        let text = run("explain a for w11", in: session)
        #expect(text.contains("paths from a down to w11: 2;"))
        // By hand: z1 = −0.65, so the terms are 0.7·(1 − tanh²(0.39))·(−0.6)·0.5 = −0.181 and
        // (−0.4)·(1 − tanh²(−0.78))·1.2·0.5 = −0.1378.
        #expect(
            text.contains(
                "  a → n4 → h1 → n3 → z1 → n1 → w11: ∂a/∂n4 · ∂n4/∂h1 · ∂h1/∂n3 · ∂n3/∂z1 · ∂z1/∂n1 · ∂n1/∂w11 = 1 · 0.7 · 0.8621 · (-0.6) · 1 · 0.5 = -0.181"
            ))
        #expect(
            text.contains(
                "  a → n6 → h2 → n5 → z1 → n1 → w11: ∂a/∂n6 · ∂n6/∂h2 · ∂h2/∂n5 · ∂n5/∂z1 · ∂z1/∂n1 · ∂n1/∂w11 = 1 · (-0.4) · 0.574 · 1.2 · 1 · 0.5 = -0.1378"
            ))
        #expect(text.contains("sum over the 2 paths = -0.3188"))
        #expect(text.contains("✓ the same"))
    }

    @Test func aSquareHasOnePathPerUse() {
        let text = run("x = 3; y = x * x; explain y for x")
        #expect(text.contains("  y → x (as a): ∂y/∂x = 3 = 3"))
        #expect(text.contains("  y → x (as b): ∂y/∂x = 3 = 3"))
        #expect(text.contains("backprop (one walk over the graph) gives ∂y/∂x = 6 ✓ the same"))
    }

    @Test func tooManyPathsAreCountedNotAdded() {
        // y = x^(2¹²) built by squaring: 4096 paths, one per way through the 12 squarings.
        let text = run("x = 1; y = x; repeat 12 { y = y * y }; explain y for x")
        #expect(text.contains("paths from y down to x: 4096;"))
        #expect(text.contains("  … and 4080 more paths"))
        #expect(text.contains("too many paths to add one by one"))
        #expect(text.contains("gives ∂y/∂x = 4096"))
        // The picture stays small: each square is drawn once.
        #expect(text.contains("↑ (drawn above)"))
    }

    @Test func tensorGraphsAreSummarisedByShape() {
        let session = Session()
        run("X = [[1, 2], [3, 4]]; W = [[0.5], [-1]]; b = [0.25]; loss = sum(X @ W + b)", in: session)
        let walk = run("explain loss", in: session)
        #expect(walk.contains("n1 = X @ W  [2, 1] [[-1.5], [-2.5]]"))
        #expect(walk.contains("    → W: passes Xᵀ @ g, where g = ∂loss/∂n1:"))
        #expect(walk.contains("      = [2, 1] [[4], [6]]"))
        #expect(walk.contains("passes upstream ⊙ local, summed to b's shape [1] = [1] [2]"))
        let paths = run("explain loss for W", in: session)
        #expect(paths.contains("  loss [] → n2 [2, 1] → n1 [2, 1] → W [2, 1]"))
        #expect(paths.hasSuffix("gives ∂loss/∂W = [2, 1] [[4], [6]]"))
    }

    @Test func rebindingANameShowsTheOldValueAsOld() {
        let text = run("x = 2; y = x^2; x = 5; explain y")
        #expect(text.contains("y = x_old^2 = 4"))
        #expect(text.contains("∂y/∂x_old = 4"))
    }

    @Test func aNameReboundManyTimesNumbersItsOldValuesInOrder() {
        let text = run("w = 2; w = w * 3; w = w * 4; w = w * 5; explain w")
        #expect(
            text.contains("w = w_2 · 5 = 120\n├─ w_2 = w_1 · 4 = 24\n│  ├─ w_1 = w_old · 3 = 6\n│  │  ├─ w_old = 2"))
        // A name of the session is not handed out again.
        #expect(run("w_1 = 7; w = 2; w = w * 3; w = w * 4; explain w").contains("w = w_2 · 4 = 24\n├─ w_2 = w_old · 3"))
    }

    @Test func bigGraphsAreCut() {
        let text = run("x = 1; y = x; repeat 50 { y = y * 1.01 }; explain y")
        #expect(text.contains("… (drew 13 of the graph's 51 nodes"))
        #expect(text.contains("… 20 more steps not shown (the graph has 50)"))
    }

    @Test func asciiModeWritesOnlyAscii() {
        let session = Session(settings: Settings(ascii: true))
        run(network, in: session)
        let text = run("explain a; explain a for w", in: session)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("`- z ^ (drawn above)"))
        #expect(text.contains("|  `- z = n1 + b = -5"))
    }

    @Test(arguments: [
        ("explain x", "x is a leaf"),
        ("explain 2 * 3", "2 * 3 is a constant"),
        ("explain x * [1, 2]", "explain starts from a single number, as backward does; x * [1, 2] has shape [2]"),
        ("explain x^2 for other", "x^2 does not depend on other"),
        ("explain x^2 for 3", "(3 is a constant)"),
        ("explain x^2 for x, x", "for takes one value"),
        ("explain", "explain takes one output"),
        ("explain \"text\"", "explain needs numbers or tensors"),
    ])
    func refusesWithAClearMessage(_ source: String, _ message: String) {
        let session = Session()
        run("x = 1.5; other = 2", in: session)
        #expect(failure(source, in: session).contains(message))
        #expect(run("x + 1", in: session) == "2.5")
    }
}
