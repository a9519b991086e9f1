import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Dataset {
    /// Two interleaving half circles, following scikit-learn's `make_moons` step by step:
    /// ⌊N/2⌋ points on the upper circle (cos t, sin t) and the rest on the lower one
    /// (1 − cos t, 1 − sin t − 0.5), t evenly spaced over [0, π] on each; labels 0 (upper) and
    /// 1 (lower); rows shuffled by a permutation; then N(0, noise²) added to every coordinate,
    /// row by row. The numbers differ from scikit-learn's (another generator), the shape does not.
    ///
    /// micrograd's demo is `moons(100, noise: 0.1)` with labels mapped to ±1
    /// (``withSignedLabels()``).
    public static func moons(count: Int, noise: Double = 0.1, using random: inout RandomSource) throws -> Dataset {
        let name = "moons"
        try DatasetCheck.count(count, width: 2, "the number of samples", dataset: name)
        try DatasetCheck.nonNegative(noise, "noise", dataset: name)
        let outerCount = count / 2
        let innerCount = count - outerCount
        var points: [Double] = []
        points.reserveCapacity(2 * count)
        for t in try Tensor.linspace(0, Double.pi, count: outerCount).scalars {
            points += [cos(t), sin(t)]
        }
        for t in try Tensor.linspace(0, Double.pi, count: innerCount).scalars {
            points += [1 - cos(t), 1 - sin(t) - 0.5]
        }
        let labels = [Double](repeating: 0, count: outerCount) + [Double](repeating: 1, count: innerCount)
        let ordered = try Dataset(
            name: name, inputs: Tensor(shape: [count, 2], scalars: points), targets: Tensor(labels))
        let shuffled = try ordered.rows(random.permutation(count))
        let jitter = try Tensor.randn([count, 2], std: noise, using: &random)
        return try Dataset(
            name: "moons(\(count), noise=\(NumberFormat().string(noise)))",
            inputs: shuffled.inputs + jitter, targets: shuffled.targets)
    }
}
