import Tensors
import Testing

@testable import Autograd

/// The fused binary cross-entropy steps and the row-wise pick, against central differences
/// (their PyTorch parity, extremes included, is checked in NNTests' loss reference cases).
@Suite struct FusedOperationTests {
    @Test func binaryCrossEntropyGradientsMatchCentralDifferences() throws {
        let p = Variable(try Tensor(shape: [2, 3], scalars: [0.1, 0.45, 0.9, 0.3, 0.62, 0.05]))
        let y = Variable(try Tensor(shape: [2, 3], scalars: [1, 0, 0.7, 0.2, 1, 0]))
        let check = try GradientCheck(of: p.binaryCrossEntropy(y).sum(), wrt: [p, y], eps: 1e-7)
        #expect(check.maxRelativeError < 1e-6)
        #expect(check.entries.count == 12)
    }

    @Test func binaryCrossEntropyWorkedNumbers() throws {
        // −ln 0.8 for (p, y) = (0.8, 1); −(0.5·ln 0.4 + 0.5·ln 0.6) for (0.4, 0.5).
        let loss = try Variable(Tensor([0.8, 0.4])).binaryCrossEntropy(Variable(Tensor([1, 0.5])))
        #expect(Swift.abs(loss.value.scalars[0] - 0.2231435513142097) < 1e-15)
        #expect(Swift.abs(loss.value.scalars[1] - 0.7135581778200728) < 1e-15)
        // At p = 0, y = 0 the clamped loss is 0 and the gradient 0 (not 0·∞ = NaN).
        let zero = Variable(Tensor([0.0]))
        let atEdge = try zero.binaryCrossEntropy(Variable(Tensor([0.0]), requiresGrad: false))
        #expect(atEdge.value.scalars == [0])
        #expect(try gradients(of: atEdge.sum(), wrt: [zero])[0].scalars == [0])
    }

    @Test func binaryCrossEntropyRejectsProbabilitiesOutsideZeroOne() {
        for bad in [-0.1, 1.5, Double.nan] {
            #expect(throws: TensorError.self) {
                try Variable(Tensor([0.5, bad])).binaryCrossEntropy(Variable(Tensor([1, 1])))
            }
        }
    }

    @Test func binaryCrossEntropyWithLogitsGradientsMatchCentralDifferences() throws {
        let x = Variable(try Tensor(shape: [2, 2], scalars: [-3.1, 0.4, 2.2, -0.7]))
        let y = Variable(Tensor([0.25, 1]))  // broadcast over rows
        let check = try GradientCheck(of: x.binaryCrossEntropyWithLogits(y).sum(), wrt: [x, y])
        #expect(check.maxRelativeError < 1e-7)
    }

    @Test func binaryCrossEntropyWithLogitsIsFiniteForHugeScores() throws {
        let loss = try Variable(Tensor([-800, 800])).binaryCrossEntropyWithLogits(Variable(Tensor([1, 0])))
        #expect(loss.value.scalars == [800, 800])
    }

    @Test func pickTakesOneEntryPerRowAndScattersTheGradient() throws {
        let a = Variable(try Tensor(shape: [3, 2], scalars: [1, 2, 3, 4, 5, 6]))
        let picked = try a.pickColumns([1, 0, 1])
        #expect(picked.value.scalars == [2, 3, 6])
        let g = try gradients(of: picked, wrt: [a], upstream: Tensor([10, 20, 30]))[0]
        #expect(g.scalars == [0, 10, 20, 0, 0, 30])
        let check = try GradientCheck(of: (picked * picked).sum(), wrt: [a])
        #expect(check.maxRelativeError < 1e-8)
    }

    @Test func pickRejectsBadIndicesAndShapes() throws {
        let a = Variable(try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]))
        #expect(throws: TensorError.self) { try a.pickColumns([0, 2]) }
        #expect(throws: TensorError.self) { try a.pickColumns([0, -1]) }
        #expect(throws: TensorError.self) { try a.pickColumns([0]) }
        #expect(throws: TensorError.self) { try Variable(Tensor([1, 2])).pickColumns([0, 0]) }
    }
}
