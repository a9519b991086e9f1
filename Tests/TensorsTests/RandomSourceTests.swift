import Testing

@testable import Tensors

// The raw outputs below were printed by the authors' reference C code (xoshiro256starstar.c and
// splitmix64.c), as kept in scripts/reference/xoshiro_reference.c; run that script to regenerate.
private let referenceSeed0: [UInt64] = [
    0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0, 0x6AA5_94F1_262D_2D2C,
    0xBBA5_AD4A_1F84_2E59, 0xFFEF_8375_D9EB_CACA, 0x6C16_0DEE_D2F5_4C98, 0x8920_AD64_8FC3_0A3F,
]
private let referenceSeed42: [UInt64] = [
    0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1, 0xECB8_AD47_03B3_60A1,
    0xFDE6_DC7F_E2EC_5E64, 0xC50D_A531_0179_5238, 0xB821_5485_5A65_DDB2, 0xD99A_2743_EBE6_0087,
]
private let referenceSeedMax: [UInt64] = [
    0x8F55_20D5_2A7E_AD08, 0xC476_A018_CAA1_802D, 0x81DE_31C0_D260_469E, 0xBF65_8D7E_065F_3C2F,
]

private func draws<T>(_ count: Int, seed: UInt64, _ draw: (inout RandomSource) -> T) -> [T] {
    var source = RandomSource(seed: seed)
    return (0..<count).map { _ in draw(&source) }
}

private func meanAndVariance(_ xs: [Double]) -> (mean: Double, variance: Double) {
    let mean = xs.reduce(0, +) / Double(xs.count)
    let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count)
    return (mean, variance)
}

@Suite struct RandomSourceTests {
    @Test func rawOutputsMatchTheReferenceImplementation() {
        #expect(draws(8, seed: 0) { $0.next() } == referenceSeed0)
        #expect(draws(8, seed: 42) { $0.next() } == referenceSeed42)
        #expect(draws(4, seed: .max) { $0.next() } == referenceSeedMax)
    }

    @Test func uniformUsesTheTop53Bits() {
        let uniforms = draws(8, seed: 42) { $0.uniform() }
        #expect(uniforms == referenceSeed42.map { Double($0 >> 11) * 0x1p-53 })
        // Pinned so that an accidental change to the conversion shows up by value too.
        #expect(uniforms[0] == 0.08386297105988216)
        #expect(uniforms[1] == 0.3789802506626686)
        #expect(uniforms[2] == 0.6800434110281394)
        #expect(uniforms[3] == 0.9246929453253876)
    }

    @Test func normalValuesArePinned() {
        // Computed by this implementation. Normals go through libm's log, cos and sin, so allow
        // a few ulps for another platform's libm; an algorithm change moves them far more.
        let expected = [-0.303263064678738, 0.28846173882942383, 1.3438117634372806, -0.6879751798977497]
        let normals = draws(4, seed: 42) { $0.normal() }
        for (actual, pinned) in zip(normals, expected) {
            #expect(abs(actual - pinned) <= 1e-15 * max(1, abs(pinned)), "\(actual) vs \(pinned)")
        }
    }

    @Test func boxMullerSpareIsStandardAndPartOfTheState() {
        var a = RandomSource(seed: 7)
        _ = a.normal()
        let spare = a.normal()
        var b = RandomSource(seed: 7)
        _ = b.normal(mean: 5, std: 3)
        var copy = b
        #expect(b.normal(mean: 10, std: 2) == 10 + 2 * spare)
        #expect(copy.normal() == spare)
        // Both normals of a pair come from two uniforms, so the streams line up again afterwards.
        #expect(a.next() == b.next())
    }

    @Test func sameSeedAgreesAndDifferentSeedsDiffer() {
        #expect(draws(1000, seed: 123) { $0.next() } == draws(1000, seed: 123) { $0.next() })
        #expect(draws(1000, seed: 123) { $0.normal() } == draws(1000, seed: 123) { $0.normal() })
        #expect(draws(10, seed: 123) { $0.next() } != draws(10, seed: 124) { $0.next() })
        #expect(draws(10, seed: 0) { $0.next() } != draws(10, seed: 1) { $0.next() })
    }

    @Test func uniformStatistics() {
        let xs = draws(100_000, seed: 1) { $0.uniform() }
        #expect(xs.allSatisfy { $0 >= 0 && $0 < 1 })
        let (mean, variance) = meanAndVariance(xs)
        #expect(abs(mean - 0.5) < 0.005)
        #expect(abs(variance - 1.0 / 12) < 0.002)
        let ranged = draws(10_000, seed: 2) { $0.uniform(-3, 5) }
        #expect(ranged.allSatisfy { $0 >= -3 && $0 < 5 })
        #expect(abs(meanAndVariance(ranged).mean - 1) < 0.1)
    }

    @Test func normalStatistics() {
        let (mean, variance) = meanAndVariance(draws(100_000, seed: 3) { $0.normal() })
        #expect(abs(mean) < 0.015)
        #expect(abs(variance - 1) < 0.02)
        let scaled = meanAndVariance(draws(100_000, seed: 4) { $0.normal(mean: 2, std: 0.5) })
        #expect(abs(scaled.mean - 2) < 0.01)
        #expect(abs(scaled.variance - 0.25) < 0.01)
    }

    @Test func bernoulliFrequency() {
        let ones = draws(100_000, seed: 5) { $0.bernoulli(0.3) }
        #expect(ones.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(abs(ones.reduce(0, +) / 100_000 - 0.3) < 0.01)
        #expect(draws(1000, seed: 6) { $0.bernoulli(0) }.allSatisfy { $0 == 0 })
        #expect(draws(1000, seed: 6) { $0.bernoulli(1) }.allSatisfy { $0 == 1 })
    }

    @Test func integerBelowCoversTheRangeEvenly() {
        let xs = draws(70_000, seed: 8) { $0.integer(below: 7) }
        var counts = [Int](repeating: 0, count: 7)
        for x in xs {
            #expect(x >= 0 && x < 7)
            if x >= 0 && x < 7 { counts[x] += 1 }
        }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 500 }, "\(counts)")
        let wide = draws(1000, seed: 9) { $0.integer(below: .max) }
        #expect(wide.allSatisfy { $0 >= 0 && $0 < .max })
        #expect(wide.contains { $0 > Int.max / 2 })
    }

    @Test func integerBelowNeverTraps() {
        var source = RandomSource(seed: 10)
        #expect(source.integer(below: 1) == 0)
        #expect(source.integer(below: 0) == 0)
        #expect(source.integer(below: -5) == 0)
    }

    @Test func permutationIsAPermutation() {
        var source = RandomSource(seed: 11)
        for n in [0, 1, 2, 10, 1000] {
            let p = source.permutation(n)
            #expect(p.sorted() == Array(0..<n))
        }
        #expect(source.permutation(-3) == [])
        #expect(draws(1, seed: 12) { $0.permutation(50) } != draws(1, seed: 13) { $0.permutation(50) })
        // Every position is hit by every value about equally often.
        var firsts = [Int](repeating: 0, count: 5)
        for p in draws(10_000, seed: 14, { $0.permutation(5) }) { firsts[p[0]] += 1 }
        #expect(firsts.allSatisfy { abs($0 - 2000) < 200 }, "\(firsts)")
    }
}

@Suite struct RandomTensorTests {
    @Test func elementsAreDrawnInRowMajorOrder() throws {
        var source = RandomSource(seed: 20)
        let t = try Tensor.randn([2, 3], mean: 1, std: 2, using: &source)
        #expect(t.shape == [2, 3])
        #expect(t.scalars == draws(6, seed: 20) { $0.normal(mean: 1, std: 2) })

        source = RandomSource(seed: 21)
        let u = try Tensor.rand([3, 2], low: -1, high: 1, using: &source)
        #expect(u.scalars == draws(6, seed: 21) { $0.uniform(-1, 1) })

        source = RandomSource(seed: 22)
        let b = try Tensor.bernoulli([4], p: 0.5, using: &source)
        #expect(b.scalars == draws(4, seed: 22) { $0.bernoulli(0.5) })

        source = RandomSource(seed: 23)
        let p = try Tensor.permutation(6, using: &source)
        #expect(p.shape == [6])
        #expect(p.scalars == draws(1, seed: 23) { $0.permutation(6) }[0].map(Double.init))
    }

    @Test func scalarAndEmptyShapes() throws {
        var source = RandomSource(seed: 24)
        #expect(try Tensor.rand([], using: &source).shape == [])
        #expect(try Tensor.randn([0, 3], using: &source).count == 0)
        #expect(try Tensor.permutation(0, using: &source).shape == [0])
    }

    @Test func badArgumentsThrow() {
        var source = RandomSource(seed: 25)
        #expect(throws: TensorError.negativeDimension(shape: [2, -1])) {
            try Tensor.randn([2, -1], using: &source)
        }
        #expect(throws: TensorError.self) { try Tensor.rand([1 << 20, 1 << 20], using: &source) }
        #expect(throws: TensorError.self) { try Tensor.bernoulli([2], p: 1.5, using: &source) }
        #expect(throws: TensorError.self) { try Tensor.bernoulli([2], p: -0.1, using: &source) }
        #expect(throws: TensorError.self) { try Tensor.bernoulli([2], p: .nan, using: &source) }
        #expect(throws: TensorError.self) { try Tensor.permutation(-1, using: &source) }
        #expect(throws: TensorError.self) { try Tensor.randn([2], std: -1, using: &source) }
        #expect(throws: TensorError.self) { try Tensor.rand([2], low: 1, high: 0, using: &source) }
    }

    @Test func bernoulliMessageNamesTheProbability() {
        var source = RandomSource(seed: 26)
        #expect(throws: TensorError.invalidArgument(op: "bernoulli", "p must be between 0 and 1, got 1.5")) {
            try Tensor.bernoulli([2], p: 1.5, using: &source)
        }
    }
}
