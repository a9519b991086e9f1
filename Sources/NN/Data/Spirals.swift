import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Dataset {
    /// K interleaved spiral arms, as in CS231n's "Putting it together" notes: for class j,
    /// r = linspace(0, 1, N) and t = linspace(4j, 4(j + 1), N) + noise·z with z ~ N(0, 1),
    /// each point (r·sin t, r·cos t), label j. Classes follow one another (not shuffled), each
    /// drawing its N normals in turn. Linearly inseparable for K ≥ 2.
    public static func spirals(
        pointsPerClass: Int, classes: Int = 3, noise: Double = 0.2,
        using random: inout RandomSource
    ) throws -> Dataset {
        let name = "spirals"
        try DatasetCheck.count(classes, "the number of classes", dataset: name)
        try DatasetCheck.count(pointsPerClass, width: 2 * classes, "the number of points per class", dataset: name)
        try DatasetCheck.nonNegative(noise, "noise", dataset: name)
        var points: [Double] = []
        var labels: [Double] = []
        let radii = try Tensor.linspace(0, 1, count: pointsPerClass).scalars
        for j in 0..<classes {
            let angles = try Tensor.linspace(Double(4 * j), Double(4 * (j + 1)), count: pointsPerClass).scalars
            for (r, angle) in zip(radii, angles) {
                let t = angle + noise * random.normal()
                points += [r * sin(t), r * cos(t)]
                labels.append(Double(j))
            }
        }
        return try Dataset(
            name: "spirals(\(pointsPerClass), classes=\(classes), noise=\(NumberFormat().string(noise)))",
            inputs: Tensor(shape: [pointsPerClass * classes, 2], scalars: points), targets: Tensor(labels))
    }
}
