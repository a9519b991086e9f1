import Testing

@testable import Symbolic

/// softplus′ and softplus″ on both sides of PyTorch's threshold 20, where softplus becomes x and
/// its backward passes exactly 1 (numbers from scripts/reference/softplus_threshold_reference.py).
struct SoftplusThresholdTests {
    @Test(arguments: softplusThresholdCases)
    func derivativesFollowTorchAcrossTheThreshold(_ reference: TorchDerivativeCase) throws {
        let formula = Expr.apply(.softplus, .symbol("x"))
        let first = try formula.derivative(with: "x")
        let second = try first.derivative(with: "x")
        let point = ["x": reference.x]
        #expect(try formula.evaluate(point) == reference.value)
        // Above the threshold exactly 1; below it σ(x), which torch's backward computes as
        // eˣ/(eˣ + 1), an ulp away at times.
        let firstMatches =
            reference.x > ElementaryFunction.softplusThreshold
            ? try first.evaluate(point) == reference.first
            : TorchReferenceTests.close(try first.evaluate(point), reference.first)
        #expect(firstMatches, "softplus′(\(reference.x))")
        if reference.x == ElementaryFunction.softplusThreshold {
            // Exactly on the threshold torch's first derivative takes the σ branch (x > 20 is
            // false) but its double backward masks with x < 20, also false: 0 instead of σ′(20) ≈ 2e-9.
            #expect(Swift.abs(try second.evaluate(point) - reference.second) < 3e-9)
        } else {
            #expect(
                TorchReferenceTests.close(try second.evaluate(point), reference.second), "softplus″(\(reference.x))")
        }
    }
}
