/// Step decay, PyTorch's `torch.optim.lr_scheduler.StepLR`: the rate is multiplied by γ every
/// `stepSize` epochs.
///
///     γₜ = γ₀ · γ^⌊t / step_size⌋
///
/// As PyTorch's `step()`, the new rate is computed from the optimizer's current one (multiplied
/// by γ when t is a multiple of step_size, kept otherwise), so a rate set by hand in between
/// carries on from where it was put.
public final class StepLR: LearningRateSchedule {
    public let name = "StepLR"
    public let optimizer: any Optimizer
    public let baseLearningRate: Double
    public let stepSize: Int
    public let gamma: Double
    public private(set) var epoch = 0
    public private(set) var currentLearningRate: Double

    /// `stepSize` epochs between decays (≥ 1); `gamma` the factor (PyTorch's default 0.1).
    public init(_ optimizer: any Optimizer, stepSize: Int, gamma: Double = 0.1) throws {
        guard stepSize >= 1 else {
            throw OptimizerError.invalidHyperparameter(
                owner: name, name: "step_size", value: Double(stepSize), requirement: "a whole number ≥ 1")
        }
        try HyperparameterCheck.nonNegative(gamma, "gamma", in: name)
        self.optimizer = optimizer
        self.stepSize = stepSize
        self.gamma = gamma
        baseLearningRate = optimizer.learningRate
        currentLearningRate = optimizer.learningRate
    }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [("step_size", .number(Double(stepSize))), ("gamma", .number(gamma))]
    }

    public func step() {
        epoch += 1
        if epoch % stepSize == 0 { optimizer.learningRate = optimizer.learningRate * gamma }
        currentLearningRate = optimizer.learningRate
    }
}
