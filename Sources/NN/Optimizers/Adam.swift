import Autograd
import Tensors

/// Adam, PyTorch's `torch.optim.Adam`: momentum on the gradient (first moment) divided by the
/// root of a running mean of its square (second moment), both corrected for their zero start.
///
/// For each parameter p with gradient g at its step t (from 1), learning rate γ, betas (β₁, β₂),
/// eps ε and weight decay λ:
///
///     g ← g + λ·p                    if λ ≠ 0 (L2 penalty; AdamW decays p instead, see AdamW.swift)
///     m ← β₁·m + (1 − β₁)·g
///     v ← β₂·v + (1 − β₂)·g²
///     m̂ ← m / (1 − β₁ᵗ)              (bias corrections)
///     v̂ ← v / (1 − β₂ᵗ)
///     if amsgrad:
///         v_max ← max(v_max, v)      (PyTorch keeps the max of v, and corrects it the same way)
///         v̂ ← v_max / (1 − β₂ᵗ)
///     p ← p − γ·m̂ / (√v̂ + ε)
///
/// As PyTorch computes it: p ← p − (γ / (1 − β₁ᵗ))·m / (√v / √(1 − β₂ᵗ) + ε).
/// State: `exp_avg` (m), `exp_avg_sq` (v), `max_exp_avg_sq` (v_max, if amsgrad), `step` (t);
/// all start at zero on the parameter's first update.
public final class Adam: Optimizer {
    public let name: String
    public var learningRate: Double
    public let beta1: Double
    public let beta2: Double
    public let eps: Double
    public let weightDecay: Double
    public let amsgrad: Bool
    /// AdamW's decay p ← p·(1 − γλ) before the step, instead of λ·p added to the gradient.
    public let decoupledWeightDecay: Bool
    private var loop: OptimizerLoop<ParameterState>

    private struct ParameterState {
        var m, v: [Double]
        /// Only with amsgrad: the largest v so far.
        var vMax: [Double]
        var step = 0
        init(count: Int, amsgrad: Bool) {
            (m, v) = (Array(repeating: 0, count: count), Array(repeating: 0, count: count))
            vMax = amsgrad ? Array(repeating: 0, count: count) : []
        }
    }

    /// PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad.
    /// With `decoupledWeightDecay` this is AdamW (see ``Adam/adamW(_:names:lr:betas:eps:weightDecay:amsgrad:)``).
    public init(
        _ parameters: [Variable], names: [String]? = nil, lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
        eps: Double = 1e-8, weightDecay: Double = 0, amsgrad: Bool = false, decoupledWeightDecay: Bool = false
    ) throws {
        let name = decoupledWeightDecay ? "AdamW" : "Adam"
        try HyperparameterCheck.adamFamily(lr: lr, betas: betas, eps: eps, weightDecay: weightDecay, in: name)
        loop = try OptimizerLoop(parameters, names: names, optimizer: name)
        self.name = name
        learningRate = lr
        (beta1, beta2) = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    public var parameters: [Variable] { loop.parameters }
    public var parameterNames: [String] { loop.names }
    public var stepCount: Int { loop.stepCount }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [
            ("lr", .number(learningRate)), ("betas", .pair(beta1, beta2)), ("eps", .number(eps)),
            ("weight_decay", .number(weightDecay)), ("amsgrad", .flag(amsgrad)),
            ("decoupled_weight_decay", .flag(decoupledWeightDecay)),
        ]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        loop.state(at: index) { state in
            [("exp_avg", .elementwise(state.m)), ("exp_avg_sq", .elementwise(state.v))]
                + (amsgrad ? [("max_exp_avg_sq", .elementwise(state.vMax))] : []) + [
                    ("step", .scalar(Double(state.step)))
                ]
        }
    }

    public func step() throws {
        var kernel = AdamKernel(
            beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay, stepSize: 0,
            correction2Root: 0, decay: 1 - learningRate * weightDecay,
            decoupled: decoupledWeightDecay, amsgrad: amsgrad)
        try loop.step(optimizer: name, newState: { [amsgrad] in ParameterState(count: $0, amsgrad: amsgrad) }) {
            p, g, state in
            state.step += 1
            let t = Double(state.step)
            kernel.stepSize = learningRate / (1 - Tensor.power(beta1, t))
            kernel.correction2Root = (1 - Tensor.power(beta2, t)).squareRoot()
            // The formula above, term for term (Sources/CKernels/adam.c), in one vectorised loop.
            g.withUnsafeBufferPointer { g in
                state.m.withUnsafeMutableBufferPointer { m in
                    state.v.withUnsafeMutableBufferPointer { v in
                        state.vMax.withUnsafeMutableBufferPointer { vMax in
                            kernel.update(p, gradient: g, m: m, v: v, vMax: vMax)
                        }
                    }
                }
            }
        }
    }
}
