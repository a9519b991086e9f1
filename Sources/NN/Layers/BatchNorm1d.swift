import Autograd
import Tensors

/// Batch normalisation over the features of a batch [N, C], as PyTorch's `nn.BatchNorm1d`.
///
/// Training: each feature is normalised with its batch mean and BIASED batch variance,
/// y = (x − mean) / √(var + eps) · γ + β, and the running statistics move towards the batch's:
/// running = (1 − momentum) · running + momentum · batch, where the running variance takes the
/// UNBIASED batch variance (n/(n − 1) times the biased one). A batch of one is an error.
/// Evaluation: y = (x − running_mean) / √(running_var + eps) · γ + β.
///
/// The forward pass is built from autograd operations (mean, var, sub, add, sqrt, div, mul),
/// so the gradients with respect to x, γ and β are exact, and `explain` can show each step.
public final class BatchNorm1d: Module {
    public let numFeatures: Int
    /// Added to the variance inside the square root.
    public let eps: Double
    /// The weight of the newest batch in the running statistics; nil means a cumulative
    /// average, 1/(number of batches so far) (PyTorch's `momentum=None`).
    public let momentum: Double?
    /// γ, [C], initially ones; nil when built without `affine`.
    public let weight: Variable?
    /// β, [C], initially zeros; nil when built without `affine`.
    public let bias: Variable?
    /// [C], initially zeros; nil when built without `trackRunningStats`.
    public private(set) var runningMean: Tensor?
    /// [C], initially ones; nil when built without `trackRunningStats`.
    public private(set) var runningVar: Tensor?
    /// How many training batches have updated the running statistics.
    public private(set) var batchesTracked = 0
    /// The mean and biased variance of the last batch normalised with batch statistics.
    public private(set) var lastBatchStatistics: (mean: Tensor, variance: Tensor)?
    public var isTraining = true

    public init(
        numFeatures: Int, eps: Double = 1e-5, momentum: Double? = 0.1,
        affine: Bool = true, trackRunningStats: Bool = true
    ) throws {
        guard numFeatures >= 1 else {
            throw LayerError.invalidArgument(layer: "BatchNorm1d", "needs at least 1 feature, got \(numFeatures)")
        }
        guard eps.isFinite, eps >= 0 else {
            throw LayerError.invalidArgument(
                layer: "BatchNorm1d", "eps must be finite and >= 0, got \(NumberFormat().string(eps))")
        }
        if let momentum, !(momentum >= 0 && momentum <= 1) {
            throw LayerError.invalidArgument(
                layer: "BatchNorm1d", "momentum must be between 0 and 1, got \(NumberFormat().string(momentum))")
        }
        self.numFeatures = numFeatures
        self.eps = eps
        self.momentum = momentum
        weight = affine ? Variable(try Tensor.ones([numFeatures]), requiresGrad: true, label: "weight") : nil
        bias = affine ? Variable(try Tensor.zeros([numFeatures]), requiresGrad: true, label: "bias") : nil
        runningMean = trackRunningStats ? try Tensor.zeros([numFeatures]) : nil
        runningVar = trackRunningStats ? try Tensor.ones([numFeatures]) : nil
    }

    public var localParameters: [(name: String, variable: Variable)] {
        [weight.map { ("weight", $0) }, bias.map { ("bias", $0) }].compactMap { $0 }
    }

    public var localBuffers: [(name: String, value: Tensor)] {
        guard let runningMean, let runningVar else { return [] }
        return [
            ("running_mean", runningMean), ("running_var", runningVar),
            ("num_batches_tracked", Tensor(Double(batchesTracked))),
        ]
    }

    public func forward(_ x: Variable, in context: inout ForwardContext) throws -> Variable {
        let shape = x.value.shape
        guard shape.count == 2, shape[1] == numFeatures, shape[0] >= 1 else {
            throw LayerError.inputShape(
                layer: description, expected: "a non-empty batch [N, \(numFeatures)]", shape: shape)
        }
        let normalized: Variable
        if let runningMean, let runningVar, !isTraining {
            let std = try (runningVar + Tensor(eps)).sqrt()
            normalized =
                try (x - Variable(runningMean, requiresGrad: false, label: "running_mean"))
                / Variable(std, requiresGrad: false, label: "√(running_var + eps)")
        } else {
            if isTraining && shape[0] == 1 { throw LayerError.batchOfOneInTraining(layer: description, shape: shape) }
            let mean = try x.mean(axis: 0, keepDims: true)
            let variance = try x.variance(axis: 0, unbiased: false, keepDims: true)
            normalized = try (x - mean) / (variance + eps).sqrt()
            lastBatchStatistics = (try mean.value.reshaped([numFeatures]), try variance.value.reshaped([numFeatures]))
            if isTraining { try updateRunningStatistics(x.value, mean: mean.value) }
        }
        guard let weight, let bias else { return normalized }
        return try normalized * weight + bias
    }

    /// running = (1 − m)·running + m·batch, with the unbiased variance (PyTorch's update).
    private func updateRunningStatistics(_ x: Tensor, mean: Tensor) throws {
        guard let runningMean, let runningVar else { return }
        batchesTracked += 1
        let m = momentum ?? 1 / Double(batchesTracked)
        let unbiased = try x.variance(axis: 0, unbiased: true)
        self.runningMean = try runningMean.zip(mean.reshaped([numFeatures]), op: "running_mean") { old, new in
            m * new + (1 - m) * old
        }
        self.runningVar = try runningVar.zip(unbiased, op: "running_var") { old, new in m * new + (1 - m) * old }
    }

    /// Replaces a running statistic (`running_mean`, `running_var`: [C], the variance ≥ 0) or
    /// the count `num_batches_tracked` (a whole number ≥ 0), as `bn.running_var = …` does.
    public func setBuffer(_ name: String, to value: Tensor) throws {
        guard runningMean != nil else {
            throw LayerError.invalidArgument(layer: description, "has no buffers (track_running_stats=false)")
        }
        if name == "num_batches_tracked" {
            guard let count = value.scalar, count >= 0, count == count.rounded(), count < 1e15 else {
                throw LayerError.invalidArgument(layer: description, "num_batches_tracked is a whole number ≥ 0")
            }
            batchesTracked = Int(count)
            return
        }
        guard ["running_mean", "running_var"].contains(name) else {
            throw LayerError.invalidArgument(
                layer: description, "has no buffer \(name); it has running_mean, running_var, num_batches_tracked")
        }
        guard value.shape == [numFeatures] else {
            throw LayerError.invalidArgument(
                layer: description,
                "\(name) has shape \(Shape.describe([numFeatures])), got \(Shape.describe(value.shape))")
        }
        guard value.scalars.allSatisfy(\.isFinite) else {
            throw LayerError.invalidArgument(layer: description, "\(name) must be finite")
        }
        if name == "running_mean" {
            runningMean = value
            return
        }
        guard value.scalars.allSatisfy({ $0 >= 0 }) else {
            throw LayerError.invalidArgument(layer: description, "running_var must be ≥ 0")
        }
        runningVar = value
    }

    public var description: String {
        var options: [String] = []
        if eps != 1e-5 { options.append("eps=\(NumberFormat().string(eps))") }
        if momentum != 0.1 { options.append("momentum=\(momentum.map { NumberFormat().string($0) } ?? "none")") }
        if weight == nil { options.append("affine=false") }
        if runningMean == nil { options.append("track_running_stats=false") }
        return "BatchNorm1d(\(([String(numFeatures)] + options).joined(separator: ", ")))"
    }
}

extension BatchNorm1d {
    /// The layer's mutable state besides its parameters: buffers, last batch, mode. Captured
    /// and put back by callers that must undo a forward pass (a lesson judging an answer).
    public struct State {
        fileprivate let runningMean: Tensor?, runningVar: Tensor?, batchesTracked: Int
        fileprivate let lastBatchStatistics: (mean: Tensor, variance: Tensor)?, isTraining: Bool
    }

    public var state: State {
        State(
            runningMean: runningMean, runningVar: runningVar, batchesTracked: batchesTracked,
            lastBatchStatistics: lastBatchStatistics, isTraining: isTraining)
    }

    /// Puts back a state captured from this layer.
    public func restore(_ state: State) {
        runningMean = state.runningMean
        runningVar = state.runningVar
        batchesTracked = state.batchesTracked
        lastBatchStatistics = state.lastBatchStatistics
        isTraining = state.isTraining
    }
}
