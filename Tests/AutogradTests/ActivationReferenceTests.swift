import Functions
import Tensors
import Testing

@testable import Autograd

/// The activations added through the registry against PyTorch (float64): outputs and input
/// gradients for tails, zero and tiny inputs. Numbers from scripts/reference/activation_reference.py.
@Suite struct ActivationReferenceTests {
    @Test(arguments: activationReferenceCases.map(\.name))
    func matchesPyTorch(_ name: String) throws {
        let reference = try #require(activationReferenceCases.first { $0.name == name })
        let f = try #require(ElementwiseFunction.named(name))
        #expect(f.layerName == reference.layer)
        let x = Variable(Tensor(reference.inputs))
        let y = try x.applying(f)
        try y.backward(upstream: Tensor(reference.upstream))
        for (what, actual, expected) in [
            ("output", y.value.scalars, reference.output), ("gradient", x.grad?.scalars ?? [], reference.gradient),
        ] {
            #expect(actual.count == expected.count)
            for (a, e) in zip(actual, expected) {
                // PyTorch's vectorised erf (SLEEF, 1 ulp) may differ from libm's in the last bits.
                #expect(
                    a == e || Swift.abs(a - e) <= 1e-14 * Swift.abs(e) + 1e-300, "\(name) \(what): \(a) vs PyTorch \(e)"
                )
            }
        }
    }
}
