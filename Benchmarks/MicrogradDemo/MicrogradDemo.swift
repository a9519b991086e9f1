import Autograd
import Functions
import NN
import Tensors

/// micrograd's demo (demo.ipynb) written against gradbook's engine directly, without the
/// notebook: moons(100) with ±1 labels, mlp(2, 16, 16, 1) with ReLU and micrograd's init
/// (weights U(−1, 1), biases 0), hinge loss + 1e-4·Σp², 100 SGD steps with
/// lr = 1.0 − 0.9·k/100. The draws come from one `RandomSource` in the order the notebook makes
/// them (`moons(100)` then `mlp(…)`), so the numbers match `examples/micrograd-demo.gb` run with
/// the same seed.
struct MicrogradDemo {
    let data: Dataset
    let network: Sequential
    let inputs: Variable
    let labels: Variable

    init(seed: UInt64) throws {
        var random = RandomSource(seed: seed)
        data = try Dataset.moons(count: 100, noise: 0.1, using: &random).withSignedLabels()
        network = try Sequential.mlp(
            [2, 16, 16, 1], activation: .function(.relu),
            weightInit: .uniform(low: -1, high: 1), using: &random)
        inputs = Variable(data.inputs, requiresGrad: false)
        labels = Variable(data.targets, requiresGrad: false)
    }

    /// One row of the training log.
    struct Step {
        let loss: Double
        let accuracy: Double
    }

    /// The loss and accuracy of the current parameters, and the graph to back-propagate.
    func evaluate() throws -> (loss: Variable, accuracy: Double) {
        var random = RandomSource(seed: 0)  // the network draws nothing (no dropout)
        let scores = try network(inputs, random: &random)
        let loss = try Loss.hinge(scores, labels) + 1e-4 * Loss.l2Penalty(network)
        var correct = 0
        for (score, label) in zip(scores.value.scalars, labels.value.scalars) where (score > 0) == (label > 0) {
            correct += 1
        }
        return (loss, Double(correct) / Double(labels.value.count))
    }

    /// Trains for `steps` SGD steps and returns the loss and accuracy measured before each one.
    func train(steps: Int) throws -> [Step] {
        let optimizer = try SGD(network.parameters, lr: 1.0)
        var log: [Step] = []
        log.reserveCapacity(steps)
        for k in 0..<steps {
            let (loss, accuracy) = try evaluate()
            optimizer.zeroGrad()
            try loss.backward()
            optimizer.learningRate = 1.0 - 0.9 * Double(k) / 100
            try optimizer.step()
            log.append(Step(loss: loss.value.scalars[0], accuracy: accuracy))
        }
        return log
    }
}
