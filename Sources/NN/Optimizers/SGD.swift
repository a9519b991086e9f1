import Autograd
import Tensors

/// Stochastic gradient descent with momentum, PyTorch's `torch.optim.SGD`.
///
/// For each parameter p with gradient g, learning rate γ, momentum μ, dampening τ and weight
/// decay λ:
///
///     g ← g + λ·p                    if λ ≠ 0   (L2 penalty added to the gradient)
///     if μ ≠ 0:
///         b ← g                      on the first step (no dampening)
///         b ← μ·b + (1 − τ)·g        afterwards
///         g ← g + μ·b                if nesterov
///         g ← b                      otherwise
///     p ← p − γ·g
///
/// Lectures often put the rate inside the velocity (v ← μ·v + γ·g, p ← p − v, as in seed 001);
/// with a constant rate that is the same path (v = γ·b), but not once a schedule changes γ.
/// PyTorch's form is the one implemented. State: `momentum_buffer` (b), once μ ≠ 0.
public final class SGD: Optimizer {
    public let name = "SGD"
    public var learningRate: Double
    public let momentum: Double
    public let dampening: Double
    public let weightDecay: Double
    public let nesterov: Bool
    private var loop: OptimizerLoop<ParameterState>

    private struct ParameterState {
        /// Made from the first gradient, and only with momentum.
        var buffer: [Double]?
    }

    /// PyTorch's defaults: lr 1e-3, no momentum, no dampening, no weight decay.
    public init(
        _ parameters: [Variable], names: [String]? = nil, lr: Double = 1e-3, momentum: Double = 0,
        dampening: Double = 0, weightDecay: Double = 0, nesterov: Bool = false
    ) throws {
        try HyperparameterCheck.nonNegative(lr, "lr", in: name)
        try HyperparameterCheck.nonNegative(momentum, "momentum", in: name)
        try HyperparameterCheck.finite(dampening, "dampening", in: name)
        try HyperparameterCheck.nonNegative(weightDecay, "weight_decay", in: name)
        if nesterov, momentum <= 0 || dampening != 0 {
            throw OptimizerError.nesterovNeedsMomentumWithoutDampening(momentum: momentum, dampening: dampening)
        }
        loop = try OptimizerLoop(parameters, names: names, optimizer: name)
        learningRate = lr
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
    }

    public var parameters: [Variable] { loop.parameters }
    public var parameterNames: [String] { loop.names }
    public var stepCount: Int { loop.stepCount }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [
            ("lr", .number(learningRate)), ("momentum", .number(momentum)), ("dampening", .number(dampening)),
            ("weight_decay", .number(weightDecay)), ("nesterov", .flag(nesterov)),
        ]
    }

    public func state(at index: Int) -> [(name: String, value: Tensor)] {
        loop.state(at: index) { state in state.buffer.map { [("momentum_buffer", .elementwise($0))] } ?? [] }
    }

    public func step() throws {
        try loop.step(optimizer: name, newState: { _ in ParameterState() }) { p, g, state in
            // Taken out of the state, and g only read: writing either would copy it whole.
            let isFirst = state.buffer == nil
            var b = state.buffer.take() ?? []
            if isFirst && momentum != 0 { b.reserveCapacity(p.count) }
            for j in p.indices {
                var d = weightDecay != 0 ? g[j] + weightDecay * p[j] : g[j]
                if momentum != 0 {
                    if isFirst {
                        b.append(d)
                    } else {
                        b[j] = momentum * b[j] + (1 - dampening) * d
                    }
                    d = nesterov ? d + momentum * b[j] : b[j]
                }
                p[j] = p[j] - learningRate * d
            }
            if momentum != 0 { state.buffer = b }
        }
    }
}
