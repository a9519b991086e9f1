/// Helpers for shapes (`[Int]`): validation, strides, axes, and their one printed form.
public enum Shape {
    /// The number of elements of `shape`, checked: no negative dimension, no overflow, and no
    /// more than ``Tensor/maxElementCount``.
    public static func elementCount(of shape: [Int], op: String = "shape") throws -> Int {
        var count = 1
        for dim in shape {
            guard dim >= 0 else { throw TensorError.negativeDimension(shape: shape) }
            let (product, overflow) = count.multipliedReportingOverflow(by: dim)
            guard !overflow, product <= Tensor.maxElementCount else {
                throw TensorError.tooLarge(op: op, count: shape.reduce(1.0) { $0 * Double($1) })
            }
            count = product
        }
        return count
    }

    /// The product of the dimensions, for messages only (never overflows: it saturates).
    static func product(_ shape: [Int]) -> Int {
        shape.reduce(1) {
            let (p, o) = $0.multipliedReportingOverflow(by: $1)
            return o ? Int.max : p
        }
    }

    /// Row-major strides: how far apart, in elements, neighbours along each axis are.
    static func strides(of shape: [Int]) -> [Int] {
        var strides = Array(repeating: 1, count: shape.count)
        var stride = 1
        for axis in shape.indices.reversed() {
            strides[axis] = stride
            stride *= shape[axis]
        }
        return strides
    }

    /// `axis` made non-negative (`-1` is the last axis), or an error naming the axis and rank.
    public static func normalize(axis: Int, rank: Int, op: String) throws -> Int {
        let normalized = axis < 0 ? axis + rank : axis
        guard normalized >= 0, normalized < rank else {
            throw TensorError.axisOutOfRange(op: op, axis: axis, rank: rank)
        }
        return normalized
    }

    /// The printed form of a shape, `[2, 3]`, the same text as the value of `W.shape`; a
    /// vector's is `[3]` and a scalar's `[]`.
    public static func describe(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }
}
