import Tensors

/// A supervised data set: one sample per row of `inputs` (N, d) and its target in `targets`
/// (N,): a class index (0, 1, …) for classification, a number for regression.
public struct Dataset: Sendable, Equatable {
    /// What made it, for printing (`moons(100, noise=0.1)`).
    public let name: String
    /// (N, d).
    public let inputs: Tensor
    /// (N,).
    public let targets: Tensor

    /// Checks that `inputs` is a matrix with one row per target.
    public init(name: String, inputs: Tensor, targets: Tensor) throws {
        guard inputs.rank == 2, targets.shape == [inputs.shape[0]] else {
            throw DatasetError.invalidArgument(
                dataset: name,
                "inputs must be [N, d] and targets [N], got \(Shape.describe(inputs.shape)) and \(Shape.describe(targets.shape))"
            )
        }
        self.name = name
        self.inputs = inputs
        self.targets = targets
    }

    /// N, the number of samples.
    public var count: Int { inputs.shape[0] }

    /// d, the number of input features.
    public var featureCount: Int { inputs.shape[1] }

    /// The samples at `indices`, in that order (each must be in 0..<N).
    public func rows(_ indices: [Int], name: String? = nil) throws -> Dataset {
        let width = featureCount
        var inputScalars: [Double] = []
        inputScalars.reserveCapacity(indices.count * width)
        var targetScalars: [Double] = []
        targetScalars.reserveCapacity(indices.count)
        for index in indices {
            guard index >= 0, index < count else {
                throw DatasetError.invalidArgument(
                    dataset: self.name, "row \(index) is out of range for \(count) samples")
            }
            inputScalars.append(contentsOf: inputs.scalars[(index * width)..<((index + 1) * width)])
            targetScalars.append(targets.scalars[index])
        }
        return try Dataset(
            name: name ?? self.name,
            inputs: Tensor(shape: [indices.count, width], scalars: inputScalars),
            targets: Tensor(targetScalars))
    }

    /// A random split into training and validation samples, as scikit-learn's
    /// `train_test_split(test_size=fraction)`: a permutation of 0..<N from `random`; the first
    /// ⌈fraction · N⌉ indices are the validation set, the rest (in permuted order) the training
    /// set. Both must end up non-empty.
    public func split(validationFraction fraction: Double, using random: inout RandomSource) throws
        -> (train: Dataset, validation: Dataset)
    {
        guard fraction > 0, fraction < 1 else {
            throw DatasetError.invalidArgument(
                dataset: "split",
                "the validation fraction must be strictly between 0 and 1, got \(NumberFormat().string(fraction))")
        }
        let validationCount = Int((fraction * Double(count)).rounded(.up))
        guard validationCount < count else {
            throw DatasetError.invalidArgument(
                dataset: "split",
                "a validation fraction of \(NumberFormat().string(fraction)) of \(count) samples leaves no training samples"
            )
        }
        let order = random.permutation(count)
        return (
            try rows(Array(order[validationCount...]), name: name + " (train)"),
            try rows(Array(order[..<validationCount]), name: name + " (validation)")
        )
    }

    /// The same samples with binary class labels 0/1 mapped to −1/+1, for the hinge loss.
    /// Throws if a target is neither 0 nor 1.
    public func withSignedLabels() throws -> Dataset {
        if let bad = targets.scalars.first(where: { $0 != 0 && $0 != 1 }) {
            throw DatasetError.invalidArgument(
                dataset: name, "signed labels need 0/1 targets, got \(NumberFormat().string(bad))")
        }
        return try Dataset(name: name, inputs: inputs, targets: targets.map { 2 * $0 - 1 })
    }
}
