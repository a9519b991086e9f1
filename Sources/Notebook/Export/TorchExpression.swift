/// A gradbook expression written with torch functions, for the losses, penalties and
/// elementwise functions that have one; anything else is refused by name, so that the script
/// never computes something else than gradbook did. Used for a loss function of the session
/// (``LossTranslation``) and for the statements of a loop written by hand (``LoopTranslation``).
///
/// Brackets are written only where Python needs them to keep gradbook's tree: the order of a
/// sum is the order of its rounding, so `a + (b + c)` keeps its brackets.
struct TorchExpression {
    /// What a gradbook name stands for in the script.
    enum Name {
        /// A Python value (a tensor, a number): its Python text.
        case value(String)
        /// A network: its Python name, for `net(x)`, `l2(net)` and `l1(net)`.
        case network(String)
    }

    /// The script's meaning of a name; nil for a name the script has no value for.
    let resolve: (String) -> Name?

    /// Elementwise functions torch has under the same name.
    static let elementwise = ["relu", "tanh", "sigmoid", "exp", "log", "abs", "sqrt"]

    /// The expression as Python text, or what in it has no torch text.
    func text(_ expression: Expression) -> Result<String, TorchText.Unsupported> {
        Result { try translate(expression, depth: 0).text }.mapError {
            $0 as? TorchText.Unsupported ?? TorchText.Unsupported("\($0)")
        }
    }

    /// Deeper expressions than this are refused rather than walked (the parser bounds them too).
    private static let maximumDepth = 64

    /// Python's binding strength, loosest first; an atom (a name, a call) binds tightest.
    private enum Strength: Int, Comparable {
        case comparison, sum, product, sign, power, atom
        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    private func translate(_ expression: Expression, depth: Int) throws -> (text: String, strength: Strength) {
        guard depth < Self.maximumDepth else { throw TorchText.Unsupported("an expression nested this deep") }
        func inner(_ e: Expression) throws -> (text: String, strength: Strength) { try translate(e, depth: depth + 1) }
        func bracketed(_ part: (text: String, strength: Strength), below: Strength, orEqual: Bool = false) -> String {
            part.strength < below || (orEqual && part.strength == below) ? "(\(part.text))" : part.text
        }
        switch expression.kind {
        case let .number(x):
            return (TorchText.number(x), x.sign == .minus ? .sign : .atom)
        case let .name(name):
            switch resolve(name) {
            case let .value(text)?: return (text, .atom)
            case let .network(text)?: return (text, .atom)
            case nil: throw TorchText.Unsupported("the name \(name)")
            }
        case let .unary(op, operand):
            return ((op == .negate ? "-" : "+") + bracketed(try inner(operand), below: .sign), .sign)
        case let .binary(op, lhs, rhs):
            let (symbol, strength) = try Self.symbol(op)
            let left = try inner(lhs)
            let right = try inner(rhs)
            if strength == .power {
                // Python's ** binds its operands more tightly than its sign: brackets on anything but an atom.
                return ("\(bracketed(left, below: .atom)) ** \(bracketed(right, below: .atom))", .power)
            }
            return (
                "\(bracketed(left, below: strength)) \(symbol) \(bracketed(right, below: strength, orEqual: true))",
                strength
            )
        case let .call(name, arguments) where arguments.allSatisfy { $0.label == nil }:
            if case let .network(network)? = resolve(name), arguments.count == 1 {
                return ("\(network)(\(try inner(arguments[0].value).text))", .atom)
            }
            if ["l2", "l1"].contains(name), arguments.count == 1, case let .name(argument) = arguments[0].value.kind,
                case let .network(network)? = resolve(argument)
            {
                // gradbook adds the parameters' terms in order, as Python's sum does.
                return (
                    name == "l2"
                        ? "sum((p ** 2).sum() for p in \(network).parameters())"
                        : "sum(p.abs().sum() for p in \(network).parameters())", .atom
                )
            }
            let values = try arguments.map { try inner($0.value) }
            return (try Self.call(name, values.map(\.text), atoms: values.map { bracketed($0, below: .atom) }), .atom)
        default:
            throw TorchText.Unsupported(expression.description)
        }
    }

    private static func symbol(_ op: BinaryOperator) throws -> (String, Strength) {
        switch op {
        case .add, .subtract: return (op.rawValue, .sum)
        case .multiply, .divide, .matmul: return (op.rawValue, .product)
        case .power: return ("**", .power)
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual: return (op.rawValue, .comparison)
        }
    }

    /// A builtin's call, from its arguments' texts and the same bracketed where a method or an
    /// operator applies to them.
    private static func call(_ name: String, _ arguments: [String], atoms a: [String]) throws -> String {
        if a.count == 2, let builtin = TrainingLoss.BuiltinLoss(rawValue: name) {
            return loss(builtin, scores: a[0], targets: a[1])
        }
        switch (name, a.count) {
        case ("mean", 1), ("sum", 1): return "\(a[0]).\(name)()"
        case let (function, 1) where elementwise.contains(function): return "torch.\(function)(\(arguments[0]))"
        default: throw TorchText.Unsupported("\(name)(…)")
        }
    }

    /// A builtin loss of `scores` against `targets` (both atoms: names or bracketed) with torch
    /// functions, as PyTorch writes each.
    static func loss(_ loss: TrainingLoss.BuiltinLoss, scores s: String, targets y: String) -> String {
        switch loss {
        case .mse: "F.mse_loss(\(s).reshape(\(y).shape), \(y))"
        case .bce: "F.binary_cross_entropy(\(s).reshape(\(y).shape), \(y))"
        case .bceWithLogits: "F.binary_cross_entropy_with_logits(\(s).reshape(\(y).shape), \(y))"
        case .crossEntropy: "F.cross_entropy(\(s), \(y).long())"
        case .hinge: "torch.relu(1 - \(y) * \(s).reshape(\(y).shape)).mean()"
        }
    }
}
