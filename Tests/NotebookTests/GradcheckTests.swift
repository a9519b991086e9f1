import Autograd
import Tensors
import Testing

@testable import Notebook

/// `gradcheck`: autograd against central differences, with CS231n's verdicts.
@Suite struct GradcheckTests {
    /// Wide enough that no sentence breaks (WidthTests checks the breaking).
    static let wide = Settings(width: 1000)

    /// The table row of `element`, split into its cells.
    private func row(_ element: String, in text: String) -> [String]? {
        text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
            .first { $0.first == element }
    }

    @Test func agreesOnACubicWithWorkedNumbers() {
        let text = run("x = 2; gradcheck x^3 wrt x")
        // d(x³)/dx = 3x² = 12; central differences of a cubic are off by eps² only.
        #expect(row("x", in: text)?.prefix(3) == ["x", "12", "12"])
        #expect(row("x", in: text)?.last == "good")
        #expect(text.contains("gradcheck x^3 wrt x, eps = 1e-06"))
        #expect(text.contains("counts: 1 good"))
        #expect(text.hasSuffix("verdict: good — every relative error is at most 1e-7"))
    }

    @Test func flagsADeliberatelyWrongDerivative() throws {
        // sin with the derivative of cos, −sin: analytic −sin(0.3) = −0.29552, numeric cos(0.3) = 0.955336,
        // relative error |−0.29552 − 0.955336| / 0.955336 = 1.309.
        let wrong = Operation(
            name: "bad_sin", formula: "sin(a)", localDerivatives: ["−sin(a)"],
            forward: { $0[0].sin() }, gradient: .elementwise { inputs, _ in [-inputs[0].sin()] })
        let session = Session()
        let x = Variable(Tensor([0.3, 1.1]), label: "x")
        session.bindings["x"] = .tensor(x)
        session.bindings["y"] = .tensor(try Variable.apply(wrong, to: [x]).sum())
        let text = run("gradcheck y wrt x", in: session)
        #expect(row("x[0]", in: text) == ["x[0]", "-0.29552", "0.955336", "1.3", "WRONG"])
        // At 1.1: |−0.891207 − 0.453596| / 0.891207 = 1.509.
        #expect(row("x[1]", in: text) == ["x[1]", "-0.891207", "0.453596", "1.5", "WRONG"])
        #expect(text.contains("max relative error 1.5 at x[1]"))
        #expect(text.contains("verdict: WRONG"))
        #expect(!text.contains("warning"))
    }

    @Test func flagsReluAtZeroAsAKink() {
        let text = run("x = [0, 1]; gradcheck sum(relu(x)) wrt x")
        // At 0 autograd takes relu'(0) = 0 (PyTorch's choice); the central difference straddles
        // the kink: (relu(eps) − relu(−eps)) / 2eps = 0.5.
        #expect(row("x[0]", in: text) == ["x[0]", "0", "0.5", "1", "kink?"])
        #expect(row("x[1]", in: text)?.last == "good")
        #expect(text.contains("warning: the differences crossed or touched a kink of relu"))
        #expect(text.contains("verdict: inconclusive"))
    }

    @Test func smallErrorsAreAcceptableOnlyWhereAKinkWasCrossed() {
        // eps = 0.01 leaves a truncation error of about eps²/6 = 1.7e-5 on exp: too much for a
        // smooth function ...
        let smooth = run("x = 1; gradcheck exp(x) wrt x eps 0.01")
        #expect(row("x", in: smooth)?.suffix(2) == ["1.7e-05", "suspect"])
        #expect(smooth.contains("verdict: suspect"))
        // ... but a kink crossed by x[0] (relu at 0.005) no longer excuses it elsewhere.
        let kinked = run(
            "x = [0, 1]; gradcheck sum(relu(x - 0.005) * exp(x)) wrt x eps 0.01", in: Session(settings: Self.wide))
        #expect(row("x[0]", in: kinked)?.last == "kink?")
        // x[1] = 1 is far from the kink: a kink elsewhere in the same check does not excuse it.
        // f = (x − 0.005)·eˣ near 1: the error is eps²/6 · f‴/f′ = 1e-4/6 · (4 − 0.005)/(2 − 0.005) = 3.3e-5.
        #expect(row("x[1]", in: kinked)?.suffix(2) == ["3.3e-05", "suspect"])
        #expect(kinked.contains("(moving 1 of the 2 elements did; only they are judged as kinks)"))
    }

    @Test func aKinkNearOneElementIsOkForThatElementOnly() {
        // |x| at 0.004 with eps 0.01: the difference straddles the kink, (0.014 − 0.006)/0.02 = 0.4
        // against 1, relative error 0.6, inconclusive; x[1]'s sin(x) is smooth and good.
        let text = run("x = [0.004, 1]; gradcheck abs(x[0]) + sin(x[1]) wrt x eps 0.01")
        #expect(row("x[0]", in: text)?.last == "kink?")
        #expect(row("x[1]", in: text)?.suffix(2) == ["1.7e-05", "suspect"])
    }

    @Test func aDifferenceBelowTheNoiseFloorIsNeverWrong() {
        // Issue 14 item 18: 64·64 weights of a tanh layer; hundreds of gradients near 2e-7, where
        // the differences' rounding (100·ε·9.27/1e-6 = 2.1e-7) is as large as the gradient: their
        // ratio ran to 0.0028, but analytic and numeric differ by under 1e-9.
        let text = run(
            ":seed 0\nW = randn(64, 64); x = randn(64); y = sum(tanh(W @ x)); gradcheck y wrt W",
            in: Session(settings: Self.wide))
        #expect(!text.contains("WRONG"))
        #expect(row("W[11,", in: text)?.suffix(3) == ["0.0028", "good", "(noise)"])
        #expect(text.contains("counts: 1568 good, 811 ≈ 0, 1717 good (noise)"))
        #expect(text.hasSuffix("verdict: good — every relative error is at most 1e-7, or within the rounding noise"))
    }

    @Test func aPartOfAValueIsCheckedInPlace() {
        let session = Session()
        run("W = [[1, 2, 3], [4, 5, 6]]; x = [1, -1, 2]", in: session)
        let text = run("gradcheck sum(sin(W @ x)) wrt W[1, 1:], x[0]", in: session)
        #expect(text.contains("gradcheck sum(sin(W @ x)) wrt W[1, 1:], x[0], eps = 1e-06"))
        // ∂/∂W[1, j] = cos(W[1] · x)·x[j] = cos(11)·x[j]; cos(11) = 0.0044257.
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("W[") }.map {
            $0.split(separator: " ").prefix(3).joined(separator: " ")
        }
        #expect(rows == ["W[1, 1] -0.0044257", "W[1, 2] 0.0088514"])
        #expect(text.contains("counts: 3 good"))
    }

    @Test func aSampleIsDrawnFromTheSessionsSeed() throws {
        let source = ":seed 3\nW = randn(30, 30); x = randn(30); gradcheck sum(tanh(W @ x)) wrt W sample 5"
        let first = run(source)
        #expect(first.contains("wrt W sample 5, eps = 1e-06"))
        let rows = first.split(separator: "\n").filter { $0.hasPrefix("W[") }
        #expect(rows.count == 5)
        #expect(
            Set(rows.map { $0.split(separator: " ")[0] + $0.split(separator: " ")[1] }).count == 5, "no element twice")
        #expect(run(source) == first, "the same seed draws the same elements")
        #expect(run(source.replacingOccurrences(of: ":seed 3", with: ":seed 4")) != first)
        // A sample larger than the value checks all of it.
        #expect(run("v = [1, 2]; gradcheck sum(v * v) wrt v sample 10").contains("counts: 2 good"))
    }

    @Test func theBudgetErrorSuggestsFormsThatFit() throws {
        let session = Session()
        run("W = ones(256, 256); x = ones(256); y = sum(tanh(W @ x) * 0.01)", in: session)
        let message = failure("gradcheck y wrt W", in: session)
        #expect(
            message.contains(
                "check fewer elements: a random sample (gradcheck y wrt W sample 100) or a part of a value (wrt W[0:1, :])"
            ))
        #expect(run("gradcheck y wrt W sample 100", in: session).contains("100 elements checked"))
        #expect(run("gradcheck y wrt W[0:1, :]", in: session).contains("256 elements checked"))
    }

    @Test func bothSidesBelowTheRoundingNoiseCountAsZero() throws {
        let session = Session(settings: Self.wide)
        // At the minimum the true gradient is 0; the numeric one is rounding noise.
        let text = run("w = [1, 2]; target = [1, 2]; gradcheck sum((w - target)^2) wrt w", in: session)
        // The relative error of 0 against 2.2e-16 is 2.2e-16 / 1e-12 = 2.2e-4 (the denominator's
        // floor), which would read as wrong; both sides are far below 100·ε/eps = 2.2e-8.
        #expect(row("w[0]", in: text)?.prefix(2) == ["w[0]", "0"])
        #expect(row("w[0]", in: text)?.suffix(2) == ["≈", "0"])
        #expect(row("w[1]", in: text)?.suffix(2) == ["≈", "0"])
        #expect(text.contains("both sides are below 2.2e-08, the rounding noise of the differences"))
        #expect(text.hasSuffix("verdict: good — every relative error is at most 1e-7, or within the rounding noise"))
    }

    @Test func aSmallGradientOfALargeFunctionIsJudgedAgainstTheRoundingNoise() {
        // tanh saturated at -5.5: ∂y/∂w = x²·(1 − tanh²(−5.5)) = 6.0e-4 next to |y| ≈ 3. The
        // differences carry about 100·ε·3/1e-6 = 6.7e-8 of rounding noise, so they agree with
        // autograd to 1.3e-10 but only to 2.2e-7 relative: within the noise, not suspect.
        let text = run(
            "x = 3; w = -2; b = 0.5; y = tanh(w * x + b) * x; gradcheck y wrt w, b", in: Session(settings: Self.wide))
        #expect(row("w", in: text)?.suffix(3) == ["2.2e-07", "good", "(noise)"])
        #expect(text.contains("differ by less than 6.7e-08, the rounding noise of the differences"))
        #expect(text.hasSuffix("verdict: good — every relative error is at most 1e-7, or within the rounding noise"))
        // The same relative error from a genuine difference stays suspect (eps 1e-2 on exp).
        #expect(run("x = 1; gradcheck exp(x) wrt x eps 0.01").contains("suspect"))
    }

    @Test func bigTensorsShowTheWorstRowsAndCounts() {
        let text = run("W = ones(5, 5); gradcheck sum(W * W) wrt W")
        #expect(text.contains("25 elements checked; the 10 worst:"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("W[") }.count == 10)
        #expect(text.contains("counts: 25 good"))
    }

    @Test func withoutWrtChecksEveryNamedLeafAndLeavesGradientsAlone() {
        let session = Session()
        let text = run("a = 3; b = -2; c = a * b + b; gradcheck c", in: session)
        // ∂c/∂a = b = −2, ∂c/∂b = a + 1 = 4.
        #expect(text.contains("gradcheck c wrt a, b, eps = 1e-06"))
        #expect(row("a", in: text)?.prefix(2) == ["a", "-2"])
        #expect(row("b", in: text)?.prefix(2) == ["b", "4"])
        #expect(failure("a.grad", in: session).contains("no gradient here yet"))
    }

    @Test func checksAnIntermediateNode() {
        let text = run("x = 0.5; h = x * 3; y = sin(h); gradcheck y wrt h")
        // ∂y/∂h = cos(1.5) = 0.0707372.
        #expect(row("h", in: text)?.prefix(3) == ["h", "0.0707372", "0.0707372"])
    }

    @Test(arguments: [
        ("gradcheck x * [1, 2] wrt x", "gradcheck needs a single number to differentiate; x * [1, 2] has shape [2]"),
        ("gradcheck 2 * 3", "2 * 3 is a constant"),
        ("gradcheck x^2 wrt other", "x^2 does not depend on other"),
        ("gradcheck x^2 wrt x, x", "x is listed twice"),
        ("gradcheck x^2 wrt x eps 0", "gradcheck's eps must be a positive finite number, got 0"),
        ("gradcheck x^2 wrt x eps -inf", "gradcheck's eps must be a positive finite number, got -inf"),
        ("gradcheck x^2 wrt x eps [1, 2]", "gradcheck's eps must be a number"),
        ("gradcheck x^2 wrt x eps", "eps takes one number"),
        ("gradcheck x^2 wrt", "wrt needs the values to check"),
        ("gradcheck", "gradcheck takes one output"),
        ("gradcheck x^2 wrt n = x", "wrt takes values"),
        ("gradcheck sum(big * big) wrt big", "gradcheck would replay the graph of sum(big * big) 20000 times"),
        ("gradcheck x^2 wrt big[0]", "x^2 does not depend on big[0]"),
        ("gradcheck sum(big) wrt big[0], big[1]", "big[1] and big[0] are parts of the same value"),
        ("gradcheck sum(big) wrt big[10000]", "out of range"),
        ("gradcheck sum(big) wrt big[3:3]", "big[3:3] selects no elements, so there is nothing to check"),
        ("gradcheck x^2 wrt x sample 0", "gradcheck's sample must be at least 1, got 0"),
        ("gradcheck x^2 wrt x sample 1.5", "gradcheck's sample must be a whole number"),
        ("gradcheck x^2 wrt x sample", "sample takes one whole number"),
    ])
    func refusesWithAClearMessage(_ source: String, _ message: String) {
        let session = Session()
        run("x = 1.5; other = 2; big = ones(10000)", in: session)
        #expect(failure(source, in: session).contains(message))
        #expect(run("x + 1", in: session) == "2.5")
    }

    @Test func asciiModeWritesOnlyAscii() {
        let session = Session(settings: Settings(ascii: true))
        let text = run("x = [0, 1]; gradcheck sum(relu(x)) wrt x", in: session)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("(f(x + eps) - f(x - eps)) / 2*eps"))
    }
}
