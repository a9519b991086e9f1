import Autograd
import Tensors

/// An elementwise activation as a layer (PyTorch's `nn.ReLU`, `nn.Tanh`, …): no parameters,
/// the same in training and evaluation.
public final class Activation: Module {
    /// Which function the layer applies.
    public enum Kind: Equatable, Sendable {
        case relu
        case tanh
        case sigmoid
        /// x for x > 0, slope·x otherwise (PyTorch's default slope is 0.01).
        case leakyRelu(slope: Double)
        /// x for x > 0, alpha·(eˣ − 1) otherwise.
        case elu(alpha: Double)
        /// x unchanged.
        case identity

        /// The kind called `name` (`relu`, `tanh`, `sigmoid`, `leaky_relu`, `elu`, `identity`);
        /// `parameter` is leaky_relu's slope (default 0.01) or elu's alpha (default 1).
        public init?(name: String, parameter: Double? = nil) {
            switch name {
            case "relu": self = .relu
            case "tanh": self = .tanh
            case "sigmoid": self = .sigmoid
            case "leaky_relu": self = .leakyRelu(slope: parameter ?? 0.01)
            case "elu": self = .elu(alpha: parameter ?? 1)
            case "identity", "linear", "none": self = .identity
            default: return nil
            }
        }

        /// Every name ``init(name:parameter:)`` accepts first, for messages and completion.
        public static let names = ["relu", "tanh", "sigmoid", "leaky_relu", "elu", "identity"]

        /// The nonlinearity whose gain initialisers use before this activation; nil for ELU,
        /// which PyTorch's `calculate_gain` does not know either.
        public var nonlinearity: Nonlinearity? {
            switch self {
            case .relu: .relu
            case .tanh: .tanh
            case .sigmoid: .sigmoid
            case let .leakyRelu(slope): .leakyRelu(slope: slope)
            case .elu: nil
            case .identity: .linear
            }
        }
    }

    public let kind: Kind
    public var isTraining = true

    /// Throws for a slope or alpha that is not finite.
    public init(_ kind: Kind) throws {
        switch kind {
        case let .leakyRelu(value), let .elu(value):
            guard value.isFinite else {
                throw LayerError.invalidArgument(layer: "Activation", "the slope or alpha must be finite")
            }
        case .relu, .tanh, .sigmoid, .identity: break
        }
        self.kind = kind
    }

    public func forward(_ x: Variable, in context: inout ForwardContext) throws -> Variable {
        switch kind {
        case .relu: try x.relu()
        case .tanh: try x.tanh()
        case .sigmoid: try x.sigmoid()
        case let .leakyRelu(slope): try x.leakyRelu(slope: slope)
        case let .elu(alpha): try x.elu(alpha: alpha)
        case .identity: x
        }
    }

    public var description: String {
        switch kind {
        case .relu: "ReLU"
        case .tanh: "Tanh"
        case .sigmoid: "Sigmoid"
        case let .leakyRelu(slope): "LeakyReLU(\(NumberFormat().string(slope)))"
        case let .elu(alpha): "ELU(\(NumberFormat().string(alpha)))"
        case .identity: "Identity"
        }
    }
}
