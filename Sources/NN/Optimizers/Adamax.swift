import Autograd
import Tensors

/// Adamax, PyTorch's `torch.optim.Adamax`: Adam with the root mean square of the gradients
/// replaced by an infinity norm — a decaying maximum of |g| — so no square root and no bias
/// correction of the second moment (Kingma & Ba, section 7.1).
///
/// For each parameter p with gradient g at its step t (from 1), learning rate γ, betas (β₁, β₂),
/// eps ε and weight decay λ:
///
///     g ← g + λ·p                    if λ ≠ 0
///     m ← m + (1 − β₁)·(g − m)       (= β₁·m + (1 − β₁)·g, computed as PyTorch's lerp)
///     u ← max(β₂·u, |g| + ε)         (ε inside the max, as PyTorch)
///     p ← p − (γ / (1 − β₁ᵗ)) · m / u
///
/// State: `exp_avg` (m), `exp_inf` (u), `step` (t); all start at zero on the parameter's first update.
public final class Adamax: Optimizer {
    public let name = "Adamax"
    public var learningRate: Double
    public let beta1: Double
    public let beta2: Double
    public let eps: Double
    public let weightDecay: Double
    private var loop: OptimizerLoop<ParameterState>

    private struct ParameterState {
        var m, u: [Double]
        var step = 0
        init(count: Int) { (m, u) = (Array(repeating: 0, count: count), Array(repeating: 0, count: count)) }
    }

    /// PyTorch's defaults: lr 2e-3, betas (0.9, 0.999), eps 1e-8, no weight decay.
    public init(
        _ parameters: [Variable], names: [String]? = nil, lr: Double = 2e-3, betas: (Double, Double) = (0.9, 0.999),
        eps: Double = 1e-8, weightDecay: Double = 0
    ) throws {
        try HyperparameterCheck.adamFamily(lr: lr, betas: betas, eps: eps, weightDecay: weightDecay, in: name)
        loop = try OptimizerLoop(parameters, names: names, optimizer: name)
        learningRate = lr
        (beta1, beta2) = betas
        self.eps = eps
        self.weightDecay = weightDecay
    }

    public var parameters: [Variable] { loop.parameters }
    public var parameterNames: [String] { loop.names }
    public var stepCount: Int { loop.stepCount }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [
            ("lr", .number(learningRate)), ("betas", .pair(beta1, beta2)), ("eps", .number(eps)),
            ("weight_decay", .number(weightDecay)),
        ]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        loop.state(at: index) { state in
            [
                ("exp_avg", .elementwise(state.m)), ("exp_inf", .elementwise(state.u)),
                ("step", .scalar(Double(state.step))),
            ]
        }
    }

    public func step() throws {
        try loop.step(optimizer: name, newState: ParameterState.init) { p, g, state in
            state.step += 1
            let stepSize = learningRate / (1 - Tensor.power(beta1, Double(state.step)))
            let weight = 1 - beta1
            for j in p.indices {
                let gj = weightDecay != 0 ? g[j] + weightDecay * p[j] : g[j]
                // PyTorch's lerp(m, g, weight), which rounds from the nearer end.
                state.m[j] =
                    weight < 0.5 ? state.m[j] + weight * (gj - state.m[j]) : gj - (gj - state.m[j]) * (1 - weight)
                state.u[j] = Swift.max(beta2 * state.u[j], Swift.abs(gj) + eps)
                p[j] = p[j] + -stepSize * (state.m[j] / state.u[j])
            }
        }
    }
}
