/// Matrix products and axis permutations.
extension Tensor {
    /// The matrix product, for rank 1 and 2 operands as NumPy's `@`: matrix·matrix,
    /// matrix·vector, vector·matrix and vector·vector (a scalar, the dot product).
    public func matmul(_ other: Tensor) throws -> Tensor {
        let (m, k, n, outShape) = try Shape.matrixProduct(shape, other.shape)
        _ = try Shape.elementCount(of: [m, n], op: "matmul")
        let out = try Tensor.matrixProduct(scalars, other.scalars, m: m, k: k, n: n)
        return Tensor(validShape: outShape, scalars: out)
    }

    /// A matrix's transpose, copied in 8×8 blocks so that the rows read and the rows written
    /// both stay in cache (the one permutation of rank 2 that is not the identity; the general
    /// walk costs more per element).
    private func transposedMatrix() -> Tensor {
        let (rows, columns) = (shape[0], shape[1])
        let block = 8
        return Tensor(
            validShape: [columns, rows],
            scalars: Tensor.filled(count) { out in
                scalars.withUnsafeBufferPointer { a in
                    for i0 in stride(from: 0, to: rows, by: block) {
                        let i1 = Swift.min(i0 + block, rows)
                        for j0 in stride(from: 0, to: columns, by: block) {
                            for j in j0..<Swift.min(j0 + block, columns) {
                                for i in i0..<i1 {
                                    (out.baseAddress! + j * rows + i).initialize(to: a[i * columns + j])
                                }
                            }
                        }
                    }
                }
            })
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
        if rank == 2 { return transposedMatrix() }
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
