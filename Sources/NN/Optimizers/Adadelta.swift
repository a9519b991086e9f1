import Autograd
import Tensors

/// Adadelta, PyTorch's `torch.optim.Adadelta`: the step is scaled by the ratio of running RMS
/// of past updates to running RMS of gradients, so it has the units of the parameter and needs
/// no rate (γ = 1 by default only multiplies it).
///
/// For each parameter p with gradient g, decay ρ, eps ε, weight decay λ and learning rate γ:
///
///     g ← g + λ·p                    if λ ≠ 0
///     v ← ρ·v + (1 − ρ)·g²
///     Δ ← √(u + ε) / √(v + ε) · g    (ε inside both square roots)
///     u ← ρ·u + (1 − ρ)·Δ²
///     p ← p − γ·Δ
///
/// State: `square_avg` (v), `acc_delta` (u), `step`; all start at zero on the parameter's
/// first update.
public final class Adadelta: Optimizer {
    public let name = "Adadelta"
    public var learningRate: Double
    public let rho: Double
    public let eps: Double
    public let weightDecay: Double
    private var loop: OptimizerLoop<ParameterState>

    private struct ParameterState {
        var v, u: [Double]
        var step = 0
        init(count: Int) { (v, u) = (Array(repeating: 0, count: count), Array(repeating: 0, count: count)) }
    }

    /// PyTorch's defaults: lr 1.0, rho 0.9, eps 1e-6, no weight decay.
    public init(
        _ parameters: [Variable], names: [String]? = nil, lr: Double = 1.0, rho: Double = 0.9,
        eps: Double = 1e-6, weightDecay: Double = 0
    ) throws {
        try HyperparameterCheck.nonNegative(lr, "lr", in: name)
        try HyperparameterCheck.closedUnitInterval(rho, "rho", in: name)
        try HyperparameterCheck.nonNegative(eps, "eps", in: name)
        try HyperparameterCheck.nonNegative(weightDecay, "weight_decay", in: name)
        loop = try OptimizerLoop(parameters, names: names, optimizer: name)
        learningRate = lr
        self.rho = rho
        self.eps = eps
        self.weightDecay = weightDecay
    }

    public var parameters: [Variable] { loop.parameters }
    public var parameterNames: [String] { loop.names }
    public var stepCount: Int { loop.stepCount }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [
            ("lr", .number(learningRate)), ("rho", .number(rho)), ("eps", .number(eps)),
            ("weight_decay", .number(weightDecay)),
        ]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        loop.state(at: index) { state in
            [
                ("square_avg", .elementwise(state.v)), ("acc_delta", .elementwise(state.u)),
                ("step", .scalar(Double(state.step))),
            ]
        }
    }

    public func step() throws {
        try loop.step(optimizer: name, newState: ParameterState.init) { p, g, state in
            state.step += 1
            for j in p.indices {
                let gj = weightDecay != 0 ? g[j] + weightDecay * p[j] : g[j]
                state.v[j] = rho * state.v[j] + (1 - rho) * gj * gj
                let delta = (state.u[j] + eps).squareRoot() / (state.v[j] + eps).squareRoot() * gj
                state.u[j] = rho * state.u[j] + (1 - rho) * delta * delta
                p[j] = p[j] - learningRate * delta
            }
        }
    }
}
