/// Inverse time decay ("1/t decay"): the rate falls as one over the epoch count.
///
///     γₜ = γ₀ / (1 + k·t)
///
/// This is the form of the course notes (seed 003, "затухание 1/t", in a figure taken from
/// CS231n: α = α₀ / (1 + k·t), α₀ and k hyperparameters, t the iteration). PyTorch has no class
/// for it; this equals `LambdaLR(optimizer, lambda t: 1 / (1 + k * t))` and computes it the same
/// way, γ₀·(1/(1 + k·t)), from the base rate rather than the current one (so a rate set by hand
/// is overwritten at the next step).
public final class InverseTimeLR: LearningRateSchedule {
    public let name = "InverseTimeLR"
    public let optimizer: any Optimizer
    public let baseLearningRate: Double
    /// The decay rate k: the rate is halved at t = 1/k.
    public let k: Double
    public private(set) var epoch = 0
    public private(set) var currentLearningRate: Double

    /// `k`, the decay rate (≥ 0; 0 keeps the rate constant).
    public init(_ optimizer: any Optimizer, k: Double) throws {
        try HyperparameterCheck.nonNegative(k, "k", in: name)
        self.optimizer = optimizer
        self.k = k
        baseLearningRate = optimizer.learningRate
        currentLearningRate = optimizer.learningRate
    }

    public var hyperparameters: [(name: String, value: HyperparameterValue)] {
        [("k", .number(k))]
    }

    public func step() {
        epoch += 1
        optimizer.learningRate = baseLearningRate * (1 / (1 + k * Double(epoch)))
        currentLearningRate = optimizer.learningRate
    }
}
