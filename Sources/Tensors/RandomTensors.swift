// Random tensors draw their elements in row-major order, one call on the source per element, so a
// tensor of shape (2, 3) holds exactly the six numbers the source would give next.

/// A number as the messages print it: every number a learner sees goes through one formatter.
private func show(_ x: Double) -> String { NumberFormat().string(x) }

extension Tensor {
    /// A tensor of normally distributed elements (PyTorch's `randn`, scaled: `mean + std·z`).
    ///
    /// Throws on a bad shape, or when `mean` is not finite or `std` is negative or not finite.
    public static func randn(
        _ shape: [Int], mean: Double = 0, std: Double = 1, using source: inout RandomSource
    ) throws -> Tensor {
        let count = try Shape.elementCount(of: shape, op: "randn")
        guard mean.isFinite, std.isFinite, std >= 0 else {
            throw TensorError.invalidArgument(
                op: "randn",
                "mean must be finite and std finite and non-negative, got mean \(show(mean)), std \(show(std))")
        }
        var scalars = [Double]()
        scalars.reserveCapacity(count)
        for _ in 0..<count { scalars.append(source.normal(mean: mean, std: std)) }
        return Tensor(validShape: shape, scalars: scalars)
    }

    /// A tensor of elements uniform between `low` and `high` (PyTorch's `rand` for the default
    /// range [0, 1)).
    ///
    /// Throws on a bad shape, or when the bounds are not finite or `low` > `high`.
    public static func rand(
        _ shape: [Int], low: Double = 0, high: Double = 1, using source: inout RandomSource
    ) throws -> Tensor {
        let count = try Shape.elementCount(of: shape, op: "rand")
        guard low.isFinite, high.isFinite, low <= high else {
            throw TensorError.invalidArgument(
                op: "rand",
                "low and high must be finite with low <= high, got low \(show(low)), high \(show(high))")
        }
        var scalars = [Double]()
        scalars.reserveCapacity(count)
        for _ in 0..<count { scalars.append(source.uniform(low, high)) }
        return Tensor(validShape: shape, scalars: scalars)
    }

    /// A tensor of 0s and 1s, each 1 with probability `p` (independently).
    ///
    /// Throws on a bad shape, or when `p` is outside [0, 1] (or NaN).
    public static func bernoulli(
        _ shape: [Int], p: Double, using source: inout RandomSource
    ) throws -> Tensor {
        let count = try Shape.elementCount(of: shape, op: "bernoulli")
        guard p >= 0, p <= 1 else {
            throw TensorError.invalidArgument(op: "bernoulli", "p must be between 0 and 1, got \(show(p))")
        }
        var scalars = [Double]()
        scalars.reserveCapacity(count)
        for _ in 0..<count { scalars.append(source.bernoulli(p)) }
        return Tensor(validShape: shape, scalars: scalars)
    }

    /// The numbers `0..<n` in a random order, as a vector of shape (n,) (PyTorch's `randperm`).
    ///
    /// Throws when `n` is negative or too large.
    public static func permutation(_ n: Int, using source: inout RandomSource) throws -> Tensor {
        guard n >= 0 else {
            throw TensorError.invalidArgument(op: "permutation", "n must be non-negative, got \(n)")
        }
        _ = try Shape.elementCount(of: [n], op: "permutation")
        return Tensor(validShape: [n], scalars: source.permutation(n).map(Double.init))
    }
}
