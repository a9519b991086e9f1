/// NumPy broadcasting: shapes are aligned on their last axis; along each axis the sizes must be
/// equal or one of them 1, and a size-1 (or missing) axis is repeated to match.
extension Shape {
    /// The shape two operands broadcast to, or a shape mismatch naming `op` and both shapes.
    public static func broadcast(_ lhs: [Int], _ rhs: [Int], op: String) throws -> [Int] {
        let rank = max(lhs.count, rhs.count)
        var result = Array(repeating: 0, count: rank)
        for axis in 0..<rank {
            let a = axis < rank - lhs.count ? 1 : lhs[axis - (rank - lhs.count)]
            let b = axis < rank - rhs.count ? 1 : rhs[axis - (rank - rhs.count)]
            guard a == b || a == 1 || b == 1 else {
                throw TensorError.shapeMismatch(
                    op: op, lhs: lhs, rhs: rhs,
                    detail: "cannot be broadcast together (axis \(axis - rank): \(a) vs \(b))")
            }
            result[axis] = a == 1 ? b : a
        }
        return result
    }

    /// Strides for reading an operand of `shape` as if it had the broadcast shape `target`:
    /// repeated axes get stride 0.
    static func broadcastStrides(of shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(of: shape)
        let offset = target.count - shape.count
        return target.indices.map { axis in
            axis < offset || shape[axis - offset] == 1 ? 0 : own[axis - offset]
        }
    }
}

/// Walks a row-major shape and keeps, for each element, its offset in one or two strided
/// operands; the inner loop of every broadcasting kernel.
struct StridedWalk {
    let shape: [Int]
    let strides: [[Int]]

    /// Calls `body` with each operand's offset, for every element of `shape` in row-major order.
    func forEach(_ body: (_ offsets: UnsafeMutableBufferPointer<Int>) -> Void) {
        let count = Shape.product(shape)
        guard count > 0 else { return }
        var index = Array(repeating: 0, count: shape.count)
        var offsets = Array(repeating: 0, count: strides.count)
        offsets.withUnsafeMutableBufferPointer { offsets in
            for _ in 0..<count {
                body(offsets)
                var axis = shape.count - 1
                while axis >= 0 {
                    index[axis] += 1
                    for k in strides.indices { offsets[k] += strides[k][axis] }
                    if index[axis] < shape[axis] { break }
                    for k in strides.indices { offsets[k] -= strides[k][axis] * shape[axis] }
                    index[axis] = 0
                    axis -= 1
                }
            }
        }
    }
}

extension Tensor {
    /// Combines two tensors elementwise after broadcasting them to a common shape.
    public func zip(_ other: Tensor, op: String, _ combine: (Double, Double) -> Double) throws -> Tensor {
        if shape == other.shape {
            var out = [Double](repeating: 0, count: count)
            for i in 0..<count { out[i] = combine(scalars[i], other.scalars[i]) }
            return Tensor(validShape: shape, scalars: out)
        }
        let outShape = try Shape.broadcast(shape, other.shape, op: op)
        let outCount = try Shape.elementCount(of: outShape, op: op)
        if other.count == 1 && outShape == shape {
            let b = other.scalars[0]
            return Tensor(validShape: outShape, scalars: scalars.map { combine($0, b) })
        }
        if count == 1 && outShape == other.shape {
            let a = scalars[0]
            return Tensor(validShape: outShape, scalars: other.scalars.map { combine(a, $0) })
        }
        var out = [Double]()
        out.reserveCapacity(outCount)
        let walk = StridedWalk(shape: outShape, strides: [
            Shape.broadcastStrides(of: shape, to: outShape),
            Shape.broadcastStrides(of: other.shape, to: outShape),
        ])
        scalars.withUnsafeBufferPointer { a in
            other.scalars.withUnsafeBufferPointer { b in
                walk.forEach { offsets in out.append(combine(a[offsets[0]], b[offsets[1]])) }
            }
        }
        return Tensor(validShape: outShape, scalars: out)
    }

    /// This tensor repeated along broadcast axes to `target`.
    public func broadcast(to target: [Int]) throws -> Tensor {
        let outShape = try Shape.broadcast(shape, target, op: "broadcast")
        guard outShape == target else {
            throw TensorError.shapeMismatch(op: "broadcast", lhs: shape, rhs: target, detail: "cannot be broadcast to the second shape")
        }
        if shape == target { return self }
        _ = try Shape.elementCount(of: target, op: "broadcast")
        var out = [Double]()
        out.reserveCapacity(Shape.product(target))
        let walk = StridedWalk(shape: target, strides: [Shape.broadcastStrides(of: shape, to: target)])
        scalars.withUnsafeBufferPointer { a in walk.forEach { out.append(a[$0[0]]) } }
        return Tensor(validShape: target, scalars: out)
    }

    /// The sum of this tensor over the axes along which an operand of `target` shape was
    /// broadcast to this one's shape: the gradient of broadcasting flows back as a sum.
    public func sum(toShape target: [Int]) throws -> Tensor {
        if shape == target { return self }
        let broadcastShape = try Shape.broadcast(target, shape, op: "sum to shape")
        guard broadcastShape == shape else {
            throw TensorError.shapeMismatch(op: "sum to shape", lhs: shape, rhs: target, detail: "the second does not broadcast to the first")
        }
        var out = [Double](repeating: 0, count: Shape.product(target))
        let walk = StridedWalk(shape: shape, strides: [Shape.strides(of: shape), Shape.broadcastStrides(of: target, to: shape)])
        scalars.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { out in
                walk.forEach { offsets in out[offsets[1]] += source[offsets[0]] }
            }
        }
        return Tensor(validShape: target, scalars: out)
    }
}
