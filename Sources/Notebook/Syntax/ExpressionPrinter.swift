import Tensors

/// Writes an expression back as source text with only the parentheses it needs, so that a
/// function shows as `f(x) = x^2 * sin(x)` however it was typed.
extension Expression: CustomStringConvertible {
    public var description: String { text(NumberFormat(significantDigits: 17)) }

    /// The expression as source text, with numbers written by `format`.
    public func text(_ format: NumberFormat) -> String {
        switch kind {
        case let .number(value): return format.string(value)
        case let .string(text):
            return "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        case let .bool(value): return value ? "true" : "false"
        case let .name(name): return name
        case let .list(elements): return "[" + elements.map { $0.text(format) }.joined(separator: ", ") + "]"
        case let .unary(op, operand): return op.rawValue + operand.parenthesized(below: Precedence.unary, format)
        case let .binary(op, lhs, rhs):
            let level = Precedence.of(op)
            // Left-associative operators need parentheses on the right at the same level, and `^`
            // (right-associative) on the left.
            let leftMinimum = op == .power ? level + 1 : level
            let rightMinimum = op == .power ? Precedence.unary : level + 1
            let spaced = op == .power ? "^" : " \(op.rawValue) "
            return lhs.parenthesized(below: leftMinimum, format) + spaced
                + rhs.parenthesized(below: rightMinimum, format)
        case let .range(low, high):
            return low.parenthesized(below: Precedence.comparison, format) + ".."
                + high.parenthesized(below: Precedence.comparison, format)
        case let .call(name, arguments):
            return name + "("
                + arguments.map { ($0.label.map { "\($0) = " } ?? "") + $0.value.text(format) }.joined(separator: ", ")
                + ")"
        case let .index(base, items):
            return base.parenthesized(below: Precedence.postfix, format) + "["
                + items.map { $0.text(format) }.joined(separator: ", ") + "]"
        case let .attribute(base, name):
            return base.parenthesized(below: Precedence.postfix, format) + "." + name
        }
    }

    private var precedence: Int {
        switch kind {
        case .range: return Precedence.range
        case let .binary(op, _, _): return Precedence.of(op)
        case .unary: return Precedence.unary
        case .number(let value) where value < 0: return Precedence.unary
        default: return Precedence.postfix
        }
    }

    private func parenthesized(below minimum: Int, _ format: NumberFormat) -> String {
        precedence < minimum ? "(" + text(format) + ")" : text(format)
    }
}

extension IndexItem {
    func text(_ format: NumberFormat) -> String {
        switch self {
        case let .single(expression): return expression.text(format)
        case let .slice(start, end, step):
            var result = (start?.text(format) ?? "") + ":" + (end?.text(format) ?? "")
            if let step { result += ":" + step.text(format) }
            return result
        }
    }
}

/// Binding strength of each operator, loosest first (the parser's levels).
enum Precedence {
    static let range = 0, comparison = 1, additive = 2, multiplicative = 3, unary = 4, power = 5, postfix = 6

    static func of(_ op: BinaryOperator) -> Int {
        switch op {
        case .add, .subtract: return additive
        case .multiply, .divide, .matmul: return multiplicative
        case .power: return power
        default: return comparison
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
