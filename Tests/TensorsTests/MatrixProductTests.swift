import Testing

@testable import Tensors

/// The matrix-product kernel is fast by interleaving independent sums, never by reordering one:
/// each element must be bit-for-bit the textbook triple loop's, whatever the shape.
@Suite struct MatrixProductTests {
    /// The textbook loop: C[i, j] = ((0 + A[i,0]·B[0,j]) + A[i,1]·B[1,j]) + ….
    static func textbook(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                for p in 0..<k { c[i * n + j] += a[i * k + p] * b[p * n + j] }
            }
        }
        return c
    }

    static let scales = [1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4]

    /// Bit patterns, so that −0 and the last bit of every sum compare as what they are. A NaN is
    /// any NaN: which operand's NaN an addition passes on (and with which sign) is up to the
    /// processor and to the compiler, which may swap the operands of `+`; gradbook prints `nan`.
    static func bits(_ xs: [Double]) -> [UInt64] { xs.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern } }

    // Column counts around the kernel's blocks of four, the one-column (matrix·vector) path and
    // the shapes of micrograd's demo (100×2, 100×16, 16×100 against 16 or 1 columns).
    @Test(arguments: [
        (1, 1, 1), (3, 5, 1), (2, 3, 4), (5, 7, 5), (4, 6, 7), (3, 2, 8), (6, 9, 11),
        (100, 2, 16), (100, 16, 16), (16, 100, 16), (100, 16, 1), (100, 1, 16), (16, 100, 1),
    ])
    func matchesTheTextbookLoopBitForBit(shape: (Int, Int, Int)) throws {
        let (m, k, n) = shape
        var random = RandomSource(seed: UInt64(m * 10_000 + k * 100 + n))
        // Values of very different sizes make every rounding of a reordered sum show.
        let a = (0..<m * k).map { _ in random.normal() * Self.scales[random.integer(below: Self.scales.count)] }
        let b = (0..<k * n).map { _ in random.normal() * Self.scales[random.integer(below: Self.scales.count)] }
        let product = try Tensor(shape: [m, k], scalars: a).matmul(Tensor(shape: [k, n], scalars: b))
        #expect(product.shape == [m, n])
        #expect(Self.bits(product.scalars) == Self.bits(Self.textbook(a, b, m: m, k: k, n: n)))
    }

    // Shapes that cross every block edge of the packed kernels: KC = 256 rows of B, blocks of
    // about 144 rows of A, panels of 4 to 16 columns, the rows left below the last full panel,
    // and products narrower than half a panel (summed element by element).
    static let blockedShapes = [
        (13, 300, 37), (150, 257, 33), (7, 5, 16), (25, 513, 9), (1, 70, 40), (40, 70, 1), (2, 3, 2),
    ]

    static func randomOperands(_ m: Int, _ k: Int, _ n: Int) -> ([Double], [Double]) {
        var random = RandomSource(seed: UInt64(m * 1_000_003 + k * 1_009 + n))
        let draw = { (count: Int) in
            (0..<count).map { _ in random.normal() * Self.scales[random.integer(below: Self.scales.count)] }
        }
        return (draw(m * k), draw(k * n))
    }

    /// A row-major copy of the transpose of a rows×columns matrix.
    static func transpose(_ x: [Double], rows: Int, columns: Int) -> [Double] {
        (0..<columns).flatMap { j in (0..<rows).map { i in x[i * columns + j] } }
    }

    @Test(arguments: MatrixProductPath.allCases.filter(\.isAvailable))
    func everyPathAndThreadCountGivesTheTextbookBits(path: MatrixProductPath) throws {
        for (m, k, n) in Self.blockedShapes {
            let (a, b) = Self.randomOperands(m, k, n)
            let expected = Self.bits(Self.textbook(a, b, m: m, k: k, n: n))
            for threads in [1, 2, 3] {
                let product = try Tensor.matrixProduct(a, b, m: m, k: k, n: n, path: path, threads: threads)
                #expect(Self.bits(product) == expected, "\(path) \(m)×\(k)×\(n), \(threads) threads")
            }
        }
    }

    @Test func aProductLargeEnoughForSeveralThreadsGivesTheSameBits() throws {
        // 9.4 million multiply-adds: above the size from which the kernel starts helper threads.
        let (m, k, n) = (300, 260, 120)
        let (a, b) = Self.randomOperands(m, k, n)
        let expected = Self.bits(Self.textbook(a, b, m: m, k: k, n: n))
        for threads in [1, 2, 4] {
            #expect(
                Self.bits(try Tensor.matrixProduct(a, b, m: m, k: k, n: n, threads: threads)) == expected,
                "\(threads) threads")
        }
    }

    @Test(arguments: MatrixProductPath.allCases.filter(\.isAvailable))
    func transposedOperandsAreReadInPlace(path: MatrixProductPath) throws {
        for (m, k, n) in Self.blockedShapes {
            let (a, b) = Self.randomOperands(m, k, n)
            let expected = Self.bits(Self.textbook(a, b, m: m, k: k, n: n))
            let aT = Self.transpose(a, rows: m, columns: k)
            let bT = Self.transpose(b, rows: k, columns: n)
            for (lhs, rhs, left, right) in [(aT, b, true, false), (a, bT, false, true), (aT, bT, true, true)] {
                let product = try Tensor.matrixProduct(
                    lhs, rhs, m: m, k: k, n: n, transposingLeft: left,
                    transposingRight: right, path: path, threads: 2)
                #expect(Self.bits(product) == expected, "\(path) \(m)×\(k)×\(n) transposed \(left) \(right)")
            }
        }
    }

    @Test func theTensorFormOfATransposedProductChecksShapes() throws {
        let a = try Tensor(shape: [3, 2], scalars: [1, 2, 3, 4, 5, 6])
        #expect(try a.matmul(a, transposingSelf: true, transposingOther: false) == a.transposed.matmul(a))
        #expect(try a.matmul(a, transposingSelf: false, transposingOther: true) == a.matmul(a.transposed))
        #expect(throws: TensorError.self) { try a.matmul(a, transposingSelf: false, transposingOther: false) }
    }

    @Test func aRequestedInterruptionStopsALargeProduct() throws {
        let a = [Double](repeating: 1, count: 600 * 600)
        var asked = 0
        let check = Interruption.Check {
            asked += 1
            return asked > 1
        }
        #expect(throws: Interrupted.self) {
            try Interruption.$requested.withValue(check) {
                _ = try Tensor.matrixProduct(a, a, m: 600, k: 600, n: 600)
            }
        }
        #expect(asked == 2)
    }

    @Test func signedZerosInfinitiesAndNaNsComeOutAsTheTextbookLoopGivesThem() throws {
        for path in MatrixProductPath.allCases where path.isAvailable {
            let a: [Double] = [-0.0, -0.0, 1, .infinity, .nan, 2, -1, 0, 3, -0.0, 1e308, 1e308]
            let b: [Double] = [0, 1, -2, 3, 4, -0.0, 0, 1, 2, -1, 1, 1]
            for (m, k, n) in [(3, 4, 3), (2, 6, 2), (4, 3, 4), (1, 12, 1), (12, 1, 12)] {
                let product = try Tensor.matrixProduct(a, Array(b.prefix(k * n)), m: m, k: k, n: n, path: path)
                #expect(
                    Self.bits(product) == Self.bits(Self.textbook(a, Array(b.prefix(k * n)), m: m, k: k, n: n)),
                    "\(path) \(m)×\(k) @ \(k)×\(n)")
            }
        }
    }

    @Test func anEmptyInnerAxisGivesZerosAndAnEmptyOuterAxisNothing() throws {
        #expect(try Tensor.zeros([2, 0]).matmul(Tensor.zeros([0, 3])) == Tensor.zeros([2, 3]))
        #expect(try Tensor.zeros([0, 4]).matmul(Tensor.zeros([4, 3])).shape == [0, 3])
        #expect(try Tensor.zeros([2, 4]).matmul(Tensor.zeros([4, 0])).shape == [2, 0])
    }

    @Test func transposeReadsColumnsAsRows() throws {
        let a = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        #expect(a.transposed == (try Tensor(shape: [3, 2], scalars: [1, 4, 2, 5, 3, 6])))
        #expect(a.transposed.transposed == a)
        #expect(try Tensor.zeros([0, 3]).transposed.shape == [3, 0])
    }
}
