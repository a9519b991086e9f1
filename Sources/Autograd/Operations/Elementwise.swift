import Tensors

extension Operation {
    public static let exp = unary("exp", "exp(a)", "exp(a)", { $0.exp() }) { _, out in out }
    public static let log = unary("log", "ln(a)", "1/a", { $0.log() }) { a, _ in a.map { 1 / $0 } }
    public static let sqrt = unary("sqrt", "√a", "1/(2·√a)", { $0.sqrt() }) { _, out in out.map { 1 / (2 * $0) } }
    public static let sin = unary("sin", "sin(a)", "cos(a)", { $0.sin() }) { a, _ in a.cos() }
    public static let cos = unary("cos", "cos(a)", "−sin(a)", { $0.cos() }) { a, _ in -a.sin() }
    public static let tanh = unary("tanh", "tanh(a)", "1 − tanh²(a)", { $0.tanh() }) { _, out in out.map { 1 - $0 * $0 } }
    public static let sigmoid = unary("sigmoid", "σ(a) = 1/(1 + exp(−a))", "σ(a)·(1 − σ(a))", { $0.sigmoid() }) { _, out in
        out.map { $0 * (1 - $0) }
    }

    /// log(1 + eᵃ), a smooth relu; a itself above 20, where PyTorch's softplus passes the gradient
    /// 1 instead of σ(a) (they differ by less than 3·10⁻⁹ there).
    public static let softplus = unary("softplus", "log(1 + exp(a))", "σ(a) (1 above 20)", { $0.softplus() }) { a, _ in
        a.map { $0 > Tensor.softplusThreshold ? 1 : 1 / (1 + Double.exp(-$0)) }
    }

    /// |a|; the derivative at 0 is taken as 0 (PyTorch's sign(0)).
    public static let abs = unary("abs", "|a|", "sign(a)", breakPoints: [0], { $0.abs() }) { a, _ in
        a.map { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 }
    }

    /// max(0, a); the derivative at 0 is taken as 0, as in PyTorch.
    public static let relu = unary("relu", "max(0, a)", "1 if a > 0 else 0", breakPoints: [0], { $0.relu() }) { a, _ in
        a.map { $0 > 0 ? 1 : 0 }
    }

    /// a for a > 0, slope·a otherwise; the derivative at 0 is `slope`, as in PyTorch.
    public static func leakyRelu(slope: Double) -> Operation {
        let s = formulaText(slope)
        return unary("leaky_relu", "a if a > 0 else \(s)·a", "1 if a > 0 else \(s)", breakPoints: [0],
                     { $0.leakyRelu(slope: slope) }) { a, _ in a.map { $0 > 0 ? 1 : slope } }
    }

    /// a for a > 0, alpha·(eᵃ − 1) otherwise; the derivative at 0 is `alpha`, as in PyTorch.
    public static func elu(alpha: Double) -> Operation {
        let al = formulaText(alpha)
        return unary("elu", "a if a > 0 else \(al)·(exp(a) − 1)", "1 if a > 0 else \(al)·exp(a)", breakPoints: [0],
                     { $0.elu(alpha: alpha) }) { a, _ in try a.exp().zip(a, op: "elu") { ea, x in x > 0 ? 1 : alpha * ea } }
    }

    /// a limited to [min, max]; gradient 1 strictly inside, 0 outside and at the bounds
    /// themselves (PyTorch's convention since 2.x; torch 1.x passed the gradient at the bounds).
    public static func clamp(min lower: Double?, max upper: Double?) -> Operation {
        let bounds = [lower.map { "min=\(formulaText($0))" }, upper.map { "max=\(formulaText($0))" }].compactMap { $0 }
        return unary("clamp", "clamp(a, \(bounds.joined(separator: ", ")))", "1 strictly inside the bounds, else 0",
                     breakPoints: [lower, upper].compactMap { $0 }, { $0.clamp(min: lower, max: upper) }) { a, _ in
            a.map { x in (lower.map { x > $0 } ?? true) && (upper.map { x < $0 } ?? true) ? 1 : 0 }
        }
    }

    /// An elementwise function of one input with its elementwise derivative.
    static func unary(_ name: String, _ formula: String, _ derivative: String, breakPoints: [Double] = [],
                      _ forward: @escaping @Sendable (Tensor) -> Tensor,
                      derivativeValue: @escaping @Sendable (_ input: Tensor, _ output: Tensor) throws -> Tensor) -> Operation {
        Operation(name: name, formula: formula, localDerivatives: [derivative], breakPoints: breakPoints,
                  forward: { forward($0[0]) },
                  gradient: .elementwise { inputs, output in [try derivativeValue(inputs[0], output)] })
    }
}

extension Variable {
    public func exp() throws -> Variable { try Variable.apply(.exp, to: [self]) }
    public func log() throws -> Variable { try Variable.apply(.log, to: [self]) }
    public func sqrt() throws -> Variable { try Variable.apply(.sqrt, to: [self]) }
    public func abs() throws -> Variable { try Variable.apply(.abs, to: [self]) }
    public func sin() throws -> Variable { try Variable.apply(.sin, to: [self]) }
    public func cos() throws -> Variable { try Variable.apply(.cos, to: [self]) }
    public func tanh() throws -> Variable { try Variable.apply(.tanh, to: [self]) }
    public func sigmoid() throws -> Variable { try Variable.apply(.sigmoid, to: [self]) }
    public func relu() throws -> Variable { try Variable.apply(.relu, to: [self]) }
    public func leakyRelu(slope: Double = 0.01) throws -> Variable { try Variable.apply(.leakyRelu(slope: slope), to: [self]) }
    public func elu(alpha: Double = 1) throws -> Variable { try Variable.apply(.elu(alpha: alpha), to: [self]) }
    public func softplus() throws -> Variable { try Variable.apply(.softplus, to: [self]) }
    public func clamp(min lower: Double?, max upper: Double?) throws -> Variable {
        try Variable.apply(.clamp(min: lower, max: upper), to: [self])
    }
}
