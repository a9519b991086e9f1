import Autograd
import Functions
import Tensors
import Testing

@testable import NN

@Suite struct LayerTests {
    @Test func linearComputesXTimesWTransposedPlusB() throws {
        let layer = try Linear(
            weight: Tensor(shape: [3, 2], scalars: [1, 2, 3, 4, 5, 6]), bias: Tensor([0.5, -1, 2]))
        var random = RandomSource(seed: 1)
        let y = try layer(Variable(try Tensor(shape: [2, 2], scalars: [1, 1, 0, -1])), random: &random)
        #expect(y.value.shape == [2, 3])
        #expect(y.value.scalars == [3.5, 6, 13, -1.5, -5, -4])
        #expect(try layer(Variable(Tensor([1, 1])), random: &random).value.scalars == [3.5, 6, 13])
        #expect(layer.description == "Linear(2 → 3)")
        #expect(layer.namedParameters.map(\.name) == ["weight", "bias"])
    }

    @Test func linearGradientsMatchCentralDifferences() throws {
        var random = RandomSource(seed: 5)
        let layer = try Linear(inFeatures: 3, outFeatures: 2, using: &random)
        let x = Variable(try Tensor.randn([4, 3], using: &random))
        let loss = try layer(x, random: &random).tanh().sum()
        let check = try GradientCheck(of: loss, wrt: [x, layer.weight, try #require(layer.bias)])
        #expect(check.maxRelativeError < 1e-7)
    }

    @Test func linearDefaultInitDrawsWeightThenBiasFromPyTorchsBounds() throws {
        var random = RandomSource(seed: 11)
        var replay = random
        let layer = try Linear(inFeatures: 4, outFeatures: 3, using: &random)
        let bound = 1 / 4.0.squareRoot()
        guard case let .uniform(low, high) = try Initializer.pytorchLinearWeight.distribution(for: [3, 4]) else {
            Issue.record("not uniform")
            return
        }
        #expect(layer.weight.value == (try Tensor.rand([3, 4], low: low, high: high, using: &replay)))
        #expect(layer.bias?.value == (try Tensor.rand([3], low: -bound, high: bound, using: &replay)))
        #expect(layer.weight.value.scalars.allSatisfy { Swift.abs($0) <= bound })
        #expect(layer.weight.requiresGrad && layer.weight.label == "weight")
    }

    @Test func linearRejectsBadSizesAndInputs() throws {
        var random = RandomSource(seed: 1)
        #expect(throws: LayerError.self) { try Linear(inFeatures: 0, outFeatures: 3, using: &random) }
        #expect(throws: LayerError.self) { try Linear(inFeatures: 2, outFeatures: -1, using: &random) }
        #expect(throws: (any Error).self) { try Linear(inFeatures: 1 << 20, outFeatures: 1 << 20, using: &random) }
        #expect(throws: LayerError.self) { try Linear(weight: Tensor([1, 2]), bias: nil) }
        #expect(throws: LayerError.self) { try Linear(weight: Tensor.ones([2, 2]), bias: Tensor([1, 2, 3])) }
        let layer = try Linear(inFeatures: 2, outFeatures: 3, using: &random)
        for shape in [[4, 3], [], [2, 2, 2]] {
            #expect(throws: LayerError.self) { try layer(Variable(try Tensor.zeros(shape)), random: &random) }
        }
        let message = LayerError.inputShape(layer: "Linear(2 → 3)", expected: "2 features", shape: [4, 3]).description
        #expect(message == "Linear(2 → 3) expects 2 features, got shape [4, 3]")
    }

    @Test(arguments: [
        (Activation.Kind.function(.relu), [0.0, 0, 2], "ReLU"),
        (.function(.tanh), [-0.7615941559557649, 0, 0.9640275800758169], "Tanh"),
        (.function(.sigmoid), [0.2689414213699951, 0.5, 0.8807970779778823], "Sigmoid"),
        (.function(ElementwiseFunction.leakyRelu.with(parameter: 0.1)), [-0.1, 0, 2], "LeakyReLU(0.1)"),
        (.function(.elu), [-0.6321205588285577, 0, 2], "ELU(1)"),
        // torch.nn.Softplus()(torch.tensor([-1., 0., 2.], dtype=torch.float64))
        (.function(.softplus), [0.31326168751822286, 0.6931471805599453, 2.1269280110429727], "Softplus"),
        // torch.nn.GELU()(torch.tensor([-1., 0., 2.], dtype=torch.float64)), approximate='none'
        (.function(.gelu), [-0.15865525393145702, 0, 1.9544997361036416], "GELU"),
        (.identity, [-1, 0, 2], "Identity"),
    ])
    func activationLayersApplyTheirFunction(_ kind: Activation.Kind, _ expected: [Double], _ name: String) throws {
        let layer = try Activation(kind)
        var random = RandomSource(seed: 1)
        let y = try layer(Variable(Tensor([-1, 0, 2])), random: &random)
        for (a, e) in zip(y.value.scalars, expected) { #expect(Swift.abs(a - e) < 1e-15) }
        #expect(layer.description == name)
        #expect(layer.namedParameters.isEmpty)
    }

    @Test func activationNamesAndGains() throws {
        #expect(Activation.Kind(name: "leaky_relu") == .function(ElementwiseFunction.leakyRelu.with(parameter: 0.01)))
        #expect(Activation.Kind(name: "leaky_relu", parameter: 0.2) != Activation.Kind(name: "leaky_relu"))
        #expect(Activation.Kind(name: "softplus") == .function(.softplus))
        #expect(Activation.Kind(name: "exp") == nil)
        #expect(Activation.Kind.function(.relu).nonlinearity?.gain == 2.0.squareRoot())
        #expect(Activation.Kind.function(.softplus).nonlinearity == nil)
        #expect(throws: LayerError.self) { try Activation(.function(ElementwiseFunction.elu.with(parameter: .nan))) }
    }

    @Test func dropoutZeroesAboutPAndScalesTheRestByOneOverOneMinusP() throws {
        let layer = try Dropout(p: 0.25)
        var random = RandomSource(seed: 2024)
        let x = Variable(try Tensor(shape: [100, 100], repeating: 3))
        let y = try layer(x, random: &random)
        // Each output is 0 or 3/(1 − 0.25) = 4.
        #expect(y.value.scalars.allSatisfy { $0 == 0 || $0 == 4 })
        let dropped = Double(y.value.scalars.filter { $0 == 0 }.count) / 10_000
        #expect(Swift.abs(dropped - 0.25) < 0.015)
        // E[dropout(x)] = x: the mean stays near 3.
        #expect(Swift.abs(try #require(y.value.mean().scalar) - 3) < 0.06)
        // The gradient is the same scaled mask.
        let g = try gradients(of: y.sum(), wrt: [x])[0]
        #expect(g.scalars == y.value.scalars.map { $0 / 3 })
    }

    @Test func dropoutIsTheIdentityInEvalAndAtPZero() throws {
        var random = RandomSource(seed: 3)
        let before = random.next()
        random = RandomSource(seed: 3)
        let x = Variable(Tensor([1, 2, 3]))
        let layer = try Dropout(p: 0.5)
        layer.eval()
        #expect(try layer(x, random: &random) === x)
        #expect(try Dropout(p: 0)(x, random: &random) === x)
        #expect(random.next() == before, "no draws were made")
        let all = try Dropout(p: 1)(x, random: &random)
        #expect(all.value.scalars == [0, 0, 0])
        #expect(try Dropout(p: 0.5).description == "Dropout(p=0.5)")
        for p in [-0.1, 1.5, Double.nan] {
            #expect(throws: LayerError.self) { try Dropout(p: p) }
        }
    }

    @Test func dropoutMasksComeFromTheGivenSource() throws {
        let layer = try Dropout(p: 0.5)
        let x = Variable(try Tensor.ones([20]))
        var a = RandomSource(seed: 8)
        var b = RandomSource(seed: 8)
        let first = try layer(x, random: &a)
        #expect(first.value == (try layer(x, random: &b)).value)
        #expect(first.value != (try layer(x, random: &a)).value, "the source advanced")
    }

    @Test func batchNormWorkedNumbers() throws {
        // One feature, batch [1, 3]: mean 2, biased var 1, unbiased var 2.
        let layer = try BatchNorm1d(numFeatures: 1)
        var random = RandomSource(seed: 1)
        let y = try layer(Variable(try Tensor(shape: [2, 1], scalars: [1, 3])), random: &random)
        let scale = 1 / (1 + 1e-5).squareRoot()
        #expect(y.value.scalars == [-scale, scale])
        #expect(layer.runningMean?.scalars == [0.1 * 2])  // 0.9·0 + 0.1·2
        #expect(layer.runningVar?.scalars == [0.1 * 2 + 0.9 * 1])  // the unbiased 2, not 1
        #expect(layer.batchesTracked == 1)
        // Eval uses the running statistics: (3 − 0.2)/√(1.1 + 1e-5).
        layer.eval()
        let z = try layer(Variable(try Tensor(shape: [1, 1], scalars: [3])), random: &random)
        #expect(Swift.abs(z.value.scalars[0] - 2.8 / (1.1 + 1e-5).squareRoot()) < 1e-15)
        #expect(layer.batchesTracked == 1, "eval does not update")
    }

    @Test func batchNormRefusesABatchOfOneInTraining() throws {
        let layer = try BatchNorm1d(numFeatures: 3)
        var random = RandomSource(seed: 1)
        let one = Variable(try Tensor.ones([1, 3]))
        #expect(throws: LayerError.batchOfOneInTraining(layer: "BatchNorm1d(3)", shape: [1, 3])) {
            try layer(one, random: &random)
        }
        #expect(layer.batchesTracked == 0 && layer.runningMean?.scalars == [0, 0, 0], "state untouched")
        layer.eval()
        #expect(try layer(one, random: &random).value.shape == [1, 3])
        for shape in [[4, 2], [4], [0, 3], [2, 3, 1]] {
            #expect(throws: LayerError.self) { try layer(Variable(try Tensor.zeros(shape)), random: &random) }
        }
        for bad in [0, -2] { #expect(throws: LayerError.self) { try BatchNorm1d(numFeatures: bad) } }
        #expect(throws: LayerError.self) { try BatchNorm1d(numFeatures: 2, momentum: 1.5) }
        #expect(throws: LayerError.self) { try BatchNorm1d(numFeatures: 2, eps: -1) }
    }

    @Test func batchNormGradientsMatchCentralDifferences() throws {
        let layer = try BatchNorm1d(numFeatures: 2)
        var random = RandomSource(seed: 4)
        try layer.weight?.assign(Tensor([1.5, -0.5]))
        let x = Variable(try Tensor.randn([5, 2], using: &random))
        let loss = try
            (layer(x, random: &random) * Variable(try Tensor.randn([5, 2], using: &random), requiresGrad: false)).sum()
        let check = try GradientCheck(of: loss, wrt: [x, try #require(layer.weight), try #require(layer.bias)])
        #expect(check.maxRelativeError < 1e-6)
    }

    @Test func batchNormOptions() throws {
        var random = RandomSource(seed: 1)
        let plain = try BatchNorm1d(numFeatures: 2, affine: false, trackRunningStats: false)
        #expect(plain.namedParameters.isEmpty && plain.namedBuffers.isEmpty)
        plain.eval()
        // Without running statistics, eval still normalises with the batch's.
        let y = try plain(Variable(try Tensor(shape: [2, 2], scalars: [0, 10, 2, 30])), random: &random)
        #expect(y.value.scalars.map { ($0 * 1e4).rounded() / 1e4 } == [-1, -1, 1, 1])
        #expect(plain.description == "BatchNorm1d(2, affine=false, track_running_stats=false)")
        let cumulative = try BatchNorm1d(numFeatures: 1, momentum: nil)
        for batch in [[1.0, 3], [5, 9]] {
            _ = try cumulative(Variable(try Tensor(shape: [2, 1], scalars: batch)), random: &random)
        }
        // The plain average of the batch means 2 and 7, and of the unbiased variances 2 and 8.
        #expect(cumulative.runningMean?.scalars == [4.5])
        #expect(cumulative.runningVar?.scalars == [5])
    }

    @Test func mlpHasMicrogradsShapeAndPyTorchsNames() throws {
        var random = RandomSource(seed: 1337)
        let net = try Sequential.mlp([2, 16, 16, 1], activation: .function(.relu), using: &random)
        #expect(net.description == "Sequential(Linear(2 → 16), ReLU, Linear(16 → 16), ReLU, Linear(16 → 1))")
        #expect(net.namedParameters.map(\.name) == ["0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias"])
        #expect(net.namedParameters.allSatisfy { $0.variable.label == $0.name })
        #expect(net.parameterCount == 337)  // micrograd's demo prints "number of parameters 337"
        #expect(net.parameter(named: "2.weight")?.value.shape == [16, 16])
        #expect(net.layers.last is Linear, "no activation after the last layer")
        let kaiming = try Sequential.mlp(
            [3, 4, 2], weightInit: .kaimingNormal(mode: .fanIn, nonlinearity: .relu), using: &random)
        #expect(kaiming.parameter(named: "0.bias")?.value.scalars == [0, 0, 0, 0])
        #expect(kaiming.parameter(named: "0.weight")?.value.scalars.contains { $0 != 0 } == true)
    }

    @Test func mlpRejectsBadSizes() {
        var random = RandomSource(seed: 1)
        for sizes in [[], [2], [2, 0, 1], [2, -3], [1 << 30, 1 << 30]] {
            #expect(throws: LayerError.self, "\(sizes)") { try Sequential.mlp(sizes, using: &random) }
        }
    }

    @Test func trainAndEvalReachEveryLayerAndBuffersAreNamed() throws {
        var random = RandomSource(seed: 2)
        let net = Sequential([
            try Linear(inFeatures: 2, outFeatures: 3, using: &random), try BatchNorm1d(numFeatures: 3),
            try Activation(.function(.relu)),
            Sequential([try Dropout(p: 0.5), try Linear(inFeatures: 3, outFeatures: 1, using: &random)]),
        ])
        #expect(
            net.namedParameters.map(\.name) == ["0.weight", "0.bias", "1.weight", "1.bias", "3.1.weight", "3.1.bias"])
        #expect(net.namedBuffers.map(\.name) == ["1.running_mean", "1.running_var", "1.num_batches_tracked"])
        #expect(net.parameter(named: "3.1.weight")?.label == "3.1.weight")
        net.eval()
        #expect(net.namedModules.allSatisfy { !$0.module.isTraining })
        net.train()
        #expect(net.namedModules.allSatisfy { $0.module.isTraining })
        _ = try net(Variable(try Tensor.randn([4, 2], using: &random)), random: &random)
        #expect(net.buffer(named: "1.num_batches_tracked")?.scalar == 1)
        #expect(net.buffer(named: "1.running_mean")?.shape == [3])
    }

    @Test func aSharedLayerIsListedOnce() throws {
        var random = RandomSource(seed: 2)
        let shared = try Linear(inFeatures: 2, outFeatures: 2, using: &random)
        let net = Sequential([shared, try Activation(.function(.tanh)), shared])
        #expect(net.namedParameters.map(\.name) == ["0.weight", "0.bias"])
        #expect(
            try Loss.l2Penalty(net).value.scalar
                == (try Loss.l2Penalty([shared.weight, try #require(shared.bias)])).value.scalar)
        let emptyNet = Sequential([])
        let x = Variable(Tensor([1, 2]))
        #expect(try emptyNet(x, random: &random) === x)
    }

    @Test func zeroGradForgetsEveryGradient() throws {
        var random = RandomSource(seed: 2)
        let net = try Sequential.mlp([2, 2, 1], using: &random)
        try net(Variable(Tensor([1, -1])), random: &random).sum().backward()
        #expect(net.parameters.allSatisfy { $0.grad != nil })
        net.zeroGrad()
        #expect(net.parameters.allSatisfy { $0.grad == nil })
    }
}
