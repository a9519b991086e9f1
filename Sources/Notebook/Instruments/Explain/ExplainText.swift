import Tensors
import Autograd

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
        return Shape.describe(tensor.shape) + " " + Renderer(settings: settings).preview(.constant(tensor), width: width)
    }

    /// `line` as the session prints it: cut to the line width, and transliterated to ASCII when
    /// the session is in ASCII mode.
    func finish(_ line: String, cut: Bool = false) -> String {
        var text = settings.ascii ? InstrumentText.ascii(line) : line
        if cut, text.count > settings.width {
            text = String(text.prefix(Swift.max(settings.width - settings.ellipsis.count, 1))) + settings.ellipsis
        }
        return text
    }

    /// ASCII stand-ins for the symbols of formulas, trees and tables; anything else outside
    /// ASCII (a name typed in another script) becomes `?`, so the promise holds for any input.
    static func ascii(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isASCII { result.append(character); continue }
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
