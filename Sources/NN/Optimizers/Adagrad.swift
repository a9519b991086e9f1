import Tensors
import Autograd

/// Adagrad, PyTorch's `torch.optim.Adagrad`: each coordinate's rate shrinks with the sum of its
/// squared gradients.
///
/// For each parameter p with gradient g at its step t (from 1), learning rate γ, lr_decay η,
/// weight decay λ and eps ε:
///
///     g ← g + λ·p                    if λ ≠ 0
///     γ̃ ← γ / (1 + (t − 1)·η)
///     s ← s + g²                     (s starts at initial_accumulator_value)
///     p ← p − γ̃ · g / (√s + ε)       (ε outside the square root)
///
/// The lecture notes write ε inside the root, √(G + ε); PyTorch adds it outside, as here.
/// State: `sum` (s, made with the optimizer, as PyTorch does) and `step` (t).
public final class Adagrad: Optimizer {
    public let name = "Adagrad"
    public var learningRate: Double
    public let lrDecay: Double
    public let weightDecay: Double
    public let initialAccumulatorValue: Double
    public let eps: Double
    public private(set) var stepCount = 0
    private let list: OptimizedParameters
    private var sums: [Tensor]
    private var steps: [Int]

    /// PyTorch's defaults: lr 1e-2, lr_decay 0, weight_decay 0, initial_accumulator_value 0, eps 1e-10.
    public init(_ parameters: [Variable], names: [String]? = nil, lr: Double = 1e-2, lrDecay: Double = 0,
                weightDecay: Double = 0, initialAccumulatorValue: Double = 0, eps: Double = 1e-10) throws {
        try HyperparameterCheck.nonNegative(lr, "lr", in: name)
        try HyperparameterCheck.nonNegative(lrDecay, "lr_decay", in: name)
        try HyperparameterCheck.nonNegative(weightDecay, "weight_decay", in: name)
        try HyperparameterCheck.nonNegative(initialAccumulatorValue, "initial_accumulator_value", in: name)
        try HyperparameterCheck.nonNegative(eps, "eps", in: name)
        list = try OptimizedParameters(parameters, names: names, optimizer: name)
        learningRate = lr
        self.lrDecay = lrDecay
        self.weightDecay = weightDecay
        self.initialAccumulatorValue = initialAccumulatorValue
        self.eps = eps
        sums = try list.variables.map { try Tensor(shape: $0.value.shape, repeating: initialAccumulatorValue) }
        steps = Array(repeating: 0, count: list.count)
    }

    public var parameters: [Variable] { list.variables }
    public var parameterNames: [String] { list.names }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [("lr", .number(learningRate)), ("lr_decay", .number(lrDecay)), ("weight_decay", .number(weightDecay)),
         ("initial_accumulator_value", .number(initialAccumulatorValue)), ("eps", .number(eps))]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        guard sums.indices.contains(index) else { return [] }
        return [("sum", sums[index]), ("step", Tensor(Double(steps[index])))]
    }

    public func step() throws {
        let gradients = try list.gradients(optimizer: name)
        for (i, gradient) in gradients.enumerated() {
            guard var g = gradient else { continue }
            steps[i] += 1
            let t = Double(steps[i])
            let decayedRate = learningRate / (1 + (t - 1) * lrDecay)
            var p = list.values(i)
            var s = sums[i].scalars
            for j in p.indices {
                if weightDecay != 0 { g[j] = g[j] + weightDecay * p[j] }
                s[j] = s[j] + g[j] * g[j]
                p[j] = p[j] - decayedRate * g[j] / (s[j].squareRoot() + eps)
            }
            sums[i] = try list.tensor(i, s)
            try list.assign(i, p)
        }
        stepCount += 1
    }
}
