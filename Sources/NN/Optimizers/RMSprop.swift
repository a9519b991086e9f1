import Autograd
import Tensors

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
    private var loop: OptimizerLoop<ParameterState>

    private struct ParameterState {
        var v, gMean, b: [Double]
        var step = 0
        init(count: Int) {
            (v, gMean, b) = (
                Array(repeating: 0, count: count), Array(repeating: 0, count: count), Array(repeating: 0, count: count)
            )
        }
    }

    /// PyTorch's defaults: lr 1e-2, alpha 0.99, eps 1e-8, no weight decay, no momentum, not centered.
    public init(
        _ parameters: [Variable], names: [String]? = nil, lr: Double = 1e-2, alpha: Double = 0.99,
        eps: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false
    ) throws {
        try HyperparameterCheck.nonNegative(lr, "lr", in: name)
        try HyperparameterCheck.nonNegative(alpha, "alpha", in: name)
        try HyperparameterCheck.nonNegative(eps, "eps", in: name)
        try HyperparameterCheck.nonNegative(weightDecay, "weight_decay", in: name)
        try HyperparameterCheck.nonNegative(momentum, "momentum", in: name)
        loop = try OptimizerLoop(parameters, names: names, optimizer: name)
        learningRate = lr
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
    }

    public var parameters: [Variable] { loop.parameters }
    public var parameterNames: [String] { loop.names }
    public var stepCount: Int { loop.stepCount }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [
            ("lr", .number(learningRate)), ("alpha", .number(alpha)), ("eps", .number(eps)),
            ("weight_decay", .number(weightDecay)), ("momentum", .number(momentum)), ("centered", .flag(centered)),
        ]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        loop.state(at: index) { state in
            [("square_avg", .elementwise(state.v))] + (centered ? [("grad_avg", .elementwise(state.gMean))] : [])
                + (momentum > 0 ? [("momentum_buffer", .elementwise(state.b))] : []) + [
                    ("step", .scalar(Double(state.step)))
                ]
        }
    }

    public func step() throws {
        try loop.step(optimizer: name, newState: ParameterState.init) { p, g, state in
            state.step += 1
            for j in p.indices {
                let gj = weightDecay != 0 ? g[j] + weightDecay * p[j] : g[j]
                state.v[j] = alpha * state.v[j] + (1 - alpha) * gj * gj
                let d: Double
                if centered {
                    state.gMean[j] = alpha * state.gMean[j] + (1 - alpha) * gj
                    d = (state.v[j] - state.gMean[j] * state.gMean[j]).squareRoot() + eps
                } else {
                    d = state.v[j].squareRoot() + eps
                }
                if momentum > 0 {
                    state.b[j] = momentum * state.b[j] + gj / d
                    p[j] = p[j] - learningRate * state.b[j]
                } else {
                    p[j] = p[j] - learningRate * gj / d
                }
            }
        }
    }
}
