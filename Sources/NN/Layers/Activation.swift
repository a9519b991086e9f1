import Autograd
import Functions
import Tensors

/// An elementwise activation as a layer (PyTorch's `nn.ReLU`, `nn.Tanh`, …): no parameters,
/// the same in training and evaluation. Every activation of the registry
/// (``ElementwiseFunction/activations``) is one; nothing here lists them.
public final class Activation: Module {
    /// Which function the layer applies.
    public enum Kind: Equatable, Sendable {
        /// A registered activation, with its parameter (leaky_relu's slope) set.
        case function(ElementwiseFunction)
        /// x unchanged.
        case identity

        /// The activation called `name` (any registered activation, or `identity`, `linear`,
        /// `none`); `parameter` is its parameter (leaky_relu's slope), PyTorch's default when nil.
        public init?(name: String, parameter: Double? = nil) {
            if ["identity", "linear", "none"].contains(name) {
                self = .identity
            } else if let f = ElementwiseFunction.named(name, parameter: parameter), f.isActivation {
                self = .function(f)
            } else {
                return nil
            }
        }

        /// Every name ``init(name:parameter:)`` accepts first, for messages and completion.
        public static var names: [String] { ElementwiseFunction.activations.map(\.name) + ["identity"] }

        /// The name in the command language (`leaky_relu`, `identity`).
        public var name: String {
            switch self {
            case let .function(f): f.name
            case .identity: "identity"
            }
        }

        /// The nonlinearity whose gain initialisers use before this activation; nil for one that
        /// PyTorch's `calculate_gain` does not know either (elu, softplus).
        public var nonlinearity: Nonlinearity? {
            switch self {
            case let .function(f): Nonlinearity(name: f.name, parameter: f.parameter?.value)
            case .identity: .linear
            }
        }
    }

    public let kind: Kind
    public var isTraining = true

    /// Throws for a parameter (slope, alpha) that is not finite.
    public init(_ kind: Kind) throws {
        if case let .function(f) = kind, let parameter = f.parameter, !parameter.value.isFinite {
            throw LayerError.invalidArgument(layer: "Activation", "the \(parameter.name) must be finite")
        }
        self.kind = kind
    }

    public func forward(_ x: Variable, in context: inout ForwardContext) throws -> Variable {
        switch kind {
        case let .function(f): try x.applying(f)
        case .identity: x
        }
    }

    /// PyTorch's name: `ReLU`, `LeakyReLU(0.1)`.
    public var description: String {
        switch kind {
        case let .function(f):
            (f.layerName ?? f.name) + (f.parameter.map { "(\(NumberFormat().string($0.value)))" } ?? "")
        case .identity: "Identity"
        }
    }
}
