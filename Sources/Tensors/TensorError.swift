/// What went wrong in a tensor operation, with enough detail to say it plainly.
public enum TensorError: Error, Equatable, Sendable {
    /// Two shapes that the operation cannot combine (broadcasting, matmul, concatenation).
    case shapeMismatch(op: String, lhs: [Int], rhs: [Int], detail: String)
    /// An axis outside `-rank..<rank`.
    case axisOutOfRange(op: String, axis: Int, rank: Int)
    /// An index outside `-size..<size` along an axis.
    case indexOutOfRange(index: Int, axis: Int, size: Int)
    /// More indices than the tensor has axes.
    case tooManyIndices(count: Int, rank: Int)
    /// A shape whose element count does not match the data, or a reshape that cannot fit.
    case elementCountMismatch(shape: [Int], count: Int)
    /// A negative dimension in a shape.
    case negativeDimension(shape: [Int])
    /// More elements than ``Tensor/maxElementCount``.
    case tooLarge(op: String, count: Double)
    /// An operation that needs a particular rank.
    case rankMismatch(op: String, expected: String, shape: [Int])
    /// A reduction with no elements to reduce where the result would be undefined (max of nothing).
    case emptyReduction(op: String)
    /// Any other argument that the operation cannot use.
    case invalidArgument(op: String, String)
}

extension TensorError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .shapeMismatch(op, lhs, rhs, detail):
            return "\(op): shapes \(Shape.describe(lhs)) and \(Shape.describe(rhs)) \(detail)"
        case let .axisOutOfRange(op, axis, rank):
            let range = rank == 0 ? "a scalar has no axes" : "valid axes are \(-rank)...\(rank - 1)"
            return "\(op): axis \(axis) is out of range for a tensor of rank \(rank) (\(range))"
        case let .indexOutOfRange(index, axis, size):
            return "index \(index) is out of range for axis \(axis) of size \(size) (valid: \(-size)...\(size - 1))"
        case let .tooManyIndices(count, rank):
            return "too many indices: \(count) given for a tensor of rank \(rank)"
        case let .elementCountMismatch(shape, count):
            return "shape \(Shape.describe(shape)) needs \(Shape.product(shape)) elements, but there are \(count)"
        case let .negativeDimension(shape):
            return "shape \(Shape.describe(shape)) has a negative dimension"
        case let .tooLarge(op, count):
            let n = count.isFinite && count < 1e18 ? "\(Int(count))" : "too many"
            return "\(op): a tensor of \(n) elements is more than the limit of \(Tensor.maxElementCount) (2²⁵)"
        case let .rankMismatch(op, expected, shape):
            return "\(op) needs \(expected), got shape \(Shape.describe(shape))"
        case let .emptyReduction(op):
            return "\(op) of an empty tensor is undefined"
        case let .invalidArgument(op, message):
            return "\(op): \(message)"
        }
    }
}
