import Functions
import Tensors
import Testing

@testable import Autograd

@Suite struct GraphPathsTests {
    /// Seed 001's network: z₁ feeds both hidden units, so ∂a/∂w₁₁ has two terms.
    @Test func seedNetworkHasTwoPathsWhoseProductsSumToTheGradient() throws {
        let x1 = Variable(0.5, label: "x1")
        let x2 = Variable(-1.0, label: "x2")
        let w11 = Variable(0.3, label: "w11")
        let w21 = Variable(0.8, label: "w21")
        let v11 = Variable(-0.6, label: "v11")
        let v12 = Variable(1.2, label: "v12")
        let p11 = Variable(0.7, label: "p11")
        let p21 = Variable(-0.4, label: "p21")
        let z1 = try w11 * x1 + w21 * x2
        let h1 = try (v11 * z1).tanh()
        let h2 = try (v12 * z1).tanh()
        let a = try p11 * h1 + p21 * h2

        let paths = GraphPaths(from: a, to: w11)
        #expect(paths.count == 2)
        let listed = paths.paths(limit: 10)
        #expect(listed.count == 2)
        // Each path ends at w11 and starts at a.
        for path in listed {
            #expect(path.steps.first?.node === a)
            let last = try #require(path.steps.last)
            #expect(last.node.inputs[last.input] === w11)
        }
        let products = try listed.map { path in
            try path.steps.reduce(1.0) { product, step in
                product * (try #require(try step.node.localDerivative(toInput: step.input)))
            }
        }
        // By hand: z1 = 0.15 − 0.8 = −0.65 and
        // ∂a/∂w11 = p11·(1 − tanh²(v11·z1))·v11·x1 + p21·(1 − tanh²(v12·z1))·v12·x1.
        let t1 = tanhOf(-0.6 * -0.65)
        let t2 = tanhOf(1.2 * -0.65)
        let expected = 0.7 * (1 - t1 * t1) * -0.6 * 0.5 + -0.4 * (1 - t2 * t2) * 1.2 * 0.5
        #expect(Swift.abs(products.reduce(0, +) - expected) < 1e-15)
        #expect(Swift.abs(try gradients(of: a, wrt: [w11])[0].scalars[0] - expected) < 1e-15)
    }

    @Test func aSquareUsesItsInputTwice() throws {
        let x = Variable(3.0)
        let y = try x * x
        let paths = GraphPaths(from: y, to: x).paths(limit: 5)
        #expect(paths.map { $0.steps.map(\.input) } == [[0], [1]])
        #expect(try paths.map { try $0.steps[0].node.localDerivative(toInput: $0.steps[0].input) } == [3, 3])
    }

    @Test func pathsDoubleWithEveryLayerAndTheCountSaturates() throws {
        let x = Variable(1.0)
        var y = x
        for _ in 0..<10 { y = try y * y }
        #expect(GraphPaths(from: y, to: x).count == 1024)
        #expect(GraphPaths(from: y, to: x).paths(limit: 7).count == 7)
        for _ in 0..<60 { y = try y * y }
        #expect(GraphPaths(from: y, to: x).count == Int.max)
    }

    @Test func unrelatedNodesAndTheRootItself() throws {
        let x = Variable(2.0)
        let other = Variable(5.0)
        let y = try x.exp()
        #expect(GraphPaths(from: y, to: other).count == 0)
        #expect(GraphPaths(from: y, to: other).paths(limit: 3).isEmpty)
        let itself = GraphPaths(from: y, to: y)
        #expect(itself.count == 1)
        #expect(itself.paths(limit: 3).map(\.steps.count) == [0])
        // Constants are not part of the gradient graph, so no path reaches them.
        let constant = Variable(4.0, requiresGrad: false)
        #expect(GraphPaths(from: try x * constant, to: constant).count == 0)
    }

    @Test func localDerivativesOfSingleNumbersOnly() throws {
        let a = Variable(2.0)
        let b = Variable(-3.0)
        let product = try a * b
        #expect(try product.localDerivative(toInput: 0) == -3)
        #expect(try product.localDerivative(toInput: 1) == 2)
        #expect(try product.localDerivative(toInput: 2) == nil)
        #expect(try a.localDerivative(toInput: 0) == nil)
        // A reduction has no elementwise rule, but of one number it still has a local derivative.
        #expect(try a.reshaped([1]).sum().localDerivative(toInput: 0) == 1)
        let v = Variable(Tensor([1, 2]))
        #expect(try (v * v).localDerivative(toInput: 0) == nil)
        #expect(try (v * v).inputGradients(upstream: Tensor([1, 1])) == [Tensor([1, 2]), Tensor([1, 2])])
    }
}

private func tanhOf(_ x: Double) -> Double { Tensor(x).applying(.tanh).scalars[0] }
