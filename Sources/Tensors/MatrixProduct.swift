import CKernels

/// The kernels the matrix product can run on; every one gives the same bits (Sources/CKernels).
public enum MatrixProductPath: Int32, CaseIterable, Sendable {
    /// Plain C, one double at a time.
    case scalar = 0
    /// Two doubles a register: SSE2 on x86-64, NEON on arm64.
    case vector128
    /// Four doubles a register (x86-64 with AVX2).
    case avx2
    /// Eight doubles a register (x86-64 with AVX-512).
    case avx512

    /// The widest path this machine runs, found once at run time.
    public static let best = MatrixProductPath(rawValue: Int32(gb_gemm_best_path().rawValue)) ?? .scalar

    /// Whether this machine can run the path.
    public var isAvailable: Bool { gb_gemm_path_available(gb_gemm_path(UInt32(rawValue))) != 0 }
}

extension Tensor {
    /// The product of two matrices, each read transposed in place when asked: `aᵀ @ b` and
    /// `a @ bᵀ` (the two products a backward pass needs) without copying a transpose. Benchmarks
    /// and tests may choose the kernel and the number of threads (0: one per processor).
    public func matmul(
        _ other: Tensor, transposingSelf: Bool, transposingOther: Bool,
        path: MatrixProductPath = .best, threads: Int = 0
    ) throws -> Tensor {
        guard rank == 2, other.rank == 2 else {
            throw TensorError.shapeMismatch(
                op: "matmul", lhs: shape, rhs: other.shape,
                detail: "cannot be multiplied transposed: both must be matrices")
        }
        let (m, k) = transposingSelf ? (shape[1], shape[0]) : (shape[0], shape[1])
        let (k2, n) = transposingOther ? (other.shape[1], other.shape[0]) : (other.shape[0], other.shape[1])
        guard k == k2 else {
            throw TensorError.shapeMismatch(
                op: "matmul", lhs: shape, rhs: other.shape,
                detail: "are not aligned: \(k) columns on the left, \(k2) rows on the right")
        }
        _ = try Shape.elementCount(of: [m, n], op: "matmul")
        let out = try Tensor.matrixProduct(
            scalars, other.scalars, m: m, k: k, n: n,
            transposingLeft: transposingSelf, transposingRight: transposingOther,
            path: path, threads: threads)
        return Tensor(validShape: [m, n], scalars: out)
    }

    /// C = A·B (m×k times k×n, row-major C), where A is `lhs` read as m×k, or as the transpose
    /// of a k×m matrix, and likewise B.
    ///
    /// Every C[i, j] is summed as the textbook triple loop sums it — from 0, adding A[i, p]·B[p, j]
    /// for p = 0, 1, …, k − 1, without fused multiply-add — on every path and any number of
    /// threads; the speed comes from packing, blocking and interleaving independent sums
    /// (Sources/CKernels/gemm.c). Throws ``Interrupted`` when ``Interruption/requested`` says so.
    static func matrixProduct(
        _ lhs: [Double], _ rhs: [Double], m: Int, k: Int, n: Int,
        transposingLeft: Bool = false, transposingRight: Bool = false,
        path: MatrixProductPath = .best, threads: Int = 0
    ) throws -> [Double] {
        guard m > 0, n > 0 else { return [] }
        let (aRow, aCol) = transposingLeft ? (1, m) : (k, 1)
        let (bRow, bCol) = transposingRight ? (1, k) : (n, 1)
        // A product under a million multiply-adds takes well under a millisecond: not worth a question.
        let check = Double(m) * Double(k) * Double(n) < 1e6 ? nil : Interruption.requested
        var status: Int32 = 0
        let out = [Double](unsafeUninitializedCapacity: m * n) { buffer, initializedCount in
            lhs.withUnsafeBufferPointer { a in
                rhs.withUnsafeBufferPointer { b in
                    let poll: gb_poll_fn? =
                        check == nil
                        ? nil
                        : { context in
                            Unmanaged<Interruption.Check>.fromOpaque(context!).takeUnretainedValue().isRequested()
                                ? 1 : 0
                        }
                    let context = check.map { Unmanaged.passUnretained($0).toOpaque() }
                    status = gb_gemm(
                        gb_gemm_path(UInt32(path.rawValue)), Int32(clamping: threads),
                        a.baseAddress, aRow, aCol, b.baseAddress, bRow, bCol,
                        buffer.baseAddress, m, k, n, poll, context)
                }
            }
            // The kernel writes every element unless it was stopped; a stopped result is thrown away.
            if status != 0 { buffer.initialize(repeating: 0) }
            initializedCount = m * n
        }
        withExtendedLifetime(check) {}
        switch status {
        case 0: return out
        case 1: throw Interrupted()
        default:
            throw TensorError.invalidArgument(op: "matmul", "no memory left to lay out the operands for the product")
        }
    }
}
