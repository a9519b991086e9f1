import Tensors
import Testing

@testable import Autograd

/// norm and dot against PyTorch (float64), from scripts/reference/norm_reference.py, including
/// PyTorch's gradients at the zero vector, at zero entries and at tied maxima.
@Suite struct NormReferenceTests {
    @Test(arguments: NormReference.norms.map(\.name))
    func normMatchesPyTorch(_ name: String) throws {
        let reference = NormReference.norms.first { $0.name == name }!
        let x = Variable(Tensor(reference.x))
        let norm = try x.norm(p: reference.p)
        #expect(close(norm.value.scalars[0], reference.norm), "norm \(norm.value.scalars[0]) vs \(reference.norm)")
        let gradient = try gradients(of: norm, wrt: [x], upstream: Tensor(NormReference.upstream))[0]
        for (a, e) in zip(gradient.scalars, reference.gradient) {
            #expect(close(a, e), "gradient \(gradient.scalars) vs PyTorch \(reference.gradient)")
        }
    }

    @Test func dotMatchesPyTorch() throws {
        let reference = NormReference.dot
        let a = Variable(Tensor(reference.a))
        let b = Variable(Tensor(reference.b))
        let d = try a.dot(b)
        #expect(close(d.value.scalars[0], reference.value))
        let grads = try gradients(of: d, wrt: [a, b], upstream: Tensor(NormReference.upstream))
        #expect(zip(grads[0].scalars, reference.gradientA).allSatisfy(close))
        #expect(zip(grads[1].scalars, reference.gradientB).allSatisfy(close))
    }

    private func close(_ a: Double, _ e: Double) -> Bool { a == e || Swift.abs(a - e) <= 1e-12 * Swift.abs(e) + 1e-15 }
}
