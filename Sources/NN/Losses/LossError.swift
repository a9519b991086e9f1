import Tensors

/// What went wrong computing a loss, said in the loss's terms.
public enum LossError: Error, Equatable, Sendable {
    /// Prediction and target shapes that the loss cannot pair up.
    case shapeMismatch(loss: String, prediction: [Int], target: [Int], detail: String)
    /// An input or target with no elements: the mean would be 0/0.
    case empty(loss: String)
    /// Targets outside what the loss accepts (class indices, ±1 labels).
    case invalidTarget(loss: String, String)
}

extension LossError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .shapeMismatch(loss, prediction, target, detail):
            return
                "\(loss): prediction shape \(Shape.describe(prediction)) and target shape \(Shape.describe(target)) \(detail)"
        case let .empty(loss):
            return "\(loss) of an empty batch is undefined (0/0)"
        case let .invalidTarget(loss, message):
            return "\(loss): \(message)"
        }
    }
}
