import Testing

@testable import Symbolic

/// Each elementary function's value and derivatives against torch.autograd (float64), kinks
/// included; and seed 001's network partials. Numbers from scripts/reference/symbolic_reference.py.
struct TorchReferenceTests {
    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
        a == b || Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(a), Swift.abs(b))
    }

    @Test(arguments: torchDerivativeCases)
    func elementaryFunction(_ reference: TorchDerivativeCase) throws {
        let function = try #require(ElementaryFunction.named(reference.function, parameter: reference.parameter))
        let formula = Expr.apply(function, x)
        let first = try formula.derivative(with: "x")
        let second = try first.derivative(with: "x")
        let point = ["x": reference.x]
        #expect(Self.close(try formula.evaluate(point), reference.value))
        #expect(Self.close(try first.evaluate(point), reference.first), "\(reference.function)′(\(reference.x))")
        // A second derivative at a kink is a convention of its own (torch's elu″(0) is 0 from
        // the right-hand branch); away from the kink it must match.
        if function.derivativeAtKink == nil || reference.x != 0 {
            #expect(Self.close(try second.evaluate(point), reference.second), "\(reference.function)″(\(reference.x))")
        }
    }

    @Test func seed001NetworkPartialsMatchTorch() throws {
        let network = Seed001.network
        #expect(Self.close(try network.evaluate(seed001Point), seed001Output))
        for (name, value) in seed001Partials {
            #expect(Self.close(try network.derivative(with: name).evaluate(seed001Point), value), "∂a/∂\(name)")
        }
    }
}

/// Seed 001's two-layer network, f = σ, with z1, z2, h1, h2 as named functions of x1 and x2.
enum Seed001 {
    static let (x1, x2) = (Expr.symbol("x1"), Expr.symbol("x2"))
    static func s(_ name: String) -> Expr { .symbol(name) }
    static func call(_ name: String, _ body: Expr) -> Expr { .call(name: name, arguments: [x1, x2], body: body) }

    static let z1 = call("z1", f(.sigmoid, s("w11") * x1 + s("w21") * x2))
    static let z2 = call("z2", f(.sigmoid, s("w12") * x1 + s("w22") * x2))
    static let h1 = call("h1", f(.sigmoid, s("v11") * z1 + s("v21") * z2))
    static let h2 = call("h2", f(.sigmoid, s("v12") * z1 + s("v22") * z2))
    static let network = call("a", s("p11") * h1 + s("p21") * h2)
}
