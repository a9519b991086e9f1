import Tensors
import Testing

@testable import Autograd

@Suite struct BackwardTests {
    @Test func gradientsAccumulateUntilZeroed() throws {
        let x = Variable(3.0)
        let y = try x * x
        try y.backward()
        try y.backward()
        #expect(x.grad?.scalar == 12, "two backward passes add 6 + 6")
        x.zeroGrad()
        #expect(x.grad == nil)
        try y.backward()
        #expect(x.grad?.scalar == 6)
    }

    @Test func innerNodesKeepTheirGradient() throws {
        let x = Variable(2.0)
        let h = try x * 3
        let y = try h * h
        try y.backward()
        #expect(h.grad?.scalar == 12)  // ∂(h²)/∂h = 2h = 12
        #expect(x.grad?.scalar == 36)
    }

    @Test func nonScalarOutputNeedsAnUpstreamGradient() throws {
        let x = Variable(Tensor([1, 2, 3]))
        let y = try x * x
        #expect(throws: AutogradError.implicitGradientForNonScalar(shape: [3])) { try y.backward() }
        #expect(throws: AutogradError.upstreamShapeMismatch(output: [3], upstream: [2])) {
            try y.backward(upstream: Tensor([1, 1]))
        }
        try y.backward(upstream: Tensor([1, 0, -1]))
        #expect(x.grad == Tensor([2, 0, -6]))
    }

    @Test func sharedSubexpressionsSumTheirPaths() throws {
        // a is used twice; both paths contribute (the multivariable chain rule).
        let a = Variable(5.0)
        let b = try a * a + a
        try b.backward()
        #expect(a.grad?.scalar == 11)
    }

    @Test func noGradAndDetachBuildNoGraph() throws {
        let x = Variable(2.0)
        let y = try withoutGradients { try x * x }
        #expect(y.isLeaf && !y.requiresGrad)
        let z = try x.detached() * x
        try z.backward()
        #expect(x.grad?.scalar == 2, "only the attached factor contributes")
    }

    @Test func assigningAfterUseIsAnErrorNotAWrongGradient() throws {
        let w = Variable(Tensor([1, 2]), label: "w")
        let loss = try (w * w).sum()
        try w.assign(Tensor([5, 5]))
        #expect(throws: AutogradError.modifiedAfterUse(label: "w", operation: "mul")) { try loss.backward() }
        #expect(throws: AutogradError.assignToNonLeaf(label: nil)) { try loss.assign(Tensor(0)) }
    }

    @Test func updatingInPlaceIsAnAssignmentThatLeavesSharedCopiesAlone() throws {
        let w = Variable(Tensor([1, 2]), label: "w")
        let loss = try (w * w).sum()
        let saved = w.state
        let valueBefore = w.value
        try w.update { p in for j in p.indices { p[j] = p[j] * 10 } }
        #expect(w.value.scalars == [10, 20])
        #expect(valueBefore.scalars == [1, 2], "a tensor that shared the elements keeps its own")
        #expect(throws: AutogradError.modifiedAfterUse(label: "w", operation: "mul")) { try loss.backward() }
        w.restore(saved)
        #expect(w.value.scalars == [1, 2])
        #expect(throws: AutogradError.assignToNonLeaf(label: nil)) { try loss.update { _ in } }
    }

    @Test func graphIsIntrospectableInTopologicalOrder() throws {
        let x = Variable(0.5, label: "x")
        let w = Variable(-2.0, label: "w")
        let y = try (x * w).tanh()
        let order = topologicalOrder(from: y)
        #expect(order.map { $0.operation?.name ?? $0.label ?? "?" } == ["x", "w", "mul", "tanh"])
        let pass = try y.backward()
        let tanhNode = order[3]
        #expect(tanhNode.operation?.localDerivatives == ["1 − tanh²(a)"])
        let local = try tanhNode.operation!.localDerivativeValues(
            inputs: tanhNode.inputs.map(\.value), output: tanhNode.value)!
        let t = Double.tanh(-1.0)
        #expect(Swift.abs(local[0].scalar! - (1 - t * t)) < 1e-15)
        // What tanh passed down = local derivative · upstream (1).
        #expect(pass.contributions(of: tanhNode)[0] == local[0])
        #expect(pass.gradient(of: x)?.scalar == w.value.scalar! * local[0].scalar!)
    }

    @Test func aLongChainNeitherOverflowsNorLeaks() throws {
        let x = Variable(1.0)
        var s = x
        for _ in 0..<300_000 { s = try s + 1 }
        try s.backward()
        #expect(x.grad?.scalar == 1)
        s = x  // frees the chain; the iterative deinit keeps the stack flat
    }

    @Test func broadcastGradientsSumBackToTheOperandShape() throws {
        let a = Variable(try Tensor(shape: [2, 3], repeating: 1))
        let b = Variable(Tensor([1, 2, 3]))
        let y = try (a * b).sum()
        try y.backward()
        #expect(b.grad == Tensor([2, 2, 2]))
        #expect(a.grad == (try Tensor(shape: [2, 3], scalars: [1, 2, 3, 1, 2, 3])))
    }
}
