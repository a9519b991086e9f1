import Tensors

/// A noisy linear regression problem together with the truth it was made from.
public struct LinearRegressionData: Sendable, Equatable {
    /// X (N, d) and y (N,).
    public let dataset: Dataset
    /// The true w, (d,).
    public let weights: Tensor
    /// The true b.
    public let bias: Double
}

extension Dataset {
    /// y = X·w + b + noise·ε with X and ε standard normal. Unless given, w (d numbers) and then
    /// b are drawn standard normal first; then X row by row, then ε. A fit should recover w and
    /// b to within about noise/√N.
    public static func linearRegression(
        count: Int, features: Int = 1, noise: Double = 0.1,
        weights: Tensor? = nil, bias: Double? = nil,
        using random: inout RandomSource
    ) throws -> LinearRegressionData {
        let name = "linear_regression"
        try DatasetCheck.count(features, "the number of features", dataset: name)
        try DatasetCheck.count(count, width: features, "the number of samples", dataset: name)
        try DatasetCheck.nonNegative(noise, "noise", dataset: name)
        if let weights, weights.shape != [features] || weights.scalars.contains(where: { !$0.isFinite }) {
            throw DatasetError.invalidArgument(
                dataset: name,
                "the true weights must be \(features) finite numbers, shape [\(features)], got \(Shape.describe(weights.shape))"
            )
        }
        if let bias, !bias.isFinite {
            throw DatasetError.invalidArgument(dataset: name, "the true bias must be finite")
        }
        let w = try weights ?? Tensor.randn([features], using: &random)
        let b = bias ?? random.normal()
        let x = try Tensor.randn([count, features], using: &random)
        let epsilon = try Tensor.randn([count], using: &random)
        let clean = try x.matmul(w) + Tensor(b)
        let y = try clean + epsilon.map { noise * $0 }
        let dataset = try Dataset(
            name: "linear_regression(\(count), features=\(features), noise=\(NumberFormat().string(noise)))",
            inputs: x, targets: y)
        return LinearRegressionData(dataset: dataset, weights: w, bias: b)
    }
}
