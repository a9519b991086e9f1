import Autograd
import NN
import Tensors
import Testing

@testable import Notebook

/// Layers and networks from the prompt: the same numbers as the engine's, parameters shared
/// by identity, modes, buffers.
@Suite struct TrainingLayerTests {
    @Test func linearDrawsPyTorchsDefaultFromTheSessionGenerator() throws {
        let session = Session(seed: 5)
        run("l = linear(3, 2)", in: session)
        var random = RandomSource(seed: 5)
        let expected = try Linear(inFeatures: 3, outFeatures: 2, using: &random)
        let layer = try #require(session.network("l") as? Linear)
        #expect(layer.weight.value == expected.weight.value)
        #expect(layer.bias?.value == expected.bias?.value)
        // U(−1/√3, 1/√3)
        #expect(layer.weight.value.scalars.allSatisfy { Swift.abs($0) <= 1 / 3.0.squareRoot() })
    }

    @Test func linearWithGivenNumbersComputesXWTransposedPlusB() {
        let session = Session()
        let text = run("l = linear(weight = [[1, 2], [3, 4], [5, 6]], bias = [0.5, 0, -1]); l([[1, -1]])", in: session)
        // [1, -1]·Wᵀ = [1 − 2, 3 − 4, 5 − 6] = [-1, -1, -1], + b
        #expect(text.hasSuffix("[[-0.5, -1, -2]]"))
        #expect(failure("linear(weight = [[1, 2]], bias = [1, 2])").contains("the bias must have shape [1]"))
        #expect(failure("linear(3)").contains("linear needs the sizes"))
    }

    @Test func mlpMatchesTheEngineAndInitSchemesTakeTheGainOfAct() throws {
        let session = Session(seed: 9)
        run("net = mlp(2, 8, 1, act = tanh, init = kaiming)", in: session)
        var random = RandomSource(seed: 9)
        let expected = try Sequential.mlp(
            [2, 8, 1], activation: .function(.tanh),
            weightInit: .kaimingNormal(mode: .fanIn, nonlinearity: .tanh), using: &random)
        #expect(session.parameterScalars("net") == expected.parameters.map(\.value.scalars))
        #expect(session.network("net")?.description == "Sequential(Linear(2 → 8), Tanh, Linear(8 → 1))")
    }

    @Test func microgradInitIsUniformWeightsAndZeroBiases() throws {
        let session = Session(seed: 3)
        run("net = mlp(2, 16, 16, 1, init = \"micrograd\"); net2 = mlp(2, 16, 1, init = uniform(-1, 1))", in: session)
        let net = try #require(session.network("net"))
        for (name, variable) in net.namedParameters {
            if name.hasSuffix("bias") {
                #expect(variable.value.scalars.allSatisfy { $0 == 0 })
            } else {
                #expect(variable.value.scalars.allSatisfy { $0 >= -1 && $0 < 1 })
                #expect(variable.value.scalars.contains { $0 < -0.5 } && variable.value.scalars.contains { $0 > 0.5 })
            }
        }
        #expect(net.parameterCount == 2 * 16 + 16 + 16 * 16 + 16 + 16 + 1)
    }

    @Test func paramIsTheNetworksOwnVariable() throws {
        let session = Session(seed: 1)
        run("net = mlp(2, 3, 1); W = param(net, \"0.weight\"); loss = sum(net([[1, 2]])); backward loss", in: session)
        let net = try #require(session.network("net"))
        let w = try #require(session.variable("W"))
        #expect(w === net.parameter(named: "0.weight"))
        #expect(w.grad != nil)
        // grad through the prompt equals .grad of the same object
        let text = run("W.grad", in: session)
        #expect(text == Session().renderer.render(.constant(try #require(w.grad))))
        #expect(failure("param(net, \"0.wieght\")", in: session).contains("did you mean 0.weight?"))
    }

    @Test func sequentialTurnsActivationBuiltinsIntoLayersAndSharesLayers() throws {
        let session = Session()
        run("a = linear(weight = [[2]], bias = [-1]); net = sequential(a, relu, a)", in: session)
        // relu(2·x − 1) then 2·(·) − 1: x = 1 → 1 → 1; x = 0 → 0 → -1
        #expect(run("net([[1], [0]])", in: session) == "[[ 1],\n [-1]]")
        // the shared layer's parameters are listed once
        #expect(session.network("net")?.namedParameters.map(\.name) == ["0.weight", "0.bias"])
        #expect(failure("sequential(linear(1, 1), 3)", in: session).contains("sequential's layer 2 must be a layer"))
    }

    @Test func dropoutScalesInTrainingAndIsTheIdentityInEval() throws {
        let session = Session(seed: 2)
        let trained = run("d = dropout(0.5); y = d(ones(1, 40))", in: session)
        let values = session.scalars("y")
        #expect(values.allSatisfy { $0 == 0 || $0 == 2 }, "kept elements are scaled by 1/(1 − p): \(trained)")
        #expect(values.contains(0) && values.contains(2))
        run("eval d; z = d(ones(1, 40))", in: session)
        #expect(session.scalars("z") == Array(repeating: 1, count: 40))
        #expect(run("d.training", in: session) == "false")
        run("train d", in: session)
        #expect(run("d.training", in: session) == "true")
    }

    @Test func batchnormRunningStatisticsAndEvalMode() {
        let session = Session()
        run("bn = batchnorm1d(2); y = bn([[1, 2], [3, 6], [5, 7]])", in: session)
        // batch means (3, 5); unbiased variances (4, 7); momentum 0.1 from 0 and 1
        #expect(close(session.network("bn").flatMap { $0.buffer(named: "running_mean") }?.scalars ?? [], [0.3, 0.5]))
        #expect(close(session.network("bn").flatMap { $0.buffer(named: "running_var") }?.scalars ?? [], [1.3, 1.6]))
        #expect(run("bn.num_batches_tracked", in: session) == "1")
        // eval: (x − running_mean)/√(running_var + eps)
        run("eval bn; z = bn([[0.3, 0.5]])", in: session)
        #expect(close(session.scalars("z"), [0, 0]))
        run("train bn", in: session)
        #expect(failure("bn([[1, 2]])", in: session).contains("needs more than 1 value per channel when training"))
        #expect(run("buffer(sequential(bn), \"0.running_var\")", in: session) == "[1.3, 1.6]")
    }

    @Test func printingShowsStructureAndParameterTable() {
        let session = Session(seed: 0)
        let text = run("net = mlp(2, 4, 1)", in: session)
        #expect(
            text.hasPrefix(
                "net = Sequential: 3 layers, 17 parameters, training mode\n  0: Linear(2 → 4)\n  1: ReLU\n  2: Linear(4 → 1)"
            ))
        #expect(text.contains("0.weight   [4, 2]      8"))
        let table = run("net.parameters", in: session)
        #expect(table.hasSuffix("total                 17"))
        let ascii = Session(settings: Settings(ascii: true))
        #expect(run("linear(2, 3)", in: ascii).hasPrefix("Linear(2 -> 3): 9 parameters"))
        #expect(run("layer(net, 2)", in: session).hasPrefix("Linear(4 → 1): 5 parameters"))
        #expect(failure("layer(net, 3)", in: session).contains("layers 0 to 2"))
    }
}
