extension Shape {
    /// The sizes of `lhs @ rhs` as NumPy's `@` reads vectors and matrices: a vector on the left is
    /// a 1×k row, on the right a k×1 column, and that axis is dropped from `shape` after. Throws
    /// the mismatch when the operands are not vectors or matrices or their inner sizes differ.
    public static func matrixProduct(_ lhs: [Int], _ rhs: [Int]) throws -> (m: Int, k: Int, n: Int, shape: [Int]) {
        guard (1...2).contains(lhs.count), (1...2).contains(rhs.count) else {
            throw TensorError.shapeMismatch(
                op: "matmul", lhs: lhs, rhs: rhs,
                detail: "cannot be multiplied: matmul takes vectors and matrices (rank 1 or 2)")
        }
        let (m, k) = lhs.count == 2 ? (lhs[0], lhs[1]) : (1, lhs[0])
        let (k2, n) = rhs.count == 2 ? (rhs[0], rhs[1]) : (rhs[0], 1)
        guard k == k2 else {
            throw TensorError.shapeMismatch(
                op: "matmul", lhs: lhs, rhs: rhs,
                detail: "are not aligned: \(k) columns on the left, \(k2) rows on the right")
        }
        return (m, k, n, (lhs.count == 2 ? [m] : []) + (rhs.count == 2 ? [n] : []))
    }
}
