import Tensors

/// What went wrong building or applying a layer, said in the layer's terms.
public enum LayerError: Error, Equatable, Sendable {
    /// A constructor argument the layer cannot use (a negative size, p outside [0, 1]).
    case invalidArgument(layer: String, String)
    /// An input whose shape the layer cannot take.
    case inputShape(layer: String, expected: String, shape: [Int])
    /// BatchNorm in training mode on a batch of one: the batch variance would be 0 and the
    /// unbiased variance 0/0 (PyTorch: "Expected more than 1 value per channel when training").
    case batchOfOneInTraining(layer: String, shape: [Int])
}

extension LayerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .invalidArgument(layer, message):
            return "\(layer): \(message)"
        case let .inputShape(layer, expected, shape):
            return "\(layer) expects \(expected), got shape \(Shape.describe(shape))"
        case let .batchOfOneInTraining(layer, shape):
            return "\(layer) needs more than 1 value per channel when training, got shape \(Shape.describe(shape)); "
                + "use a bigger batch, or eval mode to normalise with the running statistics"
        }
    }
}
