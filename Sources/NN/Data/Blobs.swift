import Tensors

extension Dataset {
    /// Gaussian clusters, following scikit-learn's `make_blobs`: `centers` centres drawn
    /// uniformly in the box [low, high]^d (row by row), then ⌊N/k⌋ points per centre (the first
    /// N mod k centres get one more), each centre's points N(centre, std²) per coordinate,
    /// labelled with the centre's index; rows shuffled by a permutation at the end.
    public static func blobs(
        count: Int, centers: Int = 3, features: Int = 2, std: Double = 1,
        box: (low: Double, high: Double) = (-10, 10),
        using random: inout RandomSource
    ) throws -> Dataset {
        let name = "blobs"
        try DatasetCheck.count(features, "the number of features", dataset: name)
        try DatasetCheck.count(centers, width: features, "the number of centres", dataset: name)
        try DatasetCheck.count(count, width: features, "the number of samples", dataset: name)
        try DatasetCheck.nonNegative(std, "std", dataset: name)
        guard box.low.isFinite, box.high.isFinite, box.low <= box.high else {
            throw DatasetError.invalidArgument(dataset: name, "the centre box needs finite bounds with low <= high")
        }
        let centerPoints = try Tensor.rand([centers, features], low: box.low, high: box.high, using: &random).scalars
        var points: [Double] = []
        points.reserveCapacity(count * features)
        var labels: [Double] = []
        for c in 0..<centers {
            let size = count / centers + (c < count % centers ? 1 : 0)
            for _ in 0..<size {
                for f in 0..<features { points.append(random.normal(mean: centerPoints[c * features + f], std: std)) }
                labels.append(Double(c))
            }
        }
        let ordered = try Dataset(
            name: name, inputs: Tensor(shape: [count, features], scalars: points), targets: Tensor(labels))
        return try ordered.rows(
            random.permutation(count),
            name: "blobs(\(count), centers=\(centers), features=\(features), std=\(NumberFormat().string(std)))")
    }
}
