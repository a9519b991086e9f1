import Autograd
import Tensors
import Testing

@testable import NN

@Suite struct LossTests {
    /// Every recorded PyTorch case: the loss value and its gradients, extremes included.
    @Test(arguments: LayerReference.losses.map(\.name))
    func matchesPyTorch(_ name: String) throws {
        let reference = try #require(LayerReference.losses.first { $0.name == name })
        let prediction = Variable(try tensor(reference.prediction))
        let target = Variable(try tensor(reference.target), requiresGrad: reference.targetGrad != nil)
        let loss: Variable
        switch reference.loss {
        case "mse": loss = try Loss.mse(prediction, target)
        case "bce": loss = try Loss.binaryCrossEntropy(prediction, target)
        case "bce_with_logits": loss = try Loss.binaryCrossEntropyWithLogits(prediction, target)
        case "cross_entropy": loss = try Loss.crossEntropy(prediction, targets: target.value)
        default:
            Issue.record("no mapping for \(reference.loss)")
            return
        }
        expectClose(loss.value, RefTensor(shape: [], values: [reference.value]), "loss")
        let grads = try gradients(of: loss, wrt: [prediction, target])
        expectClose(grads[0], reference.predictionGrad, "prediction gradient")
        if let targetGrad = reference.targetGrad { expectClose(grads[1], targetGrad, "target gradient") }
    }

    @Test func everyLossAgreesWithCentralDifferences() throws {
        let scores = Variable(try Tensor(shape: [3, 2], scalars: [0.3, -1.2, 2.1, 0.4, -0.8, 0.9]))
        let p = Variable(Tensor([0.2, 0.7, 0.55]))
        let y = Variable(Tensor([1, 0, 1]), requiresGrad: false)
        let signs = Variable(Tensor([1, -1, 1]), requiresGrad: false)
        let column = Variable(try Tensor(shape: [3, 1], scalars: [0.3, 0.2, -1.4]))
        let losses: [(String, Variable, [Variable])] = [
            ("mse", try Loss.mse(p, y), [p]),
            ("bce", try Loss.binaryCrossEntropy(p, y), [p]),
            ("bce_with_logits", try Loss.binaryCrossEntropyWithLogits(column, y), [column]),
            ("cross_entropy", try Loss.crossEntropy(scores, targets: Tensor([1, 0, 1])), [scores]),
            ("hinge", try Loss.hinge(column, signs), [column]),
            ("l2", try Loss.l2Penalty([scores, p]), [scores, p]),
            ("l1", try Loss.l1Penalty([scores]), [scores]),
        ]
        for (name, loss, inputs) in losses {
            let check = try GradientCheck(of: loss, wrt: inputs)
            #expect(check.maxRelativeError < 1e-6, "\(name): \(check.maxRelativeError)")
            #expect(!check.kinkCrossed, "\(name)")
        }
    }

    @Test func hingeWorkedNumbersAndItsMargin() throws {
        // relu(1 − 2) = 0, relu(1 − 0.5) = 0.5, relu(1 + 1) = 2 → mean 2.5/3.
        let scores = Variable(Tensor([2, 0.5, -1]))
        let loss = try Loss.hinge(scores, Variable(Tensor([1, 1, 1]), requiresGrad: false))
        #expect(Swift.abs(try #require(loss.value.scalar) - 2.5 / 3) < 1e-15)
        // Only samples inside the margin pull: ∂/∂score = −y/N for them, 0 for the first.
        let grad = try gradients(of: loss, wrt: [scores])[0]
        #expect(grad.scalars == [0, -1.0 / 3, -1.0 / 3])
    }

    @Test func hingeRejectsZeroOneLabels() {
        #expect(throws: LossError.self) { try Loss.hinge(Variable(Tensor([0.3, 0.1])), Variable(Tensor([0, 1]))) }
    }

    @Test func penaltiesWorkedNumbers() throws {
        let w = Variable(try Tensor(shape: [1, 2], scalars: [1, -2]))
        let b = Variable(Tensor([3, 0]))
        let l2 = try Loss.l2Penalty([w, b])
        #expect(l2.value.scalar == 14)
        #expect(try gradients(of: l2, wrt: [w, b]).map(\.scalars) == [[2, -4], [6, 0]])
        let l1 = try Loss.l1Penalty([w, b])
        #expect(l1.value.scalar == 6)
        #expect(try gradients(of: l1, wrt: [w, b]).map(\.scalars) == [[1, -1], [1, 0]])
        #expect(try Loss.l2Penalty([]).value.scalar == 0)
    }

    @Test func l2OfAModuleCoversEveryParameter() throws {
        var random = RandomSource(seed: 3)
        let net = try Sequential.mlp([2, 3, 1], using: &random)
        let expected = net.parameters.flatMap(\.value.scalars).reduce(0) { $0 + $1 * $1 }
        #expect(Swift.abs(try #require(Loss.l2Penalty(net).value.scalar) - expected) < 1e-14)
    }

    @Test func crossEntropyWorkedNumbers() throws {
        // Equal logits over 4 classes: −log(1/4) = log 4; gradient (1/4 − onehot)/N.
        let logits = Variable(try Tensor.zeros([2, 4]))
        let loss = try Loss.crossEntropy(logits, targets: Tensor([3, 0]))
        #expect(Swift.abs(try #require(loss.value.scalar) - 1.3862943611198906) < 1e-15)
        let grad = try gradients(of: loss, wrt: [logits])[0]
        #expect(grad.scalars == [0.125, 0.125, 0.125, -0.375, -0.375, 0.125, 0.125, 0.125])
    }

    @Test func crossEntropyValidatesItsTargets() throws {
        let logits = Variable(try Tensor.zeros([2, 3]))
        for bad in [Tensor([0, 3]), Tensor([0, -1]), Tensor([0.5, 1]), Tensor([.nan, 1])] {
            #expect(throws: LossError.self) { try Loss.crossEntropy(logits, targets: bad) }
        }
        #expect(throws: LossError.self) { try Loss.crossEntropy(logits, targets: Tensor([0, 1, 2])) }
        #expect(throws: LossError.self) { try Loss.crossEntropy(Variable(Tensor([1, 2])), targets: Tensor([0])) }
        #expect(throws: LossError.self) {
            try Loss.crossEntropy(Variable(try Tensor.zeros([0, 3])), targets: Tensor([]))
        }
    }

    @Test func aColumnOfPredictionsPairsWithAVectorOfTargets() throws {
        let column = Variable(try Tensor(shape: [3, 1], scalars: [1, 2, 3]))
        let vector = Variable(Tensor([1, 2, 3]))
        let target = Variable(Tensor([0, 0, 1]))
        #expect(try Loss.mse(column, target).value == Loss.mse(vector, target).value)
        #expect(try #require(Loss.mse(column, target).value.scalar) == (1.0 + 4 + 4) / 3)
        // Anything else is an error, not a silent broadcast to (3, 3).
        #expect(throws: LossError.self) { try Loss.mse(column, Variable(Tensor([0, 0]))) }
        #expect(throws: LossError.self) { try Loss.mse(Variable(try Tensor.zeros([3, 2])), target) }
        #expect(throws: LossError.self) { try Loss.mse(Variable(Tensor([])), Variable(Tensor([]))) }
    }

    @Test func errorsNameTheLossAndTheShapes() {
        let error = LossError.shapeMismatch(loss: "mse", prediction: [3, 2], target: [3], detail: "must match")
        #expect(error.description == "mse: prediction shape [3, 2] and target shape [3] must match")
    }
}
