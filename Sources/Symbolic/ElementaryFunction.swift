import RealModule

/// The functions of one argument that `derive` knows a rule for.
public enum ElementaryFunction: Sendable, Equatable {
    case exp, log, sqrt, sin, cos, tanh, sigmoid, relu, softplus, abs, sign
    /// `u` for u > 0, `slope·u` otherwise.
    case leakyRelu(slope: Double)
    /// `u` for u > 0, `alpha·(eᵘ − 1)` otherwise.
    case elu(alpha: Double)

    /// Every function without a parameter, and the parameterised ones with PyTorch's defaults.
    public static let all: [ElementaryFunction] = [.exp, .log, .sqrt, .sin, .cos, .tanh, .sigmoid, .relu, .softplus, .abs, .sign,
                                                   .leakyRelu(slope: 0.01), .elu(alpha: 1)]

    /// The name in the command language (`leaky_relu`).
    public var name: String {
        switch self {
        case .exp: "exp"
        case .log: "log"
        case .sqrt: "sqrt"
        case .sin: "sin"
        case .cos: "cos"
        case .tanh: "tanh"
        case .sigmoid: "sigmoid"
        case .relu: "relu"
        case .softplus: "softplus"
        case .abs: "abs"
        case .sign: "sign"
        case .leakyRelu: "leaky_relu"
        case .elu: "elu"
        }
    }

    /// The parameter after the argument, with its name, for the parameterised functions.
    public var parameter: (name: String, value: Double)? {
        switch self {
        case let .leakyRelu(slope): ("slope", slope)
        case let .elu(alpha): ("alpha", alpha)
        default: nil
        }
    }

    /// The function of this name, with `parameter` for leaky_relu's slope and elu's alpha
    /// (PyTorch's defaults when nil).
    public static func named(_ name: String, parameter: Double? = nil) -> ElementaryFunction? {
        switch name {
        case "leaky_relu": return .leakyRelu(slope: parameter ?? 0.01)
        case "elu": return .elu(alpha: parameter ?? 1)
        default: return all.first { $0.name == name && $0.parameter == nil }
        }
    }

    /// The value at `x`, computed as PyTorch computes it (sigmoid without overflow, softplus
    /// switching to `x` above 20, elu through expm1).
    public func value(_ x: Double) -> Double {
        switch self {
        case .exp: return Double.exp(x)
        case .log: return Double.log(x)
        case .sqrt: return x.squareRoot()
        case .sin: return Double.sin(x)
        case .cos: return Double.cos(x)
        case .tanh: return Double.tanh(x)
        case .sigmoid:
            if x >= 0 { return 1 / (1 + Double.exp(-x)) }
            let e = Double.exp(x)
            return e / (1 + e)
        case .relu: return x > 0 || x.isNaN ? x : 0
        case .softplus: return x > ElementaryFunction.softplusThreshold ? x : Double.log(onePlus: Double.exp(x))
        case .abs: return Swift.abs(x)
        case .sign: return x > 0 ? 1 : x < 0 ? -1 : x.isNaN ? x : 0
        case let .leakyRelu(slope): return x > 0 ? x : slope * x
        case let .elu(alpha): return x > 0 ? x : alpha * Double.expMinusOne(x)
        }
    }

    /// Above this, softplus(x) is taken as x (PyTorch's `threshold=20` with `beta=1`).
    public static let softplusThreshold = 20.0

    /// The derivative f′(u), written in terms of `u`.
    public func derivative(at u: Expr) -> Expr {
        switch self {
        case .exp: return .apply(.exp, u)
        case .log: return .divide(.number(1), u)
        case .sqrt: return .divide(.number(1), .multiply(.number(2), .apply(.sqrt, u)))
        case .sin: return .apply(.cos, u)
        case .cos: return .negate(.apply(.sin, u))
        case .tanh: return .subtract(.number(1), .power(.apply(.tanh, u), .number(2)))
        case .sigmoid: return .multiply(.apply(.sigmoid, u), .subtract(.number(1), .apply(.sigmoid, u)))
        // Above the threshold softplus is x itself, so 1 exactly, as its backward passes.
        case .softplus:
            return .piecewise(condition: .subtract(u, .number(ElementaryFunction.softplusThreshold)),
                              then: .number(1), otherwise: .apply(.sigmoid, u))
        case .relu: return .piecewise(condition: u, then: .number(1), otherwise: .number(0))
        case .abs: return .apply(.sign, u)
        case .sign: return .number(0)
        case let .leakyRelu(slope): return .piecewise(condition: u, then: .number(1), otherwise: .number(slope))
        case let .elu(alpha):
            let tail: Expr = alpha == 1 ? .apply(.exp, u) : .multiply(.number(alpha), .apply(.exp, u))
            return .piecewise(condition: u, then: .number(1), otherwise: tail)
        }
    }

    /// For a function with a kink at 0: the derivative's value used there, as PyTorch uses it
    /// (mathematically the derivative does not exist at the kink).
    public var derivativeAtKink: Double? {
        switch self {
        case .relu, .abs, .sign: 0
        case let .leakyRelu(slope): slope
        case let .elu(alpha): alpha
        default: nil
        }
    }
}
