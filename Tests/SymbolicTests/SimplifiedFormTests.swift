import Testing

@testable import Symbolic

/// The simplified derivatives read as the lecture notes write them.
struct SimplifiedFormTests {
    @Test(
        arguments: [
            (x ^^ 2, "2·x"),
            (f(.sigmoid, x), "σ(x)·(1 − σ(x))"),
            (f(.tanh, x), "1 − tanh²(x)"),
            (f(.sin, x ^^ 2), "2·x·cos(x²)"),
            (x ^^ 2 * f(.sin, x), "2·x·sin(x) + x²·cos(x)"),
            (1 / x, "−1/x²"),
            (f(.sqrt, x), "1/(2·√x)"),
            (f(.log, x * x + 1), "2·x/(x² + 1)"),
            (f(.exp, -x), "−exp(−x)"),
            (x * x * x, "3·x²"),
            (3 * x ^^ 2 + 2 * x + 1, "6·x + 2"),
            (f(.cos, x) + x, "1 − sin(x)"),
            ((x + 1) / (x - 1), "−2/(x − 1)²"),
            (x ^^ x, "x^x·(log(x) + 1)"),
            (f(.softplus, x), "(1 if x > 20 else σ(x))"),
            (f(.relu, x), "(1 if x > 0 else 0)"),
            (f(.leakyRelu(slope: 0.1), x), "(1 if x > 0 else 0.1)"),
            (f(.elu(alpha: 1), x), "(1 if x > 0 else exp(x))"),
            (f(.sigmoid, 2 * x), "2·σ(2·x)·(1 − σ(2·x))"),
            (Expr.number(5), "0"),
            (x, "1"),
        ] as [(Expr, String)])
    func derivative(_ formula: Expr, _ expected: String) throws {
        #expect(try derivativeText(formula) == expected)
    }

    @Test func asciiReadsBackAsGradbookSyntax() throws {
        let cases: [(Expr, String)] = [
            (f(.sigmoid, x), "sigmoid(x)*(1 - sigmoid(x))"),
            (f(.tanh, x), "1 - tanh(x)^2"),
            (f(.sin, x ^^ 2), "2*x*cos(x^2)"),
            (f(.sqrt, x), "1/(2*sqrt(x))"),
            (x ^^ -3, "-3/x^4"),
        ]
        for (formula, expected) in cases {
            #expect(ascii.string(try formula.derivative(with: "x")) == expected)
        }
    }

    @Test func partialDerivativesOfSeed001ReadAsTheChainRule() throws {
        // ∂a/∂v11 = ∂a/∂h1 · ∂h1/∂v11, and ∂a/∂w11 sums the two paths through h1 and h2.
        #expect(
            unicode.string(try Seed001.network.derivative(with: "v11")) == "p11·h1(x1, x2)·(1 − h1(x1, x2))·z1(x1, x2)")
        #expect(
            unicode.string(try Seed001.network.derivative(with: "w11"))
                == "p11·v11·x1·h1(x1, x2)·(1 − h1(x1, x2))·z1(x1, x2)·(1 − z1(x1, x2)) + p21·v12·x1·h2(x1, x2)·(1 − h2(x1, x2))·z1(x1, x2)·(1 − z1(x1, x2))"
        )
        #expect(unicode.string(try Seed001.network.derivative(with: "p21")) == "h2(x1, x2)")
    }

    @Test func likeTermsAndFactorsAreCollected() {
        #expect(unicode.string(Simplifier.simplify(x * y * x + 2 * (y * x * x) - x)) == "3·x²·y − x")
        #expect(unicode.string(Simplifier.simplify(0 * f(.sin, x) + 1 * x ^^ 1 + x ^^ 0)) == "x + 1")
        #expect(unicode.string(Simplifier.simplify(x / 2)) == "x/2")
        #expect(unicode.string(Simplifier.simplify((2 ^^ 3) * x - x * 8)) == "0")
        #expect(unicode.string(Simplifier.simplify(f(.cos, 0) + f(.sigmoid, 0))) == "1 + σ(0)")
        #expect(unicode.string(Simplifier.simplify(x / 0)) == "x·0⁻¹")
    }

    @Test func fractionalPowersAreNotFoldedIntoAbsoluteValues() {
        // (x²)^0.5 is |x|, so the simplifier must leave it alone.
        #expect(unicode.string(Simplifier.simplify((x ^^ 2) ^^ 0.5)) == "(x²)^0.5")
        #expect(unicode.string(Simplifier.simplify((x ^^ 2) ^^ 3)) == "x⁶")
    }

    @Test func repeatedDerivativesStopAtTheSizeLimit() throws {
        var formula = f(.sigmoid, f(.tanh, x * f(.sin, x)) * f(.exp, x))
        let error = #expect(throws: SymbolicError.self) {
            for _ in 0..<12 { formula = try formula.derivative(with: "x") }
        }
        #expect(error.map { "\($0)" }?.contains("grows beyond") == true)
    }
}
