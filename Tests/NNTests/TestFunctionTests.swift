import Autograd
import Tensors
import Testing

@testable import NN

/// The optimizer test functions: values and gradients worked by hand, gradients checked by
/// central differences, their special points, and their checks on the input.
@Suite struct TestFunctionTests {
    func valueAndGradient(_ f: TestFunction, _ point: [Double]) throws -> (value: Double, gradient: [Double]) {
        let p = Variable(Tensor(point))
        let y = try f(p)
        #expect(y.value.shape == [])
        try y.backward()
        return (y.value.scalars[0], p.grad?.scalars ?? [])
    }

    @Test func ravine() throws {
        let f = try TestFunction.ravine(kappa: 10)
        let (value, gradient) = try valueAndGradient(f, [2, 1])
        #expect(value == 0.5 * (4 + 10 * 1))
        #expect(gradient == [2, 10 * 1])
        #expect(f.formula == "0.5·(x² + 10·y²)")
        #expect(TestFunction.all[0] == (try TestFunction.ravine()), "κ = 20 by default")
        #expect(TestFunction.all[0].formula == "0.5·(x² + 20·y²)")
    }

    @Test func rosenbrock() throws {
        // At (−1, 2): (1 − x)² = 4, y − x² = 1; ∇ = (−2·2 − 400·(−1)·1, 200·1).
        let (value, gradient) = try valueAndGradient(.rosenbrock, [-1, 2])
        #expect(value == 4 + 100)
        #expect(gradient == [-4 + 400, 200])
    }

    @Test func saddle() throws {
        let (value, gradient) = try valueAndGradient(.saddle, [3, 2])
        #expect(value == 9 - 4)
        #expect(gradient == [6, -4])
    }

    @Test func cubicTakesOneNumberInEitherShape() throws {
        let (value, gradient) = try valueAndGradient(.cubic, [-2])
        #expect(value == -8 && gradient == [12])
        let x = Variable(0.5)
        let y = try TestFunction.cubic(x)
        try y.backward()
        #expect(y.value == Tensor(0.125) && x.grad == Tensor(0.75))
    }

    @Test(arguments: TestFunction.all.map(\.name))
    func gradientAgreesWithCentralDifferences(_ name: String) throws {
        let f = try #require(TestFunction.named(name))
        for point in [[0.3, -0.7], [-1.2, 1.0], [1.7, 2.2]] {
            let p = Variable(Tensor(Array(point.prefix(f.inputCount))))
            let check = try GradientCheck(of: f(p), wrt: [p])
            #expect(check.passes(tolerance: 1e-6), "\(name) at \(point): \(check.maxRelativeError)")
        }
    }

    @Test(arguments: TestFunction.all.map(\.name))
    func gradientVanishesAtTheSpecialPoint(_ name: String) throws {
        let f = try #require(TestFunction.named(name))
        let (value, gradient) = try valueAndGradient(f, f.specialPoint)
        #expect(value == 0)
        #expect(gradient.allSatisfy { $0 == 0 })
    }

    @Test func specialPointsAreWhatTheySay() throws {
        #expect(TestFunction.all.map(\.specialPointKind) == [.minimum, .minimum, .saddle, .inflection])
        // The saddle rises along x and falls along y; the cubic falls on the left of 0.
        #expect(try TestFunction.saddle.value(at: [0.1, 0]) > 0 && TestFunction.saddle.value(at: [0, 0.1]) < 0)
        #expect(try TestFunction.cubic.value(at: [-0.1]) < 0 && TestFunction.cubic.value(at: [0.1]) > 0)
        #expect(try TestFunction.rosenbrock.value(at: [1.01, 1.02]) > 0)
    }

    @Test func valueAtAPointMatchesTheGraph() throws {
        #expect(try TestFunction.rosenbrock.value(at: [0, 0]) == 1)
        #expect(try TestFunction.ravine().value(at: [1, 1]) == 10.5)
    }

    @Test func namesAndFormulas() {
        #expect(TestFunction.all.map(\.name) == ["ravine", "rosenbrock", "saddle", "cubic"])
        #expect(TestFunction.all.map(\.inputCount) == [2, 2, 2, 1])
        #expect(TestFunction.named("rosenbrock")?.formula == "(1 − x)² + 100·(y − x²)²")
        #expect(TestFunction.named("banana") == nil)
    }

    @Test func refusesAPointOfTheWrongShape() throws {
        #expect(throws: TestFunctionError.wrongShape(function: "rosenbrock", expected: 2, shape: [3])) {
            try TestFunction.rosenbrock(Variable(Tensor([1.0, 2.0, 3.0])))
        }
        #expect(throws: TestFunctionError.wrongShape(function: "saddle", expected: 2, shape: [])) {
            try TestFunction.saddle(Variable(1.0))
        }
        #expect(throws: TestFunctionError.wrongShape(function: "cubic", expected: 1, shape: [2])) {
            try TestFunction.cubic.value(at: [1, 2])
        }
        #expect(throws: TestFunctionError.wrongShape(function: "ravine", expected: 2, shape: [0])) {
            try TestFunction.ravine().value(at: [])
        }
        #expect(throws: TestFunctionError.invalidKappa(0)) { try TestFunction.ravine(kappa: 0) }
        #expect(throws: TestFunctionError.self) { try TestFunction.ravine(kappa: .nan) }
        #expect(
            TestFunctionError.wrongShape(function: "cubic", expected: 1, shape: [2]).description
                == "cubic takes one number; this value has shape [2]")
    }

    @Test func anOptimizerWalksDownTheRavine() throws {
        // Gradient descent with lr 0.1 on κ = 20: y flips sign each step (|1 − 0.1·20| = 1 stays),
        // x shrinks by 0.9 — the zig-zag the lesson shows.
        let p = Variable(Tensor([1.0, 1.0]))
        let sgd = try SGD([p], lr: 0.1)
        let ravine = try TestFunction.ravine()
        var ys: [Double] = []
        for _ in 0..<3 {
            sgd.zeroGrad()
            try ravine(p).backward()
            try sgd.step()
            ys.append(p.value.scalars[1])
        }
        OptimizerReference.expectClose(p.value.scalars, [0.9 * 0.9 * 0.9, -1], "after three steps")
        #expect(ys == [-1, 1, -1])
    }
}
