import Autograd
import Functions
import NN
import Symbolic
import Tensors
import Testing

@testable import Notebook

/// Every registered elementwise function (Functions/Activations.swift, MathFunctions.swift)
/// reaches every consumer: kernel, autograd, builtin and help, layer, `derive` and the
/// messages that list activations. A new entry that some consumer missed fails here.
@Suite struct RegistryConsistencyTests {
    static let names = ElementwiseFunction.all.map(\.name)
    /// Points away from every break point and below softplus's threshold.
    static let points = [-2.3, -0.7, 0.4, 1.9]

    @Test(arguments: names)
    func derivativeMatchesCentralDifferencesAndTheSymbolicRule(_ name: String) throws {
        let f = try #require(ElementwiseFunction.named(name))
        let symbolic = try #require(ElementaryFunction.named(name))
        for x in Self.points {
            let h = 1e-6
            let central = (f.value(x + h) - f.value(x - h)) / (2 * h)
            #expect(Swift.abs(f.derivative(x) - central) <= 1e-7 * Swift.max(1, Swift.abs(central)), "\(name)′(\(x))")
            let rule = try symbolic.derivative(at: .symbol("u")).evaluate(["u": x])
            #expect(Swift.abs(rule - f.derivative(x)) <= 1e-12 * Swift.max(1, Swift.abs(rule)), "\(name)′ rule at \(x)")
            #expect(symbolic.value(x) == f.value(x))
        }
        for used in f.derivativeFormula.functionNames {
            #expect(ElementaryFunction.named(used) != nil, "\(name)'s rule uses \(used), which derive does not know")
        }
    }

    @Test(arguments: names)
    func kernelAndAutogradComputeTheRegisteredNumbers(_ name: String) throws {
        let f = try #require(ElementwiseFunction.named(name))
        let x = Variable(Tensor(Self.points))
        let y = try x.applying(f)
        #expect(y.value.scalars == Self.points.map(f.value))
        #expect(y.operation?.name == name)
        try y.sum().backward()
        #expect(x.grad?.scalars == Self.points.map { f.derivative($0) })
    }

    @Test(arguments: names)
    func builtinHelpAndDeriveKnowIt(_ name: String) throws {
        let f = try #require(ElementwiseFunction.named(name))
        let builtin = try #require(BuiltinTable.function(named: name), "\(name) is not a builtin")
        #expect(builtin.topic == (f.isActivation ? .activations : .arithmetic))
        #expect(BuiltinTable.helpEntries.contains { $0.name == name })
        #expect(BuiltinTable.completionWords.contains(name))
        if let parameter = f.parameter {
            #expect(
                builtin.signature == "\(name)(x, \(parameter.name)=\(NumberFormat().string(parameter.defaultValue)))")
        }
        // derive checks its symbolic derivative against autograd and central differences
        let text = run("derive \(name)(x) at x = 0.4")
        #expect(text.contains("✓ all three agree"), "\(text)")
        #expect(DeriveConversion.functionNames.contains(name))
        // plots evaluate it on the whole grid at once
        #expect(ElementwiseCheck.elementwiseBuiltins.contains(name))
    }

    @Test(arguments: ElementwiseFunction.activations.map(\.name))
    func everyActivationIsALayer(_ name: String) throws {
        let f = try #require(ElementwiseFunction.named(name))
        #expect(Activation.Kind(name: name) == .function(f))
        #expect(try Activation(.function(f)).description.hasPrefix(try #require(f.layerName)))
        let session = Session()
        run("net = mlp(2, 3, 1, act = \(name)); s = sequential(linear(2, 2), \(name))", in: session)
        #expect(session.network("net")?.description.contains(f.layerName!) == true)
        #expect(run("layer(s, 1)", in: session).contains(f.layerName!))
    }

    @Test func messagesListEveryActivation() {
        let unknown = failure("mlp(2, 1, act = \"nope\")")
        let notALayer = failure("sequential(linear(2, 2), 3)")
        let help = BuiltinTable.function(named: "sequential")!.summary
        for name in ElementwiseFunction.activations.map(\.name) {
            #expect(
                unknown.contains(name) && notALayer.contains(name) && help.contains(name),
                "\(name) missing from a message")
        }
    }

    @Test func mathsFunctionsAreNotLayers() {
        for f in ElementwiseFunction.all where !f.isActivation {
            #expect(Activation.Kind(name: f.name) == nil)
        }
    }
}
