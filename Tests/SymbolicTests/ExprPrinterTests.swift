import Testing

@testable import Symbolic

struct ExprPrinterTests {
    @Test(
        arguments: [
            (x - (y - 1), "x − (y − 1)", "x - (y - 1)"),
            ((x + y) * (x - y), "(x + y)·(x − y)", "(x + y)*(x - y)"),
            (x / (y * 2), "x/(y·2)", "x/(y*2)"),
            ((-x) ^^ 2, "(−x)²", "(-x)^2"),
            (x ^^ (y + 1), "x^(y + 1)", "x^(y + 1)"),
            (Expr.number(-2) ^^ 3, "(−2)³", "(-2)^3"),
            (f(.sqrt, x + 1), "√(x + 1)", "sqrt(x + 1)"),
            (f(.leakyRelu(slope: 0.2), x), "leaky_relu(x, 0.2)", "leaky_relu(x, 0.2)"),
            (f(.leakyRelu(slope: 0.01), x), "leaky_relu(x)", "leaky_relu(x)"),
            (f(.sin, x) ^^ 2, "sin²(x)", "sin(x)^2"),
            (f(.sigmoid, x) ^^ 2, "σ(x)²", "sigmoid(x)^2"),
            (Expr.symbol("pi") * x, "π·x", "pi*x"),
            (x ^^ -1, "x⁻¹", "x^(-1)"),
            (x ^^ 12, "x¹²", "x^12"),
        ] as [(Expr, String, String)])
    func parenthesesOnlyWhereNeeded(_ e: Expr, _ expectedUnicode: String, _ expectedASCII: String) {
        #expect(unicode.string(e) == expectedUnicode)
        #expect(ascii.string(e) == expectedASCII)
    }

    @Test func derivativePlaceholders() {
        let partial = ExprPrinter(partial: true, numberText: shortNumber)
        #expect(partial.string(.derivative(x * y, variable: "y")) == "∂/∂y[x·y]")
        #expect(unicode.string(.derivative(x * y, variable: "y")) == "d/dy[x·y]")
        #expect(
            ExprPrinter(ascii: true, partial: true, numberText: shortNumber).string(.derivative(x, variable: "x"))
                == "d/dx[x]")
    }
}
