import Tensors
import Autograd

/// RMSprop, PyTorch's `torch.optim.RMSprop`: Adagrad with a running mean of squared gradients
/// instead of their sum, so the rate stops shrinking.
///
/// For each parameter p with gradient g, learning rate γ, smoothing α, eps ε, weight decay λ
/// and momentum μ:
///
///     g ← g + λ·p                    if λ ≠ 0
///     v ← α·v + (1 − α)·g²
///     if centered:
///         ḡ ← α·ḡ + (1 − α)·g
///         d ← √(v − ḡ²) + ε          (variance instead of raw second moment)
///     else:
///         d ← √v + ε                 (ε outside the square root)
///     if μ > 0:
///         b ← μ·b + g / d
///         p ← p − γ·b
///     else:
///         p ← p − γ·g / d
///
/// The lecture notes write ε inside the root, √(G + ε); PyTorch adds it outside, as here.
/// State: `square_avg` (v), `grad_avg` (ḡ, if centered), `momentum_buffer` (b, if μ > 0),
/// `step`; all start at zero on the parameter's first update.
public final class RMSprop: Optimizer {
    public let name = "RMSprop"
    public var learningRate: Double
    public let alpha: Double
    public let eps: Double
    public let weightDecay: Double
    public let momentum: Double
    public let centered: Bool
    public private(set) var stepCount = 0
    private let list: OptimizedParameters
    private var states: [ParameterState?]

    private struct ParameterState {
        var squareAverage: Tensor
        var gradientAverage: Tensor
        var momentumBuffer: Tensor
        var step = 0
    }

    /// PyTorch's defaults: lr 1e-2, alpha 0.99, eps 1e-8, no weight decay, no momentum, not centered.
    public init(_ parameters: [Variable], names: [String]? = nil, lr: Double = 1e-2, alpha: Double = 0.99,
                eps: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false) throws {
        try HyperparameterCheck.nonNegative(lr, "lr", in: name)
        try HyperparameterCheck.nonNegative(alpha, "alpha", in: name)
        try HyperparameterCheck.nonNegative(eps, "eps", in: name)
        try HyperparameterCheck.nonNegative(weightDecay, "weight_decay", in: name)
        try HyperparameterCheck.nonNegative(momentum, "momentum", in: name)
        list = try OptimizedParameters(parameters, names: names, optimizer: name)
        learningRate = lr
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        states = Array(repeating: nil, count: list.count)
    }

    public var parameters: [Variable] { list.variables }
    public var parameterNames: [String] { list.names }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [("lr", .number(learningRate)), ("alpha", .number(alpha)), ("eps", .number(eps)),
         ("weight_decay", .number(weightDecay)), ("momentum", .number(momentum)), ("centered", .flag(centered))]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        guard states.indices.contains(index), let state = states[index] else { return [] }
        var entries: [(name: String, value: Tensor)] = [("square_avg", state.squareAverage)]
        if centered { entries.append(("grad_avg", state.gradientAverage)) }
        if momentum > 0 { entries.append(("momentum_buffer", state.momentumBuffer)) }
        entries.append(("step", Tensor(Double(state.step))))
        return entries
    }

    public func step() throws {
        let gradients = try list.gradients(optimizer: name)
        for (i, gradient) in gradients.enumerated() {
            guard var g = gradient else { continue }
            var p = list.values(i)
            let zeros = try list.tensor(i, Array(repeating: 0, count: p.count))
            var state = states[i] ?? ParameterState(squareAverage: zeros, gradientAverage: zeros, momentumBuffer: zeros)
            state.step += 1
            var v = state.squareAverage.scalars
            var gMean = state.gradientAverage.scalars
            var b = state.momentumBuffer.scalars
            for j in p.indices {
                if weightDecay != 0 { g[j] = g[j] + weightDecay * p[j] }
                v[j] = alpha * v[j] + (1 - alpha) * g[j] * g[j]
                let d: Double
                if centered {
                    gMean[j] = alpha * gMean[j] + (1 - alpha) * g[j]
                    d = (v[j] - gMean[j] * gMean[j]).squareRoot() + eps
                } else {
                    d = v[j].squareRoot() + eps
                }
                if momentum > 0 {
                    b[j] = momentum * b[j] + g[j] / d
                    p[j] = p[j] - learningRate * b[j]
                } else {
                    p[j] = p[j] - learningRate * g[j] / d
                }
            }
            state.squareAverage = try list.tensor(i, v)
            state.gradientAverage = try list.tensor(i, gMean)
            state.momentumBuffer = try list.tensor(i, b)
            states[i] = state
            try list.assign(i, p)
        }
        stepCount += 1
    }
}
