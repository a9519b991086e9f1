/// An n-dimensional array of `Double`, stored contiguously in row-major order.
///
/// `Tensor` is a value type: every operation returns a new tensor. A rank-0 tensor (shape `[]`)
/// holds one scalar. Operations that can fail on their input (shapes that do not fit, an axis or
/// an index out of range) throw ``TensorError``; none of them traps on a caller's input.
public struct Tensor: Sendable, Equatable {
    /// The size of each axis, outermost first. `[]` for a scalar.
    public let shape: [Int]
    /// The elements in row-major order; `scalars.count` is the product of `shape`.
    public private(set) var scalars: [Double]

    /// Creates a tensor, checking that `scalars` fills `shape` exactly.
    public init(shape: [Int], scalars: [Double]) throws {
        let count = try Shape.elementCount(of: shape)
        guard count == scalars.count else {
            throw TensorError.elementCountMismatch(shape: shape, count: scalars.count)
        }
        self.shape = shape
        self.scalars = scalars
    }

    /// Creates a tensor whose shape the caller has already validated.
    @usableFromInline
    init(validShape shape: [Int], scalars: [Double]) {
        self.shape = shape
        self.scalars = scalars
    }

    /// A rank-0 tensor holding one number.
    public init(_ scalar: Double) {
        self.init(validShape: [], scalars: [scalar])
    }

    /// A rank-1 tensor holding `vector`.
    public init(_ vector: [Double]) {
        self.init(validShape: [vector.count], scalars: vector)
    }

    /// A tensor of `shape` with every element equal to `value`.
    public init(shape: [Int], repeating value: Double) throws {
        let count = try Shape.elementCount(of: shape)
        self.init(validShape: shape, scalars: Array(repeating: value, count: count))
    }

    /// The number of axes.
    public var rank: Int { shape.count }

    /// The number of elements.
    public var count: Int { scalars.count }

    /// The only element, if the tensor holds exactly one.
    public var scalar: Double? { scalars.count == 1 ? scalars[0] : nil }

    /// A tensor of the same shape with `transform` applied to every element.
    ///
    /// Inlinable, so that the elementwise derivatives written in other modules (relu's
    /// `a > 0 ? 1 : 0`) are compiled into the loop rather than called once per element.
    @inlinable
    public func map(_ transform: (Double) -> Double) -> Tensor {
        Tensor(validShape: shape, scalars: scalars.map(transform))
    }

    /// Changes the elements in place, keeping the shape (an optimizer's update): no new tensor
    /// is built, and the elements are copied first only when another tensor shares them.
    public mutating func updateScalars<R>(_ body: (UnsafeMutableBufferPointer<Double>) throws -> R) rethrows -> R {
        try scalars.withUnsafeMutableBufferPointer { try body($0) }
    }
}

// MARK: - Constructors

extension Tensor {
    public static func zeros(_ shape: [Int]) throws -> Tensor { try Tensor(shape: shape, repeating: 0) }
    public static func ones(_ shape: [Int]) throws -> Tensor { try Tensor(shape: shape, repeating: 1) }

    /// The `n`×`n` identity matrix.
    public static func eye(_ n: Int) throws -> Tensor {
        var scalars = try Tensor.zeros([n, n]).scalars
        for i in 0..<n { scalars[i * n + i] = 1 }
        return Tensor(validShape: [n, n], scalars: scalars)
    }

    /// `start, start + step, …` up to but excluding `end`, as NumPy's `arange`.
    public static func arange(_ start: Double, _ end: Double, step: Double = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw TensorError.invalidArgument(op: "arange", "start, end and step must be finite and step non-zero")
        }
        let steps = ((end - start) / step).rounded(.up)
        let count = steps > 0 ? steps : 0
        guard count <= Double(maxElementCount) else {
            throw TensorError.tooLarge(op: "arange", count: count)
        }
        let n = Int(count)
        return Tensor(validShape: [n], scalars: (0..<n).map { start + Double($0) * step })
    }

    /// `count` evenly spaced numbers from `start` to `end`, both included.
    public static func linspace(_ start: Double, _ end: Double, count: Int) throws -> Tensor {
        guard count >= 0 else {
            throw TensorError.invalidArgument(op: "linspace", "count must be non-negative, got \(count)")
        }
        _ = try Shape.elementCount(of: [count])
        guard count > 1 else { return Tensor(validShape: [count], scalars: count == 1 ? [start] : []) }
        let step = (end - start) / Double(count - 1)
        var scalars = (0..<count).map { start + Double($0) * step }
        scalars[count - 1] = end
        return Tensor(validShape: [count], scalars: scalars)
    }

    /// The largest number of elements a tensor may hold (2²⁵, 256 MiB of Doubles): a typo such as
    /// `zeros(100000, 100000)` becomes an error instead of exhausting memory.
    public static let maxElementCount = 1 << 25
}
