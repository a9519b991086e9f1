/// Exponential decay, PyTorch's `torch.optim.lr_scheduler.ExponentialLR`: the rate is
/// multiplied by γ every epoch.
///
///     γₜ = γ₀ · γᵗ
///
/// The course notes (seed 003, in a figure taken from CS231n) write it α = α₀·e^(−k·t): the
/// same curve with γ = e^(−k).
/// As PyTorch's `step()`, the new rate is the optimizer's current one times γ.
public final class ExponentialLR: LearningRateSchedule {
    public let name = "ExponentialLR"
    public let optimizer: any Optimizer
    public let baseLearningRate: Double
    public let gamma: Double
    public private(set) var epoch = 0
    public private(set) var currentLearningRate: Double

    /// `gamma`, the factor per epoch (PyTorch requires it; 0.9 halves the rate in about 7 epochs).
    public init(_ optimizer: any Optimizer, gamma: Double) throws {
        try HyperparameterCheck.nonNegative(gamma, "gamma", in: name)
        self.optimizer = optimizer
        self.gamma = gamma
        baseLearningRate = optimizer.learningRate
        currentLearningRate = optimizer.learningRate
    }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [("gamma", .number(gamma))]
    }

    public func step() {
        epoch += 1
        optimizer.learningRate = optimizer.learningRate * gamma
        currentLearningRate = optimizer.learningRate
    }
}
