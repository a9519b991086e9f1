import Autograd
import Tensors

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
    private var loop: OptimizerLoop<ParameterState>

    private struct ParameterState {
        var sum: [Double]
        var step = 0
    }

    /// PyTorch's defaults: lr 1e-2, lr_decay 0, weight_decay 0, initial_accumulator_value 0, eps 1e-10.
    public init(
        _ parameters: [Variable], names: [String]? = nil, lr: Double = 1e-2, lrDecay: Double = 0,
        weightDecay: Double = 0, initialAccumulatorValue: Double = 0, eps: Double = 1e-10
    ) throws {
        try HyperparameterCheck.nonNegative(lr, "lr", in: name)
        try HyperparameterCheck.nonNegative(lrDecay, "lr_decay", in: name)
        try HyperparameterCheck.nonNegative(weightDecay, "weight_decay", in: name)
        try HyperparameterCheck.nonNegative(initialAccumulatorValue, "initial_accumulator_value", in: name)
        try HyperparameterCheck.nonNegative(eps, "eps", in: name)
        loop = try OptimizerLoop(parameters, names: names, optimizer: name) {
            ParameterState(sum: Array(repeating: initialAccumulatorValue, count: $0))
        }
        learningRate = lr
        self.lrDecay = lrDecay
        self.weightDecay = weightDecay
        self.initialAccumulatorValue = initialAccumulatorValue
        self.eps = eps
    }

    public var parameters: [Variable] { loop.parameters }
    public var parameterNames: [String] { loop.names }
    public var stepCount: Int { loop.stepCount }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [
            ("lr", .number(learningRate)), ("lr_decay", .number(lrDecay)), ("weight_decay", .number(weightDecay)),
            ("initial_accumulator_value", .number(initialAccumulatorValue)), ("eps", .number(eps)),
        ]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        loop.state(at: index) { state in [("sum", .elementwise(state.sum)), ("step", .scalar(Double(state.step)))] }
    }

    public func step() throws {
        try loop.step(
            optimizer: name, newState: { ParameterState(sum: Array(repeating: initialAccumulatorValue, count: $0)) }
        ) { p, g, state in
            state.step += 1
            let t = Double(state.step)
            let decayedRate = learningRate / (1 + (t - 1) * lrDecay)
            for j in p.indices {
                let gj = weightDecay != 0 ? g[j] + weightDecay * p[j] : g[j]
                state.sum[j] = state.sum[j] + gj * gj
                p[j] = p[j] - decayedRate * gj / (state.sum[j].squareRoot() + eps)
            }
        }
    }
}
