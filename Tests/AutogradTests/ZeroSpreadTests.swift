import Testing
import Tensors
@testable import Autograd

/// std and var where a lane has no spread: PyTorch's std backward passes 0 there instead of
/// 0/0, so one constant row leaves the other rows' gradients alone (numbers from
/// scripts/reference/zero_spread_reference.py).
@Suite struct ZeroSpreadTests {
    @Test(arguments: ZeroSpreadReference.cases.map(\.name))
    func matchesPyTorch(_ name: String) throws {
        let reference = ZeroSpreadReference.cases.first { $0.name == name }!
        let inputs = try reference.inputs.map { Variable(try Tensor(shape: $0.shape, scalars: $0.values)) }
        let output = try PyTorchReferenceTests.apply(reference, to: inputs)
        let check = PyTorchReferenceTests()
        check.expectClose(output.value, reference.output, "output")
        let upstream = try Tensor(shape: reference.upstream.shape, scalars: reference.upstream.values)
        let grads = try gradients(of: output, wrt: inputs, upstream: upstream)
        check.expectClose(grads[0], reference.gradients[0], "gradient")
    }
}
