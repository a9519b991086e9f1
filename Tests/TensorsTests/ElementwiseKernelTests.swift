import Functions
import Testing

@testable import Tensors

/// The whole-tensor kernels of the registry functions and of broadcasting give the bits of the
/// one-element rules they are built from, special values included.
@Suite struct ElementwiseKernelTests {
    static let specials: [Double] = [
        0, -0.0, 1, -1, 0.5, -2.5, 20, 25, -30, 1e-300, -1e300, .infinity, -.infinity, .nan,
    ]

    /// A NaN is any NaN (which operand's NaN a product passes on is up to the processor).
    static func bits(_ xs: [Double]) -> [UInt64] { xs.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern } }

    @Test func everyRegisteredFunctionsKernelsMatchItsElementRules() {
        var random = RandomSource(seed: 7)
        let x = Self.specials + (0..<50).map { _ in random.normal() * 3 }
        let upstream = x.indices.map { i in i % 5 == 0 ? -1.5 : random.normal() }
        let input = Tensor(x)
        for f in ElementwiseFunction.all {
            let y = input.applying(f)
            #expect(Self.bits(y.scalars) == Self.bits(x.map(f.value)), "\(f.name)")
            let chained = input.derivative(of: f, output: y, times: Tensor(upstream))
            let stepwise = x.indices.map { i in f.derivative(x[i], output: y.scalars[i]) * upstream[i] }
            #expect(Self.bits(chained.scalars) == Self.bits(stepwise), "\(f.name)")
        }
    }

    @Test func reluIsXAbove0AndNaNStaysNaN() {
        let y = Tensor(Self.specials).applying(.relu).scalars
        let expected = Self.specials.map { $0 > 0 || $0.isNaN ? $0 : 0 }
        #expect(Self.bits(y) == Self.bits(expected))
        #expect(y[1].sign == .plus)  // relu(−0) is +0, as PyTorch's
    }

    @Test func aRowAddedToEveryRowAndItsGradientSumMatchTheElementLoops() throws {
        var random = RandomSource(seed: 3)
        let (rows, columns) = (5, 9)
        let a = (0..<rows * columns).map { _ in random.normal() * 1e3 }
        let row = (0..<columns).map { _ in random.normal() * 1e-3 }
        let sum = try Tensor(shape: [rows, columns], scalars: a) + Tensor(row)
        #expect(Self.bits(sum.scalars) == Self.bits(a.indices.map { a[$0] + row[$0 % columns] }))
        var columnSums = [Double](repeating: 0, count: columns)
        for i in a.indices { columnSums[i % columns] += a[i] }
        #expect(
            Self.bits(try Tensor(shape: [rows, columns], scalars: a).sum(toShape: [columns]).scalars)
                == Self.bits(columnSums))
    }
}
