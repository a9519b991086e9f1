/// A loss defined in the session (`L(s, y) = hinge(s, y) + 1e-4 * l2(net)`) written with torch
/// functions, for the losses, penalties and elementwise functions that have one; anything else
/// is refused by name, so that the script never computes something else than gradbook did.
struct LossTranslation {
    /// The Python names of the function's two parameters: the scores and the targets.
    let scores = "out"
    let targets = "yb"
    let definition: FunctionDefinition
    /// The session names that stand for the network being trained, and its name in the script.
    let networkNames: [String]
    let network: String

    /// Elementwise functions torch has under the same name.
    static let elementwise = ["relu", "tanh", "sigmoid", "exp", "log", "abs", "sqrt"]

    /// The loss as a Python expression, or what in it has no torch text.
    func text() -> Result<String, TorchText.Unsupported> {
        Result {
            let text = try translate(definition.body, depth: 0)
            // The outermost operation needs no brackets of its own.
            switch definition.body.kind {
            case .binary, .unary: return String(text.dropFirst().dropLast())
            default: return text
            }
        }.mapError { $0 as? TorchText.Unsupported ?? TorchText.Unsupported("\($0)") }
    }

    /// Deeper expressions than this are refused rather than walked (the parser bounds them too).
    private static let maximumDepth = 64

    private func translate(_ expression: Expression, depth: Int) throws -> String {
        guard depth < Self.maximumDepth else { throw TorchText.Unsupported("an expression nested this deep") }
        func inner(_ e: Expression) throws -> String { try translate(e, depth: depth + 1) }
        switch expression.kind {
        case let .number(x):
            return TorchText.number(x)
        case let .name(name):
            if name == definition.parameters.first { return scores }
            if name == definition.parameters.last, definition.parameters.count == 2 { return targets }
            if networkNames.contains(name) { return network }
            throw TorchText.Unsupported("the name \(name)")
        case let .unary(op, operand):
            return "(\(op == .negate ? "-" : "+")\(try inner(operand)))"
        case let .binary(op, lhs, rhs):
            let symbol: String
            switch op {
            case .add, .subtract, .multiply, .divide, .matmul: symbol = op.rawValue
            case .power: symbol = "**"
            default: throw TorchText.Unsupported("the comparison \(op.rawValue)")
            }
            return "(\(try inner(lhs)) \(symbol) \(try inner(rhs)))"
        case let .call(name, arguments) where arguments.allSatisfy { $0.label == nil }:
            let values = try arguments.map { try inner($0.value) }
            return try call(name, values)
        default:
            throw TorchText.Unsupported(expression.description)
        }
    }

    private func call(_ name: String, _ a: [String]) throws -> String {
        switch (name, a.count) {
        case ("hinge", 2): return "torch.relu(1 - \(a[1]) * \(a[0]).reshape(\(a[1]).shape)).mean()"
        case ("mse", 2): return "F.mse_loss(\(a[0]).reshape(\(a[1]).shape), \(a[1]))"
        case ("bce", 2): return "F.binary_cross_entropy(\(a[0]).reshape(\(a[1]).shape), \(a[1]))"
        case ("bce_with_logits", 2): return "F.binary_cross_entropy_with_logits(\(a[0]).reshape(\(a[1]).shape), \(a[1]))"
        case ("cross_entropy", 2): return "F.cross_entropy(\(a[0]), \(a[1]).long())"
        // gradbook adds the parameters' terms in order, as Python's sum does.
        case ("l2", 1) where a[0] == network: return "sum((p ** 2).sum() for p in \(network).parameters())"
        case ("l1", 1) where a[0] == network: return "sum(p.abs().sum() for p in \(network).parameters())"
        case ("mean", 1), ("sum", 1): return "\(a[0]).\(name)()"
        case let (function, 1) where Self.elementwise.contains(function): return "torch.\(function)(\(a[0]))"
        default: throw TorchText.Unsupported("\(name)(…)")
        }
    }
}
