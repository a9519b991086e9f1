import Functions
import RealModule

/// The functions of one argument that `derive` knows a rule for: the few of plain maths that
/// Symbolic itself defines, and every registered elementwise function (the activations, erf),
/// whose value and derivative come from the registry (``Functions/ElementwiseFunction``).
public enum ElementaryFunction: Sendable, Equatable {
    case exp, log, sqrt, sin, cos, abs, sign
    /// A function of the registry, with its parameter set (leaky_relu's slope).
    case registered(ElementwiseFunction)

    public static let tanh = registered(.tanh)
    public static let sigmoid = registered(.sigmoid)
    public static let relu = registered(.relu)
    public static let softplus = registered(.softplus)
    public static func leakyRelu(slope: Double) -> ElementaryFunction {
        .registered(ElementwiseFunction.leakyRelu.with(parameter: slope))
    }
    public static func elu(alpha: Double) -> ElementaryFunction {
        .registered(ElementwiseFunction.elu.with(parameter: alpha))
    }

    /// Every function, the parameterised ones with PyTorch's defaults.
    public static let all: [ElementaryFunction] =
        [.exp, .log, .sqrt, .sin, .cos, .abs, .sign] + ElementwiseFunction.all.map(registered)

    /// The name in the command language (`leaky_relu`).
    public var name: String {
        switch self {
        case .exp: "exp"
        case .log: "log"
        case .sqrt: "sqrt"
        case .sin: "sin"
        case .cos: "cos"
        case .abs: "abs"
        case .sign: "sign"
        case let .registered(f): f.name
        }
    }

    /// The parameter after the argument, with its name, for the parameterised functions.
    public var parameter: (name: String, value: Double)? {
        guard case let .registered(f) = self, let parameter = f.parameter else { return nil }
        return (parameter.name, parameter.value)
    }

    /// The function of this name, with `parameter` for one that takes it (leaky_relu's slope;
    /// PyTorch's default when nil).
    public static func named(_ name: String, parameter: Double? = nil) -> ElementaryFunction? {
        if let f = ElementwiseFunction.named(name, parameter: parameter) { return .registered(f) }
        return all.first { $0.name == name && $0.parameter == nil }
    }

    /// The value at `x`, computed as PyTorch computes it (the registered functions by their
    /// own kernels, the very ones tensors use).
    public func value(_ x: Double) -> Double {
        switch self {
        case .exp: return Double.exp(x)
        case .log: return Double.log(x)
        case .sqrt: return x.squareRoot()
        case .sin: return Double.sin(x)
        case .cos: return Double.cos(x)
        case .abs: return Swift.abs(x)
        case .sign: return x > 0 ? 1 : x < 0 ? -1 : x.isNaN ? x : 0
        case let .registered(f): return f.value(x)
        }
    }

    /// The derivative f′(u), written in terms of `u`.
    public func derivative(at u: Expr) -> Expr {
        switch self {
        case .exp: return .apply(.exp, u)
        case .log: return .divide(.number(1), u)
        case .sqrt: return .divide(.number(1), .multiply(.number(2), .apply(.sqrt, u)))
        case .sin: return .apply(.cos, u)
        case .cos: return .negate(.apply(.sin, u))
        case .abs: return .apply(.sign, u)
        case .sign: return .number(0)
        case let .registered(f):
            return ElementaryFunction.expression(f.derivativeFormula, u: u, parameter: f.parameter?.value)
        }
    }

    /// A registry formula as an expression in `u`.
    static func expression(_ formula: Formula, u: Expr, parameter: Double?) -> Expr {
        func e(_ formula: Formula) -> Expr { expression(formula, u: u, parameter: parameter) }
        switch formula {
        case .input: return u
        case .parameter: return .number(parameter ?? .nan)
        case let .number(x): return .number(x)
        case let .constant(name): return .symbol(name)
        case let .negate(a): return .negate(e(a))
        case let .add(a, b): return .add(e(a), e(b))
        case let .subtract(a, b): return .subtract(e(a), e(b))
        case let .multiply(a, b):
            // A parameter of 1 (elu's default alpha) leaves the rule as the notes write it: exp(u).
            let (x, y) = (e(a), e(b))
            return x == .number(1) ? y : y == .number(1) ? x : .multiply(x, y)
        case let .divide(a, b): return .divide(e(a), e(b))
        case let .power(a, b): return .power(e(a), e(b))
        case let .apply(name, a):
            // Every name a registered formula uses is known: RegistryConsistencyTests checks it.
            guard let f = named(name) else { return .number(.nan) }
            return .apply(f, e(a))
        case let .ifPositive(condition, then, otherwise):
            return .piecewise(condition: e(condition), then: e(then), otherwise: e(otherwise))
        }
    }

    /// Above this, softplus(x) is taken as x (PyTorch's `threshold=20` with `beta=1`).
    public static let softplusThreshold = ElementwiseFunction.softplusThreshold

    /// For a function with a kink at 0: the derivative's value used there, as PyTorch uses it
    /// (mathematically the derivative does not exist at the kink).
    public var derivativeAtKink: Double? {
        switch self {
        case .abs, .sign: 0
        case let .registered(f) where f.breakPoints.contains(0): f.derivative(0)
        default: nil
        }
    }
}

extension ElementaryFunction: CustomDebugStringConvertible {
    /// `Symbolic.ElementaryFunction.tanh` for a registered function too, as for the others
    /// (rather than the registry entry's every field).
    public var debugDescription: String { "Symbolic.ElementaryFunction.\(name)" }
}
