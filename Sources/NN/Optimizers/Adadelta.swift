import Tensors
import Autograd

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
    public private(set) var stepCount = 0
    private let list: OptimizedParameters
    private var states: [ParameterState?]

    private struct ParameterState {
        var squareAverage: Tensor
        var accumulatedDelta: Tensor
        var step = 0
    }

    /// PyTorch's defaults: lr 1.0, rho 0.9, eps 1e-6, no weight decay.
    public init(_ parameters: [Variable], names: [String]? = nil, lr: Double = 1.0, rho: Double = 0.9,
                eps: Double = 1e-6, weightDecay: Double = 0) throws {
        try HyperparameterCheck.nonNegative(lr, "lr", in: name)
        try HyperparameterCheck.closedUnitInterval(rho, "rho", in: name)
        try HyperparameterCheck.nonNegative(eps, "eps", in: name)
        try HyperparameterCheck.nonNegative(weightDecay, "weight_decay", in: name)
        list = try OptimizedParameters(parameters, names: names, optimizer: name)
        learningRate = lr
        self.rho = rho
        self.eps = eps
        self.weightDecay = weightDecay
        states = Array(repeating: nil, count: list.count)
    }

    public var parameters: [Variable] { list.variables }
    public var parameterNames: [String] { list.names }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [("lr", .number(learningRate)), ("rho", .number(rho)), ("eps", .number(eps)), ("weight_decay", .number(weightDecay))]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        guard states.indices.contains(index), let state = states[index] else { return [] }
        return [("square_avg", state.squareAverage), ("acc_delta", state.accumulatedDelta), ("step", Tensor(Double(state.step)))]
    }

    public func step() throws {
        let gradients = try list.gradients(optimizer: name)
        for (i, gradient) in gradients.enumerated() {
            guard var g = gradient else { continue }
            var p = list.values(i)
            let zeros = try list.tensor(i, Array(repeating: 0, count: p.count))
            var state = states[i] ?? ParameterState(squareAverage: zeros, accumulatedDelta: zeros)
            state.step += 1
            var v = state.squareAverage.scalars
            var u = state.accumulatedDelta.scalars
            for j in p.indices {
                if weightDecay != 0 { g[j] = g[j] + weightDecay * p[j] }
                v[j] = rho * v[j] + (1 - rho) * g[j] * g[j]
                let delta = (u[j] + eps).squareRoot() / (v[j] + eps).squareRoot() * g[j]
                u[j] = rho * u[j] + (1 - rho) * delta * delta
                p[j] = p[j] - learningRate * delta
            }
            state.squareAverage = try list.tensor(i, v)
            state.accumulatedDelta = try list.tensor(i, u)
            states[i] = state
            try list.assign(i, p)
        }
        stepCount += 1
    }
}
