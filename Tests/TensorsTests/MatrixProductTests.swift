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

    /// Bit patterns, so that −0 and NaN compare as what they are.
    static func bits(_ xs: [Double]) -> [UInt64] { xs.map(\.bitPattern) }

    // Column counts around the kernel's blocks of four, the one-column (matrix·vector) path and
    // the shapes of micrograd's demo (100×2, 100×16, 16×100 against 16 or 1 columns).
    @Test(arguments: [(1, 1, 1), (3, 5, 1), (2, 3, 4), (5, 7, 5), (4, 6, 7), (3, 2, 8), (6, 9, 11),
                      (100, 2, 16), (100, 16, 16), (16, 100, 16), (100, 16, 1), (100, 1, 16), (16, 100, 1)])
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

    @Test func signedZerosInfinitiesAndNaNsComeOutAsTheTextbookLoopGivesThem() throws {
        let a: [Double] = [-0.0, -0.0, 1, .infinity, .nan, 2, -1, 0, 3, -0.0, 1e308, 1e308]
        let b: [Double] = [0, 1, -2, 3, 4, -0.0, 0, 1, 2, -1, 1, 1]
        for (m, k, n) in [(3, 4, 3), (2, 6, 2), (4, 3, 4), (1, 12, 1), (12, 1, 12)] {
            let product = try Tensor(shape: [m, k], scalars: a).matmul(Tensor(shape: [k, n], scalars: Array(b.prefix(k * n))))
            #expect(Self.bits(product.scalars) == Self.bits(Self.textbook(a, Array(b.prefix(k * n)), m: m, k: k, n: n)),
                    "\(m)×\(k) @ \(k)×\(n)")
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
