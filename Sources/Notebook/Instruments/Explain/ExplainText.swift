import Autograd
import Tensors

/// How the instruments (`explain`, `gradcheck`, the graph picture) write numbers, tensors and
/// symbols: through the session's one number format, and in pure ASCII when the session asks.
struct InstrumentText {
    let settings: Settings

    func number(_ x: Double) -> String { settings.numberFormat.string(x) }

    /// A number as an operand inside arithmetic: `(-3)` rather than `× -3`.
    func operand(_ x: Double) -> String { x < 0 ? "(\(number(x)))" : number(x) }

    /// A relative error: two significant digits say all there is to say about it.
    func error(_ x: Double) -> String { NumberFormat(significantDigits: 2).string(x) }

    /// A value in a few characters: the number itself for a rank-0 tensor, otherwise the shape
    /// and the first elements (`(4, 16) [[0.1, 0.3, …`).
    func summary(_ tensor: Tensor, width: Int = 36) -> String {
        if tensor.rank == 0, let x = tensor.scalars.first { return number(x) }
        return Shape.describe(tensor.shape) + " "
            + Renderer(settings: settings).preview(.constant(tensor), width: width)
    }

    /// What a line too wide for the session's width does.
    enum Fit {
        /// Breaks between terms, the rest indented (``FormulaWrap``): a line of formulas.
        case formula
        /// Breaks between words, the rest indented two columns: a sentence.
        case prose
        /// Is cut with an ellipsis: a line of a drawing, which a break would tear apart.
        case cut
        /// Stays as it is: a line already laid out to the width (a table's).
        case asIs
    }

    /// `line` as the session prints it: transliterated to ASCII when the session is in ASCII
    /// mode, and fitted to the line width (several lines, joined by newlines, when it wraps).
    func finish(_ line: String, _ fit: Fit = .formula) -> String {
        let text = settings.ascii ? InstrumentText.ascii(line) : line
        switch fit {
        case .formula: return FormulaWrap.lines(text, width: settings.width).joined(separator: "\n")
        case .prose: return TextWrap.lines(text, width: settings.width, rest: "  ").joined(separator: "\n")
        case .cut: return TextWrap.cut(text, width: settings.width, ellipsis: settings.ellipsis)
        case .asIs: return text
        }
    }

    /// ASCII stand-ins for the symbols of formulas, trees and tables; anything else outside
    /// ASCII (a name typed in another script) becomes `?`, so the promise holds for any input.
    static func ascii(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isASCII {
                result.append(character)
                continue
            }
            result += asciiSymbols[character] ?? "?"
        }
        return result
    }

    private static let asciiSymbols: [Character: String] = [
        "−": "-", "·": "*", "×": "*", "⊙": "*", "²": "^2", "³": "^3", "⁻": "^-", "ᵃ": "a", "ᵀ": "^T",
        "√": "sqrt", "σ": "sigmoid", "Σ": "sum", "∂": "d", "ε": "eps", "→": "->", "←": "<-", "≈": "~",
        "≤": "<=", "≥": ">=", "…": "...", "✓": "ok", "✗": "x", "├": "|", "└": "`", "│": "|", "─": "-",
        "↑": "^", "′": "'",
    ]
}
