import Testing

@testable import Lessons

@Suite struct ProseTests {
    @Test(arguments: [
        ("\\frac{\\partial a}{\\partial w_{11}}", "∂a/∂w₁₁", "da/dw11"),
        ("\\sigma(x)(1 - \\sigma(x))", "σ(x)(1 - σ(x))", "sigma(x)(1 - sigma(x))"),
        ("Var(y) = n \\cdot Var(w) \\cdot Var(x)", "Var(y) = n · Var(w) · Var(x)", "Var(y) = n * Var(w) * Var(x)"),
        ("w^t = w^{t-1} - \\eta \\nabla Q(w^{t-1})", "wᵗ = wᵗ⁻¹ - η∇Q(wᵗ⁻¹)", "w^t = w^(t-1) - eta grad Q(w^(t-1))"),
        (
            "\\hat{x} = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\varepsilon}}", "x̂ = (x - μ)/√(σ² + ε)",
            "x^ = (x - mu)/sqrt(sigma^2 + eps)"
        ),
        ("\\sum_{i=1}^{n} x_i", "Σᵢ₌₁ⁿ xᵢ", "sum i=1^n xi"),
        ("\\sqrt{n/(n-1)} \\sqrt{2}", "√(n/(n-1)) √2", "sqrt(n/(n-1)) sqrt(2)"),
        ("\\frac{\\delta a}{\\delta p_{11}}", "δa/δp₁₁", "(delta a)/(delta p11)"),
    ])
    func texBecomesReadableText(_ tex: String, _ unicode: String, _ ascii: String) {
        #expect(TeXText(ascii: false).render(tex) == unicode)
        #expect(TeXText(ascii: true).render(tex) == ascii)
    }

    @Test func paragraphsWrapAndListsHang() {
        let prose =
            "A **long** paragraph with words that will not fit on one line of twenty.\n\n- first item that wraps too\n- second"
        let lines = ProseRenderer(width: 20, ascii: false).render(prose).map(\.text)
        #expect(
            lines == [
                "A long paragraph",
                "with words that will",
                "not fit on one line",
                "of twenty.",
                "",
                "  • first item that",
                "    wraps too",
                "  • second",
            ])
    }

    @Test func displayMathsAndFencesStandApart() {
        let prose = "Before\n$$ a = b^2 $$\n```\nkept   as is\n```"
        #expect(
            ProseRenderer(width: 40, ascii: false).render(prose).map(\.text) == [
                "Before", "    a = b²", "    kept   as is",
            ])
    }
}
