/// Matrix products and axis permutations.
extension Tensor {
    /// The matrix product, for rank 1 and 2 operands as NumPy's `@`: matrix·matrix,
    /// matrix·vector, vector·matrix and vector·vector (a scalar, the dot product).
    public func matmul(_ other: Tensor) throws -> Tensor {
        guard (1...2).contains(rank), (1...2).contains(other.rank) else {
            throw TensorError.shapeMismatch(op: "matmul", lhs: shape, rhs: other.shape,
                                            detail: "cannot be multiplied: matmul takes vectors and matrices (rank 1 or 2)")
        }
        // A vector on the left is a 1×k row, on the right a k×1 column; that axis is dropped after.
        let (m, k) = rank == 2 ? (shape[0], shape[1]) : (1, shape[0])
        let (k2, n) = other.rank == 2 ? (other.shape[0], other.shape[1]) : (other.shape[0], 1)
        guard k == k2 else {
            throw TensorError.shapeMismatch(op: "matmul", lhs: shape, rhs: other.shape,
                                            detail: "are not aligned: \(k) columns on the left, \(k2) rows on the right")
        }
        var outShape: [Int] = []
        if rank == 2 { outShape.append(m) }
        if other.rank == 2 { outShape.append(n) }
        _ = try Shape.elementCount(of: [m, n], op: "matmul")
        var out = [Double](repeating: 0, count: m * n)
        // i-k-j order: the inner loop runs along contiguous rows of both `other` and `out`, and
        // each out[i, j] still accumulates its k terms in increasing k.
        scalars.withUnsafeBufferPointer { a in
            other.scalars.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { c in
                    for i in 0..<m {
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            let row = p * n
                            for j in 0..<n { c[i * n + j] += aip * b[row + j] }
                        }
                    }
                }
            }
        }
        return Tensor(validShape: outShape, scalars: out)
    }

    /// The axes in reverse order: the transpose of a matrix; a vector or scalar is unchanged.
    public var transposed: Tensor {
        // Reversed axes are always a valid permutation.
        (try? permuted(Array((0..<rank).reversed()))) ?? self
    }

    /// The tensor with its axes reordered: axis `i` of the result is axis `axes[i]` of this one.
    public func permuted(_ axes: [Int]) throws -> Tensor {
        guard axes.count == rank else {
            throw TensorError.invalidArgument(op: "permute", "\(axes.count) axes given for a tensor of rank \(rank)")
        }
        let normalized = try axes.map { try Shape.normalize(axis: $0, rank: rank, op: "permute") }
        guard Set(normalized).count == rank else {
            throw TensorError.invalidArgument(op: "permute", "axes \(axes) repeat an axis")
        }
        if normalized == Array(0..<rank) { return self }
        let outShape = normalized.map { shape[$0] }
        let sourceStrides = Shape.strides(of: shape)
        var out = [Double]()
        out.reserveCapacity(count)
        let walk = StridedWalk(shape: outShape, strides: [normalized.map { sourceStrides[$0] }])
        scalars.withUnsafeBufferPointer { a in walk.forEach { out.append(a[$0[0]]) } }
        return Tensor(validShape: outShape, scalars: out)
    }

    /// The inverse of a permutation of axes: `t.permuted(p).permuted(Tensor.inverse(of: p)) == t`.
    public static func inversePermutation(_ axes: [Int]) -> [Int] {
        var inverse = Array(repeating: 0, count: axes.count)
        for (i, axis) in axes.enumerated() where axis >= 0 && axis < axes.count { inverse[axis] = i }
        return inverse
    }
}
