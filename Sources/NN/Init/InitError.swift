import Tensors

/// What went wrong choosing or applying an initialiser.
public enum InitError: Error, Equatable, Sendable {
    /// Fan-based schemes (Xavier, Kaiming, LeCun) need a weight of rank 2 or more.
    case needsWeightShape(initializer: String, shape: [Int])
    /// A parameter of the scheme that cannot be used (a negative std, a non-finite gain).
    case invalidArgument(initializer: String, String)
}

extension InitError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .needsWeightShape(initializer, shape):
            return "\(initializer) computes fan_in and fan_out, which need a weight of rank 2 or more "
                + "([out, in]), got shape \(Shape.describe(shape))"
        case let .invalidArgument(initializer, message):
            return "\(initializer): \(message)"
        }
    }
}
