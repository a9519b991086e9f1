import RealModule

/// Softmax and log-softmax along an axis, shifted by the lane's maximum so that large inputs
/// (softmax([1000, 1001, 1002])) neither overflow nor lose precision.
extension Tensor {
    /// `exp(xᵢ − m) / Σⱼ exp(xⱼ − m)` with `m = max x` along `axis`.
    public func softmax(axis: Int = -1) throws -> Tensor {
        try mapLanes(axis: axis, op: "softmax") { lane, out in
            let m = lane.maximumForShift()
            var total = 0.0
            for i in 0..<lane.count {
                out[i] = Double.exp(lane[i] - m)
                total += out[i]
            }
            for i in 0..<lane.count { out[i] /= total }
        }
    }

    /// `xᵢ − m − log Σⱼ exp(xⱼ − m)` with `m = max x` along `axis`.
    public func logSoftmax(axis: Int = -1) throws -> Tensor {
        try mapLanes(axis: axis, op: "log_softmax") { lane, out in
            let m = lane.maximumForShift()
            var total = 0.0
            for i in 0..<lane.count { total += Double.exp(lane[i] - m) }
            let logTotal = Double.log(total)
            for i in 0..<lane.count { out[i] = lane[i] - m - logTotal }
        }
    }

    /// Replaces every lane along `axis` by `transform`'s output (same length, same place).
    func mapLanes(axis: Int, op: String, _ transform: (Lane, inout [Double]) -> Void) throws -> Tensor {
        if rank == 0 { return try reshaped([1]).mapLanes(axis: axis, op: op, transform).reshaped([]) }
        let axis = try Shape.normalize(axis: axis, rank: rank, op: op)
        let length = shape[axis]
        let inner = shape[(axis + 1)...].reduce(1, *)
        let outer = shape[..<axis].reduce(1, *)
        var out = scalars
        var buffer = [Double](repeating: 0, count: length)
        scalars.withUnsafeBufferPointer { base in
            for o in 0..<outer {
                for i in 0..<inner {
                    let start = o * length * inner + i
                    transform(Lane(base: base, start: start, stride: inner, count: length), &buffer)
                    for j in 0..<length { out[start + j * inner] = buffer[j] }
                }
            }
        }
        return Tensor(validShape: shape, scalars: out)
    }
}

extension Lane {
    /// The lane's maximum, or 0 when it is not finite (all −∞, or +∞ present) so that the
    /// shift itself does not produce NaN; such lanes then follow IEEE arithmetic.
    func maximumForShift() -> Double {
        guard count > 0 else { return 0 }
        let m = self[extremeIndex(>)]
        return m.isFinite ? m : 0
    }
}
