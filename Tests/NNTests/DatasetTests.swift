import Foundation
import Tensors
import Testing

@testable import NN

@Suite struct DatasetTests {
    @Test func moonsWithoutNoiseLieOnTheirHalfCircles() throws {
        var random = RandomSource(seed: 1)
        let moons = try Dataset.moons(count: 101, noise: 0, using: &random)
        #expect(moons.inputs.shape == [101, 2])
        #expect(moons.targets.scalars.filter { $0 == 0 }.count == 50)  // ⌊101/2⌋ on the upper moon
        #expect(moons.targets.scalars.filter { $0 == 1 }.count == 51)
        for i in 0..<moons.count {
            let (x, y) = (moons.inputs.scalars[2 * i], moons.inputs.scalars[2 * i + 1])
            if moons.targets.scalars[i] == 0 {
                #expect(Swift.abs(x * x + y * y - 1) < 1e-12 && y >= -1e-15)
            } else {
                #expect(Swift.abs((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5) - 1) < 1e-12 && y <= 0.5 + 1e-15)
            }
        }
        // Both ends of both arcs are there: t = 0 and t = π.
        let points = (0..<moons.count).map { [moons.inputs.scalars[2 * $0], moons.inputs.scalars[2 * $0 + 1]] }
        for end in [[1.0, 0], [-1, 0], [0, 0.5], [2, 0.5]] {
            #expect(
                points.contains { Swift.abs($0[0] - end[0]) < 1e-12 && Swift.abs($0[1] - end[1]) < 1e-12 }, "\(end)")
        }
        // Shuffled: the labels are not in two blocks.
        #expect(moons.targets.scalars.prefix(50).contains(1))
    }

    @Test func moonsAreSeededAndNoisy() throws {
        var a = RandomSource(seed: 42)
        var b = RandomSource(seed: 42)
        let first = try Dataset.moons(count: 100, using: &a)
        #expect(first == (try Dataset.moons(count: 100, using: &b)))
        #expect(first != (try Dataset.moons(count: 100, using: &a)))
        #expect(first.name == "moons(100, noise=0.1)")
        // Noise 0.1 moves the upper moon's points off the unit circle by about 0.1.
        var offsets: [Double] = []
        for i in 0..<first.count where first.targets.scalars[i] == 0 {
            let (x, y) = (first.inputs.scalars[2 * i], first.inputs.scalars[2 * i + 1])
            offsets.append(Swift.abs((x * x + y * y).squareRoot() - 1))
        }
        let meanOffset = offsets.reduce(0, +) / Double(offsets.count)
        #expect(meanOffset > 0.04 && meanOffset < 0.12)
        let signed = try first.withSignedLabels()
        #expect(Set(signed.targets.scalars) == [-1, 1])
        #expect(zip(signed.targets.scalars, first.targets.scalars).allSatisfy { $0 == 2 * $1 - 1 })
    }

    @Test func spiralsFollowCS231n() throws {
        var random = RandomSource(seed: 3)
        let spirals = try Dataset.spirals(pointsPerClass: 5, classes: 3, noise: 0, using: &random)
        #expect(spirals.inputs.shape == [15, 2])
        #expect(spirals.targets.scalars == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2])
        // Without noise, point k of class j is r(sin t, cos t) with r = k/4, t = 4j + k.
        for j in 0..<3 {
            for k in 0..<5 {
                let (r, t) = (Double(k) / 4, Double(4 * j + k))
                let row = 5 * j + k
                #expect(Swift.abs(spirals.inputs.scalars[2 * row] - r * sin(t)) < 1e-12)
                #expect(Swift.abs(spirals.inputs.scalars[2 * row + 1] - r * cos(t)) < 1e-12)
            }
        }
        let noisy = try Dataset.spirals(pointsPerClass: 50, using: &random)
        #expect(noisy.count == 150 && Set(noisy.targets.scalars) == [0, 1, 2])
    }

    @Test func blobsSplitTheSamplesOverTheCentres() throws {
        var random = RandomSource(seed: 5)
        let blobs = try Dataset.blobs(count: 10, centers: 3, std: 0, using: &random)
        let counts = (0..<3).map { c in blobs.targets.scalars.filter { $0 == Double(c) }.count }
        #expect(counts == [4, 3, 3])
        // With std 0 every point of a class sits on its centre, inside the box.
        for c in 0..<3 {
            let rows = (0..<10).filter { blobs.targets.scalars[$0] == Double(c) }
            let first = Array(blobs.inputs.scalars[(2 * rows[0])..<(2 * rows[0] + 2)])
            for row in rows { #expect(Array(blobs.inputs.scalars[(2 * row)..<(2 * row + 2)]) == first) }
            #expect(first.allSatisfy { $0 >= -10 && $0 <= 10 })
        }
        let wide = try Dataset.blobs(count: 7, centers: 2, features: 4, using: &random)
        #expect(wide.inputs.shape == [7, 4])
    }

    @Test func xorOfFourWithoutNoiseIsTheTruthTable() throws {
        var random = RandomSource(seed: 1)
        let table = try Dataset.xor(count: 4, noise: 0, using: &random)
        #expect(table.inputs.scalars == [0, 0, 0, 1, 1, 0, 1, 1])
        #expect(table.targets.scalars == [0, 1, 1, 0])
        let cloud = try Dataset.xor(count: 200, using: &random)
        #expect(cloud.targets.scalars.filter { $0 == 1 }.count == 100)
    }

    @Test func linearRegressionKeepsItsTruth() throws {
        var random = RandomSource(seed: 6)
        let exact = try Dataset.linearRegression(
            count: 5, features: 2, noise: 0,
            weights: Tensor([2, -1]), bias: 0.5, using: &random)
        #expect(exact.weights.scalars == [2, -1] && exact.bias == 0.5)
        let x = exact.dataset.inputs.scalars
        for i in 0..<5 {
            #expect(exact.dataset.targets.scalars[i] == 2 * x[2 * i] + -1 * x[2 * i + 1] + 0.5)
        }
        let noisy = try Dataset.linearRegression(count: 4000, features: 1, noise: 0.1, using: &random)
        let residuals = try noisy.dataset.targets - (noisy.dataset.inputs.matmul(noisy.weights) + Tensor(noisy.bias))
        #expect(Swift.abs(try #require(residuals.standardDeviation().scalar) - 0.1) < 0.005)
        #expect(throws: DatasetError.self) {
            try Dataset.linearRegression(count: 5, features: 2, weights: Tensor([1]), using: &random)
        }
    }

    @Test func splitIsASeededPartition() throws {
        let data = try Dataset(
            name: "ids", inputs: Tensor(shape: [10, 1], scalars: (0..<10).map(Double.init)),
            targets: Tensor((0..<10).map(Double.init)))
        var random = RandomSource(seed: 12)
        let (train, validation) = try data.split(validationFraction: 0.25, using: &random)
        #expect(validation.count == 3)  // ⌈0.25 · 10⌉, as scikit-learn
        #expect(train.count == 7)
        #expect((train.targets.scalars + validation.targets.scalars).sorted() == (0..<10).map(Double.init))
        #expect(train.inputs.scalars == train.targets.scalars, "rows keep their targets")
        #expect(train.name == "ids (train)")
        for bad in [0.0, 1, -0.5, .nan, 0.95] {
            #expect(throws: DatasetError.self, "\(bad)") { try data.split(validationFraction: bad, using: &random) }
        }
    }

    @Test func badSizesAreErrorsNotTraps() {
        var random = RandomSource(seed: 1)
        for n in [0, -5, Int.max, 1 << 40] {
            #expect(throws: DatasetError.self) { try Dataset.moons(count: n, using: &random) }
            #expect(throws: DatasetError.self) { try Dataset.xor(count: n, using: &random) }
            #expect(throws: DatasetError.self) { try Dataset.spirals(pointsPerClass: n, using: &random) }
            #expect(throws: DatasetError.self) { try Dataset.spirals(pointsPerClass: 10, classes: n, using: &random) }
            #expect(throws: DatasetError.self) { try Dataset.blobs(count: n, using: &random) }
            #expect(throws: DatasetError.self) { try Dataset.blobs(count: 10, centers: n, using: &random) }
            #expect(throws: DatasetError.self) { try Dataset.linearRegression(count: n, using: &random) }
            #expect(throws: DatasetError.self) { try Dataset.linearRegression(count: 10, features: n, using: &random) }
        }
        for noise in [-0.1, Double.nan, .infinity] {
            #expect(throws: DatasetError.self) { try Dataset.moons(count: 10, noise: noise, using: &random) }
        }
        #expect(throws: DatasetError.self) { try Dataset.blobs(count: 10, box: (low: 1, high: -1), using: &random) }
        #expect(throws: DatasetError.self) { try Dataset(name: "x", inputs: Tensor([1, 2]), targets: Tensor([1, 2])) }
        #expect(throws: DatasetError.self) {
            try Dataset(name: "x", inputs: Tensor.ones([2, 1]), targets: Tensor([1, 3])).withSignedLabels()
        }
        #expect(throws: DatasetError.self) {
            try Dataset(name: "x", inputs: Tensor.ones([2, 1]), targets: Tensor([1, 0])).rows([2])
        }
    }
}
