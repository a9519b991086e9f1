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
///
/// The walk goes run by run: a run is one pass along the innermost axis, where every operand
/// advances by a fixed stride, so the kernels' inner loops are plain counted loops. Elements are
/// still visited in row-major order, which fixes the order of every sum made during a walk.
struct StridedWalk {
    let shape: [Int]
    let strides: [[Int]]

    /// The number of elements in one run: the size of the innermost axis (1 for a scalar).
    var runLength: Int { shape.last ?? 1 }

    /// How far operand `k` moves between neighbouring elements of a run.
    func runStride(_ k: Int) -> Int { strides[k].last ?? 0 }

    /// Calls `body` with each operand's offset at the start of every run, runs in row-major order.
    @inline(__always)
    func forEachRun(_ body: (_ offsets: UnsafeMutableBufferPointer<Int>) -> Void) {
        let count = Shape.product(shape)
        guard count > 0 else { return }
        let outerRank = Swift.max(shape.count - 1, 0)
        let runs = count / runLength
        var index = Array(repeating: 0, count: outerRank)
        var offsets = Array(repeating: 0, count: strides.count)
        offsets.withUnsafeMutableBufferPointer { offsets in
            for _ in 0..<runs {
                body(offsets)
                var axis = outerRank - 1
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

    /// Calls `body` with each operand's offset, for every element of `shape` in row-major order.
    func forEach(_ body: (_ offsets: UnsafeMutableBufferPointer<Int>) -> Void) {
        let length = runLength
        let steps = strides.indices.map(runStride)
        var current = Array(repeating: 0, count: strides.count)
        current.withUnsafeMutableBufferPointer { current in
            forEachRun { start in
                for k in start.indices { current[k] = start[k] }
                for _ in 0..<length {
                    body(current)
                    for k in steps.indices { current[k] += steps[k] }
                }
            }
        }
    }
}

extension Tensor {
    /// Combines two tensors elementwise after broadcasting them to a common shape.
    ///
    /// Always inlined, so that each caller's `combine` (the `+` of `+`) is compiled into the loop
    /// instead of being called once per element.
    @inline(__always)
    public func zip(_ other: Tensor, op: String, _ combine: (Double, Double) -> Double) throws -> Tensor {
        if shape == other.shape {
            return Tensor(
                validShape: shape,
                scalars: Tensor.filled(count) { out in
                    scalars.withUnsafeBufferPointer { a in
                        other.scalars.withUnsafeBufferPointer { b in
                            for i in 0..<out.count { (out.baseAddress! + i).initialize(to: combine(a[i], b[i])) }
                        }
                    }
                })
        }
        let outShape = try Shape.broadcast(shape, other.shape, op: op)
        let outCount = try Shape.elementCount(of: outShape, op: op)
        let walk = StridedWalk(
            shape: outShape,
            strides: [
                Shape.broadcastStrides(of: shape, to: outShape),
                Shape.broadcastStrides(of: other.shape, to: outShape),
            ])
        let (length, strideA, strideB) = (walk.runLength, walk.runStride(0), walk.runStride(1))
        return Tensor(
            validShape: outShape,
            scalars: Tensor.filled(outCount) { out in
                var next = out.baseAddress
                scalars.withUnsafeBufferPointer { a in
                    other.scalars.withUnsafeBufferPointer { b in
                        walk.forEachRun { offsets in
                            var (i, j) = (offsets[0], offsets[1])
                            if strideA == 1 && strideB == 1 {
                                // A row against a row (a bias added to each row): a loop the compiler vectorises.
                                for t in 0..<length { (next! + t).initialize(to: combine(a[i + t], b[j + t])) }
                                next! += length
                                return
                            }
                            for _ in 0..<length {
                                next!.initialize(to: combine(a[i], b[j]))
                                next! += 1
                                i += strideA
                                j += strideB
                            }
                        }
                    }
                }
            })
    }

    /// `count` scalars written once each, in order, by `fill` (which must initialise all of them).
    @inline(__always)
    static func filled(_ count: Int, _ fill: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            if count > 0 { fill(buffer) }
            initializedCount = count
        }
    }

    /// This tensor repeated along broadcast axes to `target`.
    public func broadcast(to target: [Int]) throws -> Tensor {
        let outShape = try Shape.broadcast(shape, target, op: "broadcast")
        guard outShape == target else {
            throw TensorError.shapeMismatch(
                op: "broadcast", lhs: shape, rhs: target, detail: "cannot be broadcast to the second shape")
        }
        if shape == target { return self }
        let outCount = try Shape.elementCount(of: target, op: "broadcast")
        if count == 1 { return Tensor(validShape: target, scalars: Array(repeating: scalars[0], count: outCount)) }
        var out = [Double]()
        out.reserveCapacity(outCount)
        let walk = StridedWalk(shape: target, strides: [Shape.broadcastStrides(of: shape, to: target)])
        let (length, step) = (walk.runLength, walk.runStride(0))
        scalars.withUnsafeBufferPointer { a in
            walk.forEachRun { offsets in
                var i = offsets[0]
                for _ in 0..<length {
                    out.append(a[i])
                    i += step
                }
            }
        }
        return Tensor(validShape: target, scalars: out)
    }

    /// The sum of this tensor over the axes along which an operand of `target` shape was
    /// broadcast to this one's shape: the gradient of broadcasting flows back as a sum.
    /// Each output element adds its terms in row-major order of this tensor.
    public func sum(toShape target: [Int]) throws -> Tensor {
        if shape == target { return self }
        let broadcastShape = try Shape.broadcast(target, shape, op: "sum to shape")
        guard broadcastShape == shape else {
            throw TensorError.shapeMismatch(
                op: "sum to shape", lhs: shape, rhs: target, detail: "the second does not broadcast to the first")
        }
        var out = [Double](repeating: 0, count: Shape.product(target))
        let walk = StridedWalk(
            shape: shape, strides: [Shape.strides(of: shape), Shape.broadcastStrides(of: target, to: shape)])
        let (length, sourceStep, targetStep) = (walk.runLength, walk.runStride(0), walk.runStride(1))
        scalars.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { out in
                walk.forEachRun { offsets in
                    var (i, j) = (offsets[0], offsets[1])
                    if sourceStep == 1 && targetStep == 1 {
                        // A row added onto a row (a bias's gradient), each element's sum in the same order.
                        for t in 0..<length { out[j + t] += source[i + t] }
                        return
                    }
                    for _ in 0..<length {
                        out[j] += source[i]
                        i += sourceStep
                        j += targetStep
                    }
                }
            }
        }
        return Tensor(validShape: target, scalars: out)
    }
}
