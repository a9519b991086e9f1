/// The activation an initialiser prepares a layer for, and its gain: the factor by which the
/// scheme's standard deviation is scaled so that the variance survives the activation
/// (PyTorch's `nn.init.calculate_gain`).
public enum Nonlinearity: Equatable, Sendable {
    /// No activation (also PyTorch's conv layers): gain 1.
    case linear
    /// gain 1.
    case sigmoid
    /// gain 5/3.
    case tanh
    /// gain √2: ReLU zeroes half of a symmetric input, halving the second moment.
    case relu
    /// gain √(2 / (1 + slope²)); slope 0 is ReLU's √2.
    case leakyRelu(slope: Double)
    /// gain 3/4.
    case selu

    /// PyTorch's gain for this nonlinearity, computed with the same expressions.
    public var gain: Double {
        switch self {
        case .linear, .sigmoid: return 1
        case .tanh: return 5.0 / 3
        case .relu: return (2.0).squareRoot()
        case let .leakyRelu(slope): return (2.0 / (1 + slope * slope)).squareRoot()
        case .selu: return 3.0 / 4
        }
    }

    /// The name PyTorch uses (`leaky_relu`).
    public var name: String {
        switch self {
        case .linear: "linear"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "relu"
        case .leakyRelu: "leaky_relu"
        case .selu: "selu"
        }
    }

    /// The nonlinearity called `name` (PyTorch's spelling); `parameter` is leaky_relu's slope,
    /// 0.01 when absent (PyTorch's default). Nil for an unknown name.
    public init?(name: String, parameter: Double? = nil) {
        switch name {
        case "linear", "identity": self = .linear
        case "sigmoid": self = .sigmoid
        case "tanh": self = .tanh
        case "relu": self = .relu
        case "leaky_relu": self = .leakyRelu(slope: parameter ?? 0.01)
        case "selu": self = .selu
        default: return nil
        }
    }

    /// Every name ``init(name:parameter:)`` accepts, for messages and completion.
    public static let names = ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "selu"]
}
