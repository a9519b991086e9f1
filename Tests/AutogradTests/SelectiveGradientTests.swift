import Tensors
import Testing

@testable import Autograd

/// A backward pass computes no gradient that nobody will read: the data operand of a matrix
/// product (X in X @ W) gets none, and the product's gradients match the transposed products.
@Suite struct SelectiveGradientTests {
    struct AskedForUnneededGradient: Error {}

    @Test func aDataOperandIsNotAskedForItsGradient() throws {
        let data = Variable(Tensor([1, 2, 3]), requiresGrad: false)
        let weight = Variable(Tensor([0.5, -1, 2]))
        let askedFor = Operation(
            name: "check", formula: "a · b", localDerivatives: ["b", "a"],
            forward: { try $0[0] * $0[1] },
            gradient: .selective { inputs, _, g, needed in
                guard needed == [false, true] else { throw AskedForUnneededGradient() }
                return [nil, try g * inputs[0]]
            })
        let y = try Variable.apply(askedFor, to: [data, weight]).sum()
        try y.backward()
        #expect(weight.grad == Tensor([1, 2, 3]))
        #expect(data.grad == nil)
    }

    @Test func theMatrixProductsGradientsAreTheTransposedProducts() throws {
        let x = Variable(try Tensor(shape: [3, 2], scalars: [1, -2, 0.5, 4, 3, -1]), requiresGrad: false)
        let w = Variable(try Tensor(shape: [2, 4], scalars: [0.1, 0.2, -0.3, 0.4, 1, -1, 2, 0.5]))
        let y = try x.matmul(w)
        let g = try Tensor(shape: [3, 4], scalars: (0..<12).map { Double($0) - 5 })
        try y.backward(upstream: g)
        #expect(w.grad == (try x.value.transposed.matmul(g)))
        #expect(x.grad == nil)
        let check = try GradientCheck(of: x.matmul(w).sum(), wrt: [w])
        #expect(check.maxRelativeError < 1e-7)
    }
}
