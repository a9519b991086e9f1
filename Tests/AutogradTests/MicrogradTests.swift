import Tensors
import Testing

@testable import Autograd

/// micrograd's own engine tests (test/test_engine.py), with the values PyTorch gives.
@Suite struct MicrogradTests {
    @Test func sanityCheck() throws {
        let x = Variable(-4.0)
        let z = try 2 * x + 2 + x
        let q = try z.relu() + z * x
        let h = try (z * z).relu()
        let y = try h + q + q * x
        try y.backward()
        #expect(y.value.scalar == -20)
        #expect(x.grad?.scalar == 46)
        #expect(Swift.abs(y.value.scalar! - PyTorchReference.sanityCheck.y) < 1e-12)
        #expect(Swift.abs(x.grad!.scalar! - PyTorchReference.sanityCheck.dydx) < 1e-12)
    }

    @Test func moreOps() throws {
        let a = Variable(-4.0)
        let b = Variable(2.0)
        var c = try a + b
        var d = try a * b + b.pow(3)
        c = try c + c + 1
        c = try c + 1 + c + (-a)
        d = try d + d * 2 + (b + a).relu()
        d = try d + 3 * d + (b - a).relu()
        let e = try c - d
        let f = try e.pow(2)
        var g = try f / 2.0
        g = try g + 10.0 / f
        try g.backward()
        let reference = PyTorchReference.moreOps
        #expect(Swift.abs(g.value.scalar! - 24.704081632653) < 1e-9)
        #expect(Swift.abs(a.grad!.scalar! - 138.833819241983) < 1e-9)
        #expect(Swift.abs(b.grad!.scalar! - 645.577259475219) < 1e-9)
        #expect(Swift.abs(g.value.scalar! - reference.g) < 1e-12 * Swift.abs(reference.g))
        #expect(Swift.abs(a.grad!.scalar! - reference.dgda) < 1e-12 * Swift.abs(reference.dgda))
        #expect(Swift.abs(b.grad!.scalar! - reference.dgdb) < 1e-12 * Swift.abs(reference.dgdb))
    }
}
