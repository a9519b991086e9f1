import Functions
import Tensors

extension Operation {
    public static let exp = unary("exp", "exp(a)", "exp(a)", { $0.exp() }) { _, out in out }
    public static let log = unary("log", "ln(a)", "1/a", { $0.log() }) { a, _ in a.map { 1 / $0 } }
    public static let sqrt = unary("sqrt", "√a", "1/(2·√a)", { $0.sqrt() }) { _, out in out.map { 1 / (2 * $0) } }
    public static let sin = unary("sin", "sin(a)", "cos(a)", { $0.sin() }) { a, _ in a.cos() }
    public static let cos = unary("cos", "cos(a)", "−sin(a)", { $0.cos() }) { a, _ in -a.sin() }

    /// |a|; the derivative at 0 is taken as 0 (PyTorch's sign(0)).
    public static let abs = unary("abs", "|a|", "sign(a)", breakPoints: [0], { $0.abs() }) { a, _ in
        a.map { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 }
    }

    /// A registered elementwise function (every activation): its kernel, its derivative as
    /// PyTorch's backward computes it, and its texts for `explain`, all from the registry.
    public static func elementwise(_ f: ElementwiseFunction) -> Operation {
        var formula = f.graphFormula
        var derivative = f.graphDerivative
        if let parameter = f.parameter {
            formula = formula.replacing(parameter.name, with: formulaText(parameter.value))
            derivative = derivative.replacing(parameter.name, with: formulaText(parameter.value))
        }
        return unary(
            f.name, formula, derivative, breakPoints: f.breakPoints, { $0.applying(f) },
            derivativeValue: { a, out in a.derivative(of: f, output: out) },
            chained: { a, out, g in a.derivative(of: f, output: out, times: g) })
    }

    /// a limited to [min, max]; gradient 1 strictly inside, 0 outside and at the bounds
    /// themselves (PyTorch's convention since 2.x; torch 1.x passed the gradient at the bounds).
    public static func clamp(min lower: Double?, max upper: Double?) -> Operation {
        let bounds = [lower.map { "min=\(formulaText($0))" }, upper.map { "max=\(formulaText($0))" }].compactMap { $0 }
        return unary(
            "clamp", "clamp(a, \(bounds.joined(separator: ", ")))", "1 strictly inside the bounds, else 0",
            breakPoints: [lower, upper].compactMap { $0 }, { $0.clamp(min: lower, max: upper) }
        ) { a, _ in
            a.map { x in (lower.map { x > $0 } ?? true) && (upper.map { x < $0 } ?? true) ? 1 : 0 }
        }
    }

    /// An elementwise function of one input with its elementwise derivative.
    static func unary(
        _ name: String, _ formula: String, _ derivative: String, breakPoints: [Double] = [],
        _ forward: @escaping @Sendable (Tensor) -> Tensor,
        derivativeValue: @escaping @Sendable (_ input: Tensor, _ output: Tensor) throws -> Tensor,
        chained: (@Sendable (_ input: Tensor, _ output: Tensor, _ upstream: Tensor) -> Tensor)? = nil
    ) -> Operation {
        Operation(
            name: name, formula: formula, localDerivatives: [derivative], breakPoints: breakPoints,
            forward: { forward($0[0]) },
            gradient: .elementwise { inputs, output in [try derivativeValue(inputs[0], output)] },
            chainedGradient: chained)
    }
}

extension Variable {
    public func exp() throws -> Variable { try Variable.apply(.exp, to: [self]) }
    public func log() throws -> Variable { try Variable.apply(.log, to: [self]) }
    public func sqrt() throws -> Variable { try Variable.apply(.sqrt, to: [self]) }
    public func abs() throws -> Variable { try Variable.apply(.abs, to: [self]) }
    public func sin() throws -> Variable { try Variable.apply(.sin, to: [self]) }
    public func cos() throws -> Variable { try Variable.apply(.cos, to: [self]) }
    /// A registered elementwise function of this variable (`x.applying(.gelu)`).
    public func applying(_ f: ElementwiseFunction) throws -> Variable {
        try Variable.apply(.elementwise(f), to: [self])
    }
    public func tanh() throws -> Variable { try applying(.tanh) }
    public func sigmoid() throws -> Variable { try applying(.sigmoid) }
    public func relu() throws -> Variable { try applying(.relu) }
    public func leakyRelu(slope: Double = 0.01) throws -> Variable {
        try applying(ElementwiseFunction.leakyRelu.with(parameter: slope))
    }
    public func elu(alpha: Double = 1) throws -> Variable {
        try applying(ElementwiseFunction.elu.with(parameter: alpha))
    }
    public func softplus() throws -> Variable { try applying(.softplus) }
    public func clamp(min lower: Double?, max upper: Double?) throws -> Variable {
        try Variable.apply(.clamp(min: lower, max: upper), to: [self])
    }
}
