/// Writes expressions as the lecture notes would, in Unicode (`2·x·cos(x²)`, `σ(x)`, `∂/∂w[…]`),
/// or in plain ASCII that reads back as gradbook syntax (`2*x*cos(x^2)`, `sigmoid(x)`).
/// Numbers are written by the caller's formatter, so that they match the rest of the output.
public struct ExprPrinter: Sendable {
    public var ascii: Bool
    /// Writes ∂/∂x rather than d/dx for derivative placeholders.
    public var partial: Bool
    public var numberText: @Sendable (Double) -> String

    public init(ascii: Bool = false, partial: Bool = false, numberText: @escaping @Sendable (Double) -> String) {
        self.ascii = ascii
        self.partial = partial
        self.numberText = numberText
    }

    public func string(_ e: Expr) -> String { text(e).text }

    /// `d/dx` or `∂/∂x` (ASCII: `d/dx` either way).
    public func operatorText(_ variable: String) -> String {
        ascii || !partial ? "d/d\(variable)" : "∂/∂\(variable)"
    }

    /// Binding strength, loosest first.
    private enum Level: Int, Comparable {
        case sum = 1
        case product, negation, power, atom
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    private func wrap(_ e: Expr, atLeast level: Level) -> String {
        let (string, own) = text(e)
        return own < level ? "(\(string))" : string
    }

    private var times: String { ascii ? "*" : "·" }
    private var minus: String { ascii ? "-" : "−" }

    private func text(_ e: Expr) -> (text: String, level: Level) {
        switch e {
        case let .number(x):
            let written = numberText(x)
            guard written.hasPrefix("-") else { return (written, .atom) }
            return (minus + written.dropFirst(), .negation)
        case let .symbol(name): return (symbolText(name), .atom)
        case let .negate(a): return (minus + wrap(a, atLeast: .product), .negation)
        case let .add(a, b): return (wrap(a, atLeast: .sum) + " + " + wrap(b, atLeast: .product), .sum)
        case let .subtract(a, b): return (wrap(a, atLeast: .sum) + " \(minus) " + wrap(b, atLeast: .product), .sum)
        case let .multiply(a, b): return (wrap(a, atLeast: .product) + times + wrap(b, atLeast: .power), .product)
        case let .divide(a, b): return (wrap(a, atLeast: .product) + "/" + wrap(b, atLeast: .power), .product)
        case let .power(a, b): return (power(a, b), .power)
        case let .apply(f, a): return (function(f, a), .atom)
        case let .call(name, arguments, _):
            return (name + "(" + arguments.map(string).joined(separator: ", ") + ")", .atom)
        case let .piecewise(condition, then, otherwise):
            return ("(\(string(then)) if \(comparison(condition)) else \(string(otherwise)))", .atom)
        case let .derivative(a, variable): return (operatorText(variable) + "[" + string(a) + "]", .atom)
        }
    }

    /// A piecewise condition `c > 0`, with a threshold moved to the right: `x > 20`, not `x − 20 > 0`.
    private func comparison(_ condition: Expr) -> String {
        if case let .subtract(a, .number(k)) = condition { return "\(string(a)) > \(numberText(k))" }
        return "\(string(condition)) > 0"
    }

    private func symbolText(_ name: String) -> String {
        !ascii && name == "pi" ? "π" : name
    }

    private func power(_ base: Expr, _ exponent: Expr) -> String {
        if !ascii, let k = exponent.numberValue, let superscript = ExprPrinter.superscript(k) {
            // tanh²(x), as the notes write powers of the trigonometric-like functions.
            if case let .apply(f, a) = base, k > 1, [.tanh, .sin, .cos].contains(f) {
                return f.name + superscript + "(" + string(a) + ")"
            }
            return wrap(base, atLeast: .atom) + superscript
        }
        return wrap(base, atLeast: .atom) + "^" + wrap(exponent, atLeast: .atom)
    }

    private func function(_ f: ElementaryFunction, _ a: Expr) -> String {
        let argument = string(a)
        if !ascii {
            if f == .sigmoid { return "σ(\(argument))" }
            if f == .sqrt {
                switch a {
                case .symbol, .number: return "√" + argument
                default: break
                }
                return "√(\(argument))"
            }
        }
        if let parameter = f.parameter, ElementaryFunction.named(f.name) != f {
            return "\(f.name)(\(argument), \(numberText(parameter.value)))"
        }
        return "\(f.name)(\(argument))"
    }

    /// ², ⁻¹, ¹⁰ for whole exponents; nil for others.
    static func superscript(_ k: Double) -> String? {
        guard k == k.rounded(), Swift.abs(k) < 1000 else { return nil }
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let whole = Int(k)
        let text = String(Swift.abs(whole)).map { digits[$0.wholeNumberValue ?? 0] }
        return (whole < 0 ? "⁻" : "") + String(text)
    }
}
