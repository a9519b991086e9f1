import Notebook

/// Lesson output made to fit the learner's terminal: a line wider than the width is broken
/// between terms or words (``FormulaWrap``), its continuation indented four columns deeper
/// than the line, never inside a word; under `--ascii` every other character is spelled in
/// ASCII.
enum OutputFit {
    static func fit(_ outputs: [Output], width: Int, ascii: Bool) -> [Output] {
        outputs.flatMap { output in
            output.lines.flatMap { line in
                FormulaWrap.lines(ascii ? spelledInASCII(line) : line, width: width).map { Output($0, output.style) }
            }
        }
    }

    /// Unicode the lessons and the notebook print, in ASCII: `∂a/∂w₁₁` as `da/dw11`, `σ²` as
    /// `sigma^2`; anything else unknown as `?`.
    static func spelledInASCII(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        var result = ""
        var superscript = ""
        func endSuperscript() {
            guard !superscript.isEmpty else { return }
            result += superscript.count == 1 ? "^" + superscript : "^(" + superscript + ")"
            superscript = ""
        }
        for scalar in text.unicodeScalars {
            if let raised = superscripts[scalar] {
                superscript.append(raised)
                continue
            }
            endSuperscript()
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if let lowered = subscripts[scalar] {
                result.append(lowered)
            } else if (0x300...0x36F).contains(scalar.value) {
                result += scalar.value == 0x302 ? "^" : ""  // x̂ reads x^; other accents drop
            } else {
                result += words[scalar] ?? "?"
            }
        }
        endSuperscript()
        return result
    }

    private static let superscripts: [Unicode.Scalar: Character] = Dictionary(
        uniqueKeysWithValues: zip(
            "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵗᵀᵏˡᴸ".unicodeScalars, "0123456789+-=()nitTklL"))
    private static let subscripts: [Unicode.Scalar: Character] = Dictionary(
        uniqueKeysWithValues: zip(
            "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ".unicodeScalars, "0123456789+-=()aeoxhklmnpstijruv"))
    private static let words: [Unicode.Scalar: String] = [
        "∂": "d", "·": "*", "−": "-", "…": "...", "⋯": "...", "×": "x", "→": "->", "←": "<-", "⇒": "=>", "≈": "~",
        "≤": "<=", "≥": ">=", "≠": "!=", "±": "+-", "√": "sqrt", "′": "'", "″": "''", "‖": "||", "∘": "o", "∞": "inf",
        "∈": "in", "∇": "grad ", "Σ": "sum ", "Π": "prod ", "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta",
        "Δ": "Delta", "ε": "eps", "η": "eta", "θ": "theta", "λ": "lambda", "μ": "mu", "ρ": "rho", "σ": "sigma",
        "π": "pi", "ψ": "psi", "ω": "omega", "✓": "[ok]", "✗": "[x]", "✎": "", "—": "--", "–": "-", "‘": "'",
        "’": "'", "“": "\"", "”": "\"", "•": "-", "│": "|", "─": "-", "\u{00A0}": " ", "κ": "kappa", "½": "1/2",
    ]
}
