import Autograd
import Tensors
import Testing

@testable import NN

/// BatchNorm1d and micrograd's demo loss against the numbers recorded from PyTorch and
/// micrograd by scripts/reference/pytorch_nn_reference.py.
@Suite struct LayerReferenceTests {
    @Test(arguments: LayerReference.batchNorm.map(\.name))
    func batchNormMatchesPyTorchOverTrainingAndEvalSteps(_ name: String) throws {
        let reference = try #require(LayerReference.batchNorm.first { $0.name == name })
        let layer = try BatchNorm1d(numFeatures: reference.features, eps: reference.eps, momentum: reference.momentum)
        let weight = try #require(layer.weight)
        let bias = try #require(layer.bias)
        try weight.assign(Tensor(reference.weight))
        try bias.assign(Tensor(reference.bias))
        var random = RandomSource(seed: 1)
        for (index, step) in reference.steps.enumerated() {
            if step.training { layer.train() } else { layer.eval() }
            let x = Variable(try tensor(step.input))
            let y = try layer(x, random: &random)
            expectClose(y.value, step.output, "step \(index) output")
            let grads = try gradients(of: y, wrt: [x, weight, bias], upstream: tensor(step.upstream))
            expectClose(grads[0], step.inputGrad, "step \(index) input gradient")
            expectClose(grads[1], step.weightGrad, "step \(index) weight gradient")
            expectClose(grads[2], step.biasGrad, "step \(index) bias gradient")
            expectClose(try #require(layer.runningMean), step.runningMean, "step \(index) running_mean")
            expectClose(try #require(layer.runningVar), step.runningVar, "step \(index) running_var")
            #expect(layer.batchesTracked == step.batchesTracked, "step \(index) num_batches_tracked")
        }
    }

    /// micrograd's demo loss, hinge + alpha·Σp², on an mlp whose weights are set to the
    /// recorded ones: the scores, both losses and every parameter gradient.
    @Test func mlpWithHingeAndL2MatchesMicrogradsDemoLoss() throws {
        let reference = LayerReference.micrograd
        var random = RandomSource(seed: 7)
        let net = try Sequential.mlp(reference.sizes, activation: .function(.relu), using: &random)
        #expect(net.namedParameters.map(\.name) == ["0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias"])
        for (k, layer) in reference.layers.enumerated() {
            try #require(net.parameter(named: "\(2 * k).weight")).assign(tensor(layer.weight))
            try #require(net.parameter(named: "\(2 * k).bias")).assign(tensor(layer.bias))
        }
        let x = Variable(try tensor(reference.inputs), requiresGrad: false)
        let y = Variable(try tensor(reference.labels), requiresGrad: false)
        let scores = try net(x, random: &random)
        expectClose(try scores.value.reshaped([-1]), reference.scores, "scores")
        let dataLoss = try Loss.hinge(scores, y)
        let total = try dataLoss + reference.alpha * Loss.l2Penalty(net)
        expectClose(dataLoss.value, RefTensor(shape: [], values: [reference.dataLoss]), "data loss")
        expectClose(total.value, RefTensor(shape: [], values: [reference.total]), "total loss")
        try total.backward()
        for (k, layer) in reference.gradients.enumerated() {
            expectClose(
                try #require(net.parameter(named: "\(2 * k).weight")?.grad), layer.weight, "layer \(k) weight gradient")
            expectClose(
                try #require(net.parameter(named: "\(2 * k).bias")?.grad), layer.bias, "layer \(k) bias gradient")
        }
    }
}

// Shared by the NN test files.

func tensor(_ reference: RefTensor) throws -> Tensor {
    try Tensor(shape: reference.shape, scalars: reference.values)
}

/// Equal within 1e-12 relative, or 1e-13 absolute for values that cancel to about zero
/// (sums PyTorch adds in another order); infinities and NaNs must match exactly.
func expectClose(
    _ actual: Tensor, _ expected: RefTensor, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.shape == expected.shape, "\(what) shape", sourceLocation: sourceLocation)
    guard actual.shape == expected.shape else { return }
    for (a, e) in zip(actual.scalars, expected.values) {
        let close = a == e || (a.isNaN && e.isNaN) || Swift.abs(a - e) <= 1e-12 * Swift.abs(e) + 1e-13
        #expect(close, "\(what): \(a) vs reference \(e)", sourceLocation: sourceLocation)
    }
}
