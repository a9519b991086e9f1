import Testing

@testable import Symbolic

/// The steps name the rule the written form calls for, outer rule first.
struct DerivationStepTests {
    func steps(_ formula: Expr, _ variable: String = "x") throws -> [String] {
        let printer = ExprPrinter(partial: variable != "x", numberText: shortNumber)
        return try formula.derivation(with: variable).steps.map { step in
            "\(step.rule): \(printer.string(.derivative(step.expression, variable: variable))) = \(printer.string(step.rewrite))"
        }
    }

    @Test func chainRuleThenPowerRule() throws {
        #expect(
            try steps(f(.sin, x ^^ 2)) == [
                "function(Symbolic.ElementaryFunction.sin, chain: true): d/dx[sin(x²)] = cos(x²)·d/dx[x²]",
                "power(chain: false): d/dx[x²] = 2·x",
            ])
    }

    @Test func productRuleHasOneTermPerVaryingFactor() throws {
        #expect(
            try steps(x * f(.exp, x) * f(.sin, x)) == [
                "product: d/dx[x·exp(x)·sin(x)] = exp(x)·sin(x) + x·d/dx[exp(x)]·sin(x) + x·exp(x)·d/dx[sin(x)]",
                "function(Symbolic.ElementaryFunction.exp, chain: false): d/dx[exp(x)] = exp(x)",
                "function(Symbolic.ElementaryFunction.sin, chain: false): d/dx[sin(x)] = cos(x)",
            ])
    }

    @Test func quotientRuleAndConstantTerms() throws {
        #expect(
            try steps((x + 1) / (x ^^ 2) + 5) == [
                "sum: d/dx[(x + 1)/x² + 5] = d/dx[(x + 1)/x²]",
                "quotient: d/dx[(x + 1)/x²] = (d/dx[x + 1]·x² − (x + 1)·d/dx[x²])/(x²)²",
                "sum: d/dx[x + 1] = 1",
                "power(chain: false): d/dx[x²] = 2·x",
            ])
    }

    @Test func wholeConstantsAndTheVariableItselfStillShowARule() throws {
        #expect(try steps(.symbol("w") * 3) == ["constant: d/dx[w·3] = 0"])
        #expect(try steps(x) == ["identity: d/dx[x] = 1"])
    }

    @Test func namedFunctionsAreExpandedAndPartialsUseTheRoundD() throws {
        let g = Expr.call(name: "g", arguments: [y], body: f(.tanh, .symbol("w") * y))
        #expect(
            try steps(g, "w") == [
                "definition(\"g\"): ∂/∂w[g(y)] = ∂/∂w[tanh(w·y)]",
                "function(Symbolic.ElementaryFunction.tanh, chain: true): ∂/∂w[tanh(w·y)] = (1 − tanh²(w·y))·∂/∂w[w·y]",
                "constantFactor: ∂/∂w[w·y] = y",
            ])
        // The body's own form comes back as the call: 1 − g(y)², as the notes write h′ = 1 − h².
        #expect(unicode.string(try g.derivative(with: "w")) == "y·(1 − g(y)²)")
    }
}
