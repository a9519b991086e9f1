import Symbolic
import Testing

@testable import Notebook

struct DeriveCommandTests {
    @Test func stepsResultAndCheckedValue() {
        #expect(
            run("derive x^2 * sin(x) wrt x at x = 0.5") == """
                1. product rule: d/dx[x²·sin(x)] = d/dx[x²]·sin(x) + x²·d/dx[sin(x)]
                2. power rule: d/dx[x²] = 2·x
                3. sin′: d/dx[sin(x)] = cos(x)
                d/dx[x²·sin(x)] = 2·x·sin(x) + x²·cos(x)
                at x = 0.5:
                  symbolic            0.698821
                  autograd            0.698821
                  central difference  0.698821 (h = 1e-06)
                  ✓ all three agree (autograd within 1e-09, central difference within 1e-05, relative)
                """)
    }

    @Test func lectureForms() {
        #expect(run("derive sigmoid(x) wrt x").hasSuffix("d/dx[σ(x)] = σ(x)·(1 − σ(x))"))
        #expect(run("derive tanh(x) wrt x").hasSuffix("d/dx[tanh(x)] = 1 − tanh²(x)"))
        #expect(
            run("derive sin(x^2) wrt x") == """
                1. chain rule, sin′(u) = cos(u): d/dx[sin(x²)] = cos(x²)·d/dx[x²]
                2. power rule: d/dx[x²] = 2·x
                d/dx[sin(x²)] = 2·x·cos(x²)
                """)
    }

    @Test func asciiOutput() {
        let session = Session(settings: Settings(width: 200, ascii: true))
        #expect(
            run("derive sigmoid(2 * x) at x = 0", in: session) == """
                1. chain rule, sigmoid'(u) = sigmoid(u)*(1 - sigmoid(u)): d/dx[sigmoid(2*x)] = sigmoid(2*x)*(1 - sigmoid(2*x))*d/dx[2*x]
                2. constant factor: d/dx[2*x] = 2
                d/dx[sigmoid(2*x)] = 2*sigmoid(2*x)*(1 - sigmoid(2*x))
                at x = 0:
                  symbolic            0.5
                  autograd            0.5
                  central difference  0.5 (h = 1e-06)
                  ok all three agree (autograd within 1e-09, central difference within 1e-05, relative)
                """)
    }

    @Test func kinkIsExplainedAndTheCentralDifferenceIsShownNotHidden() {
        let text = run("derive relu(x) wrt x at x = 0")
        #expect(
            text.contains(
                "note: relu has a kink at 0, where its derivative does not exist; gradbook uses relu′(0) = 0, as PyTorch does"
            ))
        #expect(
            text.contains("  symbolic            0\n  autograd            0\n  central difference  0.5 (h = 1e-06)"))
        #expect(text.contains("the central difference straddles the kink"))
        #expect(text.contains("here relu(x) is at its kink (x = 0)"))
        #expect(
            run("derive leaky_relu(x, 0.2) wrt x at x = 0").contains(
                "  symbolic            0.2\n  autograd            0.2"))
        #expect(run("derive elu(x, alpha = 0.5) wrt x at x = 0").contains("elu′(0) = 0.5"))
    }

    @Test func longFormulasBreakBetweenTermsWithAContinuationIndent() {
        let session = Session(settings: Settings(width: 40))
        let text = run("derive sigmoid(3 * x + 1) * tanh(x - 2) + exp(2 * x) wrt x", in: session)
        let lines = text.split(separator: "\n").map(String.init)
        // Every line fits but those whose rule name alone is wider: a rule name is never broken.
        #expect(
            lines.filter { $0.count > 40 } == [
                "3. chain rule, sigmoid′(u) = σ(u)·(1 − σ(u)): d/dx[σ(3·x + 1)]",
                "6. chain rule, tanh′(u) = 1 − tanh²(u): d/dx[tanh(x − 2)]",
                "8. chain rule, exp′(u) = exp(u): d/dx[exp(2·x)]",
            ], "\(text)")
        #expect(lines.contains("    + d/dx[exp(2·x)]"))  // the sum rule's second term, on its own line
        // Joined back, the broken lines are the one-line formula.
        let wide = run(
            "derive sigmoid(3 * x + 1) * tanh(x - 2) + exp(2 * x) wrt x", in: Session(settings: Settings(width: 1000)))
        #expect(text.replacingOccurrences(of: "\n    ", with: " ") == wide)
    }

    @Test func seed001PartialsThroughNamedFunctions() {
        let session = Session(settings: Settings(width: 200))
        run(
            """
            f(s) = sigmoid(s)
            z1(x1, x2) = f(w11*x1 + w21*x2)
            z2(x1, x2) = f(w12*x1 + w22*x2)
            h1(x1, x2) = f(v11*z1(x1, x2) + v21*z2(x1, x2))
            h2(x1, x2) = f(v12*z1(x1, x2) + v22*z2(x1, x2))
            a(x1, x2) = p11*h1(x1, x2) + p21*h2(x1, x2)
            x1 = 1; x2 = -2; w11 = 0.1; w21 = 0.2; w12 = -0.3; w22 = 0.4
            v11 = 0.5; v21 = -0.6; v12 = 0.7; v22 = 0.8; p11 = 0.9; p21 = -1.1
            """, in: session)
        let text = run("derive a(x1, x2) wrt v11, w11 at v11 = 0.5", in: session)
        #expect(text.contains("∂/∂v11[a(x1, x2)] = p11·h1(x1, x2)·(1 − h1(x1, x2))·z1(x1, x2)\n"))
        #expect(
            text.contains(
                "∂/∂w11[a(x1, x2)] = p11·v11·x1·h1(x1, x2)·(1 − h1(x1, x2))·z1(x1, x2)·(1 − z1(x1, x2)) + p21·v12·x1·h2(x1, x2)·(1 − h2(x1, x2))·z1(x1, x2)·(1 − z1(x1, x2))"
            ))
        // torch.autograd (scripts/reference/symbolic_reference.py): ∂a/∂v11 = 0.0956557, ∂a/∂w11 = −0.0167861.
        #expect(text.contains("  symbolic            0.0956557\n  autograd            0.0956557"))
        #expect(text.contains("  symbolic            -0.0167861\n  autograd            -0.0167861"))
        #expect(!text.contains("DISAGREE"))
    }

    @Test func valuesComeFromAtThenFromTheSession() {
        let session = Session()
        run("w = 3", in: session)
        #expect(
            run("derive w * x^2 wrt x at x = 2", in: session).contains("at x = 2, w = 3:\n  symbolic            12"))
        #expect(run("derive w * y wrt y").hasSuffix("∂/∂y[w·y] = w"))  // no values needed without at
        #expect(failure("derive q * y wrt y at y = 1").contains("give q a value: at q = …"))
    }

    @Test(arguments: [
        ("derive x @ x wrt x", "cannot differentiate the matrix product @ symbolically; for tensors use explain"),
        ("derive sum(x) wrt x", "cannot differentiate sum symbolically"),
        ("derive x * y", "say which variable to differentiate by: derive x * y wrt x"),
        ("derive x^2 wrt 2", "wrt takes variable names"),
        ("derive x^2 wrt x at 3", "at takes name = value pairs"),
        ("derive x^2 wrt x at x = [1, 2]", "the value of x must be a number"),
        ("derive frob(x) wrt x", "unknown function 'frob'"),
        ("derive [x, 1] wrt x", "cannot differentiate a tensor literal"),
        ("derive x < 1 wrt x", "cannot differentiate the comparison"),
        ("derive relu wrt x", "relu is a builtin function: call it"),
    ])
    func clearErrors(_ source: String, _ message: String) {
        let text = failure(source)
        #expect(text.contains(message), "\(text)")
    }

    @Test func recursiveFunctionsAndHugeFormulasFailCleanly() {
        let session = Session()
        run("r(x) = r(x) + 1", in: session)
        #expect(failure("derive r(x) wrt x", in: session).contains("does it call itself"))
        run("g0(x) = x * sin(x)", in: session)
        for i in 1...12 { run("g\(i)(x) = g\(i - 1)(x) * g\(i - 1)(x)", in: session) }
        #expect(failure("derive g12(x) wrt x", in: session).contains("grows beyond"))
        // The session goes on.
        #expect(run("derive g0(x) wrt x", in: session).hasSuffix("= sin(x) + x·cos(x)"))
    }
}

struct DeriveReportTests {
    @Test func aDisagreementIsFlaggedNeverHidden() throws {
        let derivation = try Symbolic.Expr.apply(.sin, .symbol("x")).derivation(with: "x")
        let report = DeriveReport(settings: Settings(), derivation: derivation)
        let wrong = DeriveCheck(symbolic: 0.5, autograd: 0.4, centralDifference: 0.4, step: 1e-6)
        let text = report.check(wrong, point: [("x", 1)]).map(\.text).joined(separator: "\n")
        #expect(text.contains("DISAGREE: the symbolic derivative and autograd differ"))
        #expect(text.contains("  symbolic            0.5\n  autograd            0.4"))
        let rough = DeriveCheck(symbolic: 0.5, autograd: 0.5, centralDifference: 0.6, step: 1e-6)
        #expect(report.check(rough, point: [("x", 1)]).map(\.text).joined().contains("the central difference does not"))
    }

    @Test func helpShowsSignatureFormulaAndARunExample() {
        let text = run(":help derive")
        #expect(text.contains("derive EXPR wrt x[, y, …] [at x = v, w = u, …]"))
        #expect(text.contains("chain rule: d/dx f(u(x)) = f′(u)·du/dx"))
        #expect(text.contains("d/dx[x²·sin(x)] = 2·x·sin(x) + x²·cos(x)"))
    }
}

struct DeriveEdgeTests {
    @Test func undefinedPointsSaySoRatherThanDisagree() {
        let text = run("derive sqrt(x) wrt x at x = -1")
        #expect(
            text.contains(
                "the derivative is nan here in floating point: the formula is undefined, infinite or overflows at this point"
            ))
        #expect(!text.contains("DISAGREE"))
    }

    @Test func eToThePowerIsTheExponential() {
        #expect(run("derive e^(2 * x) wrt x").hasSuffix("d/dx[exp(2·x)] = 2·exp(2·x)"))
        let session = Session()
        run("e = 3", in: session)
        #expect(run("derive e^x wrt x", in: session).hasSuffix("d/dx[e^x] = e^x·log(e)"))
    }
}
