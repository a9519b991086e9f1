/// Linear systems: A·x = b and A⁻¹ by LU factorisation with partial pivoting (LAPACK's
/// `getrf`/`getrs` in their textbook form), so the same matrix always gives the same bits.
/// A large system stops on Ctrl-C (``Interruption``) between columns.
extension Tensor {
    /// x with A·x = b, for a square matrix A (self) and b a vector of A's size or a matrix
    /// with that many rows (one system per column). Throws for a singular matrix.
    public func solve(_ b: Tensor) throws -> Tensor {
        let lu = try LUFactorisation(self, op: "solve")
        guard (1...2).contains(b.rank), b.shape[0] == lu.n else {
            throw TensorError.shapeMismatch(
                op: "solve", lhs: shape, rhs: b.shape,
                detail: "do not fit: b must be a vector of \(lu.n) numbers or a matrix with \(lu.n) rows")
        }
        let columns = b.rank == 1 ? 1 : b.shape[1]
        var x = [Double](repeating: 0, count: b.count)
        for j in 0..<columns {
            try Interruption.check()
            let solution = lu.solve((0..<lu.n).map { b.scalars[$0 * columns + j] })
            for i in 0..<lu.n { x[i * columns + j] = solution[i] }
        }
        return Tensor(validShape: b.shape, scalars: x)
    }

    /// A⁻¹ for a square matrix A (self): the solution of A·X = I. Throws for a singular matrix.
    public func inverse() throws -> Tensor {
        let lu = try LUFactorisation(self, op: "inv")
        let n = lu.n
        var scalars = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            try Interruption.check()
            var unit = [Double](repeating: 0, count: n)
            unit[j] = 1
            let column = lu.solve(unit)
            for i in 0..<n { scalars[i * n + j] = column[i] }
        }
        return Tensor(validShape: [n, n], scalars: scalars)
    }
}

/// P·A = L·U with L unit lower triangular and U upper triangular, stored together; the pivot
/// of each column is the entry of largest magnitude on or below the diagonal (the first such).
struct LUFactorisation {
    let n: Int
    /// L below the diagonal (its unit diagonal implied), U on and above it; row-major.
    private var lu: [Double]
    /// Row i of P·A is row `permutation[i]` of A.
    private var permutation: [Int]

    /// A pivot this small relative to the largest entry of A is taken as zero: the matrix is
    /// singular to working precision, and a solution would be rounding noise scaled up.
    static let relativePivotTolerance = 1e-12

    init(_ a: Tensor, op: String) throws {
        guard a.rank == 2, a.shape[0] == a.shape[1], a.shape[0] > 0 else {
            throw TensorError.rankMismatch(op: op, expected: "a square matrix (n×n, n ≥ 1)", shape: a.shape)
        }
        guard a.scalars.allSatisfy(\.isFinite) else {
            throw TensorError.invalidArgument(op: op, "the matrix has an entry that is not a finite number")
        }
        n = a.shape[0]
        lu = a.scalars
        permutation = Array(0..<n)
        let scale = a.scalars.map(Swift.abs).max() ?? 0
        for k in 0..<n {
            // A column of the elimination costs at most n² steps: Ctrl-C is asked between columns.
            try Interruption.check()
            var pivotRow = k
            for i in (k + 1)..<n where Swift.abs(lu[i * n + k]) > Swift.abs(lu[pivotRow * n + k]) {
                pivotRow = i
            }
            let pivot = lu[pivotRow * n + k]
            guard scale > 0, Swift.abs(pivot) > LUFactorisation.relativePivotTolerance * scale else {
                throw TensorError.invalidArgument(
                    op: op,
                    "the matrix is singular: its rows are linearly dependent (to working precision), so A·x = b has no unique solution"
                )
            }
            if pivotRow != k {
                for j in 0..<n { lu.swapAt(k * n + j, pivotRow * n + j) }
                permutation.swapAt(k, pivotRow)
            }
            for i in (k + 1)..<n {
                let factor = lu[i * n + k] / pivot
                lu[i * n + k] = factor
                for j in (k + 1)..<n { lu[i * n + j] -= factor * lu[k * n + j] }
            }
        }
    }

    /// x with A·x = b: forward substitution with L on P·b, then back substitution with U.
    func solve(_ b: [Double]) -> [Double] {
        var y = permutation.map { b[$0] }
        for i in 0..<n {
            for j in 0..<i { y[i] -= lu[i * n + j] * y[j] }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in (i + 1)..<n { y[i] -= lu[i * n + j] * y[j] }
            y[i] /= lu[i * n + i]
        }
        return y
    }
}
