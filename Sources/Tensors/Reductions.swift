/// Reductions over one axis, or over every element when `axis` is nil.
///
/// Each result element reduces one *lane*: the elements that differ only in their index along
/// the axis. Lanes are always read from first to last, so results are bit-for-bit reproducible.
extension Tensor {
    public func sum(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduceLanes(axis: axis, keepDims: keepDims, op: "sum") { lane in lane.sum() }
    }

    public func mean(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduceLanes(axis: axis, keepDims: keepDims, op: "mean") { lane in lane.sum() / Double(lane.count) }
    }

    /// The variance: mean squared deviation from the mean, divided by `n − 1` when `unbiased`
    /// (Bessel's correction, PyTorch's default) and by `n` otherwise.
    public func variance(axis: Int? = nil, unbiased: Bool = true, keepDims: Bool = false) throws -> Tensor {
        try reduceLanes(axis: axis, keepDims: keepDims, op: "var") { lane in
            let mean = lane.sum() / Double(lane.count)
            var squares = 0.0
            for i in 0..<lane.count {
                let d = lane[i] - mean
                squares += d * d
            }
            return squares / Double(unbiased ? lane.count - 1 : lane.count)
        }
    }

    /// The square root of ``variance(axis:unbiased:keepDims:)``.
    public func standardDeviation(axis: Int? = nil, unbiased: Bool = true, keepDims: Bool = false) throws -> Tensor {
        try variance(axis: axis, unbiased: unbiased, keepDims: keepDims).sqrt()
    }

    /// The largest element of each lane; NaN if the lane holds a NaN (as PyTorch).
    public func max(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduceLanes(axis: axis, keepDims: keepDims, op: "max", nonEmpty: true) { lane in lane[lane.extremeIndex(>)]
        }
    }

    /// The smallest element of each lane; NaN if the lane holds a NaN.
    public func min(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduceLanes(axis: axis, keepDims: keepDims, op: "min", nonEmpty: true) { lane in lane[lane.extremeIndex(<)]
        }
    }

    /// The index of the first largest element of each lane (the flat index when `axis` is nil).
    public func argmax(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduceLanes(axis: axis, keepDims: keepDims, op: "argmax", nonEmpty: true) { lane in
            Double(lane.extremeIndex(>))
        }
    }

    /// The index of the first smallest element of each lane (the flat index when `axis` is nil).
    public func argmin(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try reduceLanes(axis: axis, keepDims: keepDims, op: "argmin", nonEmpty: true) { lane in
            Double(lane.extremeIndex(<))
        }
    }

    /// The shape a reduction along `axis` produces (nil: every axis).
    public static func reducedShape(_ shape: [Int], axis: Int?, keepDims: Bool) throws -> [Int] {
        guard let requested = axis else { return keepDims ? shape.map { _ in 1 } : [] }
        let axis = try Shape.normalize(axis: requested, rank: shape.count, op: "reduce")
        var result = shape
        if keepDims { result[axis] = 1 } else { result.remove(at: axis) }
        return result
    }

    /// Applies `reduce` to every lane along `axis` (nil: one lane holding every element).
    func reduceLanes(
        axis: Int?, keepDims: Bool, op: String, nonEmpty: Bool = false,
        _ reduce: (Lane) -> Double
    ) throws -> Tensor {
        let axis = try axis.map { try Shape.normalize(axis: $0, rank: rank, op: op) }
        let length = axis.map { shape[$0] } ?? count
        if nonEmpty && length == 0 { throw TensorError.emptyReduction(op: op) }
        let inner = axis.map { shape[($0 + 1)...].reduce(1, *) } ?? 1
        let outer = axis.map { shape[..<$0].reduce(1, *) } ?? 1
        var out = [Double]()
        out.reserveCapacity(outer * inner)
        scalars.withUnsafeBufferPointer { base in
            for o in 0..<outer {
                for i in 0..<inner {
                    out.append(reduce(Lane(base: base, start: o * length * inner + i, stride: inner, count: length)))
                }
            }
        }
        return Tensor(validShape: try Tensor.reducedShape(shape, axis: axis, keepDims: keepDims), scalars: out)
    }
}

/// The elements of a tensor along one axis, at fixed indices on every other axis.
struct Lane {
    let base: UnsafeBufferPointer<Double>
    let start: Int
    let stride: Int
    let count: Int

    subscript(i: Int) -> Double { base[start + i * stride] }

    func sum() -> Double {
        var total = 0.0
        for i in 0..<count { total += self[i] }
        return total
    }

    /// The index of the first element preferred by `better` over all others; a NaN wins at once.
    func extremeIndex(_ better: (Double, Double) -> Bool) -> Int {
        var best = 0
        for i in 0..<count {
            if self[i].isNaN { return i }
            if better(self[i], self[best]) { best = i }
        }
        return best
    }
}
