import Testing

@testable import Notebook

/// `f'(x)`: derivatives of named functions and builtins, usable wherever an expression is.
struct DerivePrimeCallTests {
    @Test func derivativeOfANamedFunction() {
        let session = Session()
        run("f(x) = x^2 * sin(x)", in: session)
        // f′(2) = 2·2·sin 2 + 4·cos 2; f″(1) = 2 sin 1 + 4 cos 1 − sin 1.
        #expect(run("f'(2)", in: session) == "1.9726")
        #expect(run("f''(1)", in: session) == "3.00268")
        run("g(x) = f'(x) * 2", in: session)
        #expect(run("g(2)", in: session) == "3.9452")
    }

    @Test func elementwiseOnATensorForPlots() {
        // σ′ = σ(1 − σ): 0.25 at 0, 0.104994 at ±2.
        #expect(run("sigmoid'(linspace(-2, 2, 5))") == "[0.104994, 0.196612, 0.25, 0.196612, 0.104994]")
        #expect(run("tanh'([0, 1])") == "[1, 0.419974]")
        #expect(run("leaky_relu'([-1, 0, 1], 0.1)") == "[0.1, 0.1, 1]")
        #expect(run("relu'([-1, 0, 1])") == "[0, 0, 1]")
        #expect(run("elu'([-1, 0, 1], alpha = 2)") == "[0.735759, 2, 1]")
    }

    @Test func aConstantDerivativeTakesTheArgumentsShape() {
        let session = Session()
        run("f(x) = 3*x - 1; g(x) = x^2 + 4*x", in: session)
        #expect(run("f'([1, 2, 3])", in: session) == "[3, 3, 3]")
        #expect(run("sum(f'([1, 2, 3]))", in: session) == "9")
        #expect(run("g''([[1, 2], [3, 4]])", in: session) == "[[2, 2],\n [2, 2]]")
        #expect(run("relu''([-1, 2])", in: session) == "[0, 0]")
        #expect(run("f'(5)", in: session) == "3", "a number stays a number")
    }

    @Test func softplusDerivativesAgreeWithBackwardAboveTheThreshold() {
        let session = Session()
        run("x = [19, 20, 21, 30]; backward sum(softplus(x))", in: session)
        #expect(run("x.grad - 1", in: session) == "[-5.6028e-09, -2.06115e-09, 0, 0]")
        #expect(run("softplus'(x) - 1", in: session) == "[-5.6028e-09, -2.06115e-09, 0, 0]")
        #expect(run("softplus''([21, 30])", in: session) == "[0, 0]")
    }

    @Test func freeNamesComeFromTheSessionAndTheResultIsDifferentiable() {
        let session = Session()
        run("w = 3; f(x) = w * x^3; x = 2", in: session)
        #expect(run("f'(x)", in: session) == "36")
        // Autograd through the symbolic derivative gives the second derivative: 6·w·x = 36.
        run("y = f'(x); backward y", in: session)
        #expect(run("grad x", in: session) == "36")
    }

    @Test(arguments: [
        ("h'(2)", "h' needs a function named h"),
        ("f2(a, b) = a * b\nf2'(1)", "f2' is the derivative of a function of one variable"),
        ("sigmoid'()", "sigmoid' needs the point"),
        ("sin'(1, 2)", "sin' takes the point"),
        ("v = 2\nv'(1)", "v is a number, not a function"),
    ])
    func clearErrors(_ source: String, _ message: String) {
        let text = failure(source)
        #expect(text.contains(message), "\(text)")
    }

    @Test func aDefinitionNamedWithAPrimeWins() {
        let session = Session()
        run("f(x) = x^2; f'(x) = 100", in: session)
        #expect(run("f'(3)", in: session) == "100")
    }
}
