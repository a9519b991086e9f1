import Autograd
import Tensors

/// NAdam, PyTorch's `torch.optim.NAdam`: Adam with Nesterov momentum, looking one step ahead
/// with a momentum coefficient that warms up over the first steps (Dozat, "Incorporating
/// Nesterov Momentum into Adam").
///
/// For each parameter p with gradient g at its step t (from 1), learning rate γ, betas (β₁, β₂),
/// eps ε, weight decay λ and momentum decay ψ:
///
///     g ← g + λ·p                    if λ ≠ 0 (or p ← p·(1 − γλ) with decoupled weight decay)
///     μₜ ← β₁·(1 − ½·0.96^(t·ψ))       μₜ₊₁ ← β₁·(1 − ½·0.96^((t+1)·ψ))
///     Πₜ ← Πₜ₋₁·μₜ                   (mu_product, from 1)
///     m ← β₁·m + (1 − β₁)·g
///     v ← β₂·v + (1 − β₂)·g²
///     v̂ ← v / (1 − β₂ᵗ)
///     p ← p − γ·(1 − μₜ)/(1 − Πₜ) · g / (√v̂ + ε)
///           − γ·μₜ₊₁/(1 − Πₜ·μₜ₊₁) · m / (√v̂ + ε)
///
/// State: `exp_avg` (m), `exp_avg_sq` (v), `mu_product` (Πₜ), `step` (t); made on the
/// parameter's first update.
public final class NAdam: Optimizer {
    public let name = "NAdam"
    public var learningRate: Double
    public let beta1: Double
    public let beta2: Double
    public let eps: Double
    public let weightDecay: Double
    public let momentumDecay: Double
    /// Decay p ← p·(1 − γλ) before the step (PyTorch's NAdamW) instead of λ·p in the gradient.
    public let decoupledWeightDecay: Bool
    private var loop: OptimizerLoop<ParameterState>

    private struct ParameterState {
        var m, v: [Double]
        var muProduct = 1.0
        var step = 0
        init(count: Int) { (m, v) = (Array(repeating: 0, count: count), Array(repeating: 0, count: count)) }
    }

    /// PyTorch's defaults: lr 2e-3, betas (0.9, 0.999), eps 1e-8, no weight decay, momentum_decay 4e-3.
    public init(
        _ parameters: [Variable], names: [String]? = nil, lr: Double = 2e-3, betas: (Double, Double) = (0.9, 0.999),
        eps: Double = 1e-8, weightDecay: Double = 0, momentumDecay: Double = 4e-3,
        decoupledWeightDecay: Bool = false
    ) throws {
        try HyperparameterCheck.adamFamily(lr: lr, betas: betas, eps: eps, weightDecay: weightDecay, in: name)
        try HyperparameterCheck.nonNegative(momentumDecay, "momentum_decay", in: name)
        loop = try OptimizerLoop(parameters, names: names, optimizer: name)
        learningRate = lr
        (beta1, beta2) = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentumDecay = momentumDecay
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    public var parameters: [Variable] { loop.parameters }
    public var parameterNames: [String] { loop.names }
    public var stepCount: Int { loop.stepCount }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [
            ("lr", .number(learningRate)), ("betas", .pair(beta1, beta2)), ("eps", .number(eps)),
            ("weight_decay", .number(weightDecay)), ("momentum_decay", .number(momentumDecay)),
            ("decoupled_weight_decay", .flag(decoupledWeightDecay)),
        ]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        loop.state(at: index) { state in
            [
                ("exp_avg", .elementwise(state.m)), ("exp_avg_sq", .elementwise(state.v)),
                ("mu_product", .scalar(state.muProduct)), ("step", .scalar(Double(state.step))),
            ]
        }
    }

    /// The momentum coefficient μₜ at step `t`.
    private func mu(_ t: Double) -> Double { beta1 * (1 - 0.5 * Tensor.power(0.96, t * momentumDecay)) }

    public func step() throws {
        try loop.step(optimizer: name, newState: ParameterState.init) { p, g, state in
            state.step += 1
            let t = Double(state.step)
            let biasCorrection2 = 1 - Tensor.power(beta2, t)
            let (muNow, muNext) = (mu(t), mu(t + 1))
            state.muProduct *= muNow
            let muProductNext = state.muProduct * muNext
            let gradientRate = learningRate * (1 - muNow) / (1 - state.muProduct)
            let momentumRate = learningRate * muNext / (1 - muProductNext)
            let decay = 1 - learningRate * weightDecay
            for j in p.indices {
                var gj = g[j]
                if weightDecay != 0 {
                    if decoupledWeightDecay { p[j] = p[j] * decay } else { gj = gj + weightDecay * p[j] }
                }
                state.m[j] = beta1 * state.m[j] + (1 - beta1) * gj
                state.v[j] = beta2 * state.v[j] + (1 - beta2) * gj * gj
                let denominator = (state.v[j] / biasCorrection2).squareRoot() + eps
                p[j] = p[j] - gradientRate * gj / denominator
                p[j] = p[j] - momentumRate * state.m[j] / denominator
            }
        }
    }
}
