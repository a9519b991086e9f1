import Tensors
import Testing

@testable import Autograd

@Suite struct GradientCheckTests {
    @Test func agreesOnACubic() throws {
        let x = Variable(2.0)
        let check = try GradientCheck(of: x.pow(3), wrt: [x], eps: 1e-5)
        #expect(check.entries.count == 1)
        #expect(check.entries[0].analytic == 12)
        #expect(Swift.abs(check.entries[0].numeric - 12) < 1e-8)
        #expect(check.maxRelativeError < 1e-9)
        #expect(!check.kinkCrossed)
    }

    @Test func catchesAWrongDerivative() throws {
        // sin with the derivative of cos: the check must notice.
        let wrong = Operation(
            name: "bad_sin", formula: "sin(a)", localDerivatives: ["−sin(a)"],
            forward: { $0[0].sin() }, gradient: .elementwise { inputs, _ in [-inputs[0].sin()] })
        let x = Variable(Tensor([0.3, 1.1]))
        let check = try GradientCheck(of: Variable.apply(wrong, to: [x]).sum(), wrt: [x])
        #expect(!check.passes(tolerance: 1e-4))
        #expect(check.maxRelativeError > 1)
    }

    @Test func flagsAKinkWithinEps() throws {
        let near = Variable(Tensor([2e-7, 1]))
        let check = try GradientCheck(of: near.relu().sum(), wrt: [near], eps: 1e-6)
        #expect(check.kinkOperations == ["relu"])
        // The numeric slope across the kink is neither side's: (2e-7 + 1e-6)/2e-6 = 0.6.
        #expect(Swift.abs(check.entries[0].numeric - 0.6) < 1e-9)
        #expect(check.entries[0].analytic == 1)

        // Per element: only moving near[0] crossed relu's kink.
        #expect(check.entries.map(\.crossedKink) == [true, false])

        let onKink = Variable(Tensor([0.0]))
        #expect(try GradientCheck(of: onKink.abs().sum(), wrt: [onKink]).kinkOperations == ["abs"])

        let far = Variable(Tensor([0.5, -0.5]))
        #expect(try !GradientCheck(of: far.clamp(min: -1, max: 1).sum(), wrt: [far]).kinkCrossed)
        let atBound = Variable(Tensor([1.0]))
        #expect(try GradientCheck(of: atBound.clamp(min: -1, max: 1).sum(), wrt: [atBound]).kinkCrossed)
    }

    @Test func leavesGradientsUntouchedAndNeedsAScalar() throws {
        let x = Variable(Tensor([1, 2]))
        let y = try (x * x).sum()
        _ = try GradientCheck(of: y, wrt: [x])
        #expect(x.grad == nil)
        #expect(throws: AutogradError.nonScalarOutput(op: "gradcheck", shape: [2])) {
            try GradientCheck(of: x * x, wrt: [x])
        }
        #expect(throws: AutogradError.invalidStep(0)) { try GradientCheck(of: y, wrt: [x], eps: 0) }
    }

    @Test func replaysThroughConstantsAndBroadcasts() throws {
        let w = Variable(Tensor([0.5, -1, 2]))
        let data = Variable(try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]), requiresGrad: false)
        let loss = try (data * w).tanh().mean()
        let check = try GradientCheck(of: loss, wrt: [w])
        #expect(check.passes(tolerance: 1e-6))
    }
}

@Suite struct NumericDerivativeTests {
    /// Seed 003's exercise (Hock–Schittkowski 71): f(x) = x₁x₄(x₁ + x₂ + x₃) + x₃ at x₀ = (1, 5, 5, 1).
    static func hs71(_ x: Variable) throws -> Variable {
        let x1 = try x.indexed([.at(0)], text: "0")
        let x2 = try x.indexed([.at(1)], text: "1")
        let x3 = try x.indexed([.at(2)], text: "2")
        let x4 = try x.indexed([.at(3)], text: "3")
        return try x1 * x4 * (x1 + x2 + x3) + x3
    }

    @Test func hessianMatchesTheAnalyticOne() throws {
        let x0 = Tensor([1, 5, 5, 1])
        let numeric = try NumericDerivatives.hessian(of: NumericDerivativeTests.hs71, at: x0)
        // ∂²f: H₁₁ = 2x₄, H₁₂ = H₁₃ = x₄, H₁₄ = 2x₁ + x₂ + x₃, H₂₄ = H₃₄ = x₁, the rest 0.
        let analytic: [Double] = [
            2, 1, 1, 12,
            1, 0, 0, 1,
            1, 0, 0, 1,
            12, 1, 1, 0,
        ]
        #expect(numeric.shape == [4, 4])
        for (n, a) in zip(numeric.scalars, analytic) { #expect(Swift.abs(n - a) < 1e-8) }
    }

    @Test func gradientAndJacobian() throws {
        let x0 = Tensor([1, 5, 5, 1])
        let g = try NumericDerivatives.gradient(of: NumericDerivativeTests.hs71, at: x0)
        #expect(g == Tensor([12, 1, 2, 11]))  // (x₄(2x₁+x₂+x₃), x₁x₄, x₁x₄ + 1, x₁(x₁+x₂+x₃))
        let jacobian = try NumericDerivatives.jacobian(of: { $0.map { $0 * $0 } }, at: Tensor([1, 2, 3]))
        #expect(jacobian.shape == [3, 3])
        for (value, expected) in zip(jacobian.scalars, [2.0, 0, 0, 0, 4, 0, 0, 0, 6]) {
            #expect(Swift.abs(value - expected) < 1e-8)
        }
    }

    @Test func checksOnlyTheChosenElements() throws {
        let w = Variable(Tensor([1, 2, 3, 4]))
        let check = try GradientCheck(of: (w * w).sum(), wrt: [w], elements: [[3, 1]])
        #expect(check.entries.map(\.index) == [3, 1])
        #expect(check.entries.map(\.analytic) == [8, 4])
        #expect(throws: AutogradError.elementOutOfRange) { try GradientCheck(of: w.sum(), wrt: [w], elements: [[4]]) }
    }
}
