import Functions
import Tensors
import Testing

@testable import NN

@Suite struct InitTests {
    /// The bound or std PyTorch passed to uniform_/normal_ for each scheme, shape, mode and
    /// gain, reproduced bit for bit.
    @Test func distributionsMatchPyTorchExactly() throws {
        for reference in LayerReference.inits {
            let initializer = try InitTests.initializer(for: reference)
            let expected: Initializer.Distribution =
                reference.distribution == "uniform"
                ? .uniform(low: reference.first, high: reference.second)
                : .normal(mean: reference.first, std: reference.second)
            let actual = try initializer.distribution(for: reference.shape)
            #expect(
                actual == expected,
                "\(reference.scheme) \(reference.shape) \(reference.mode ?? "") \(reference.nonlinearity ?? "")")
        }
        #expect(LayerReference.inits.count > 100)
    }

    @Test func gainsMatchPyTorch() throws {
        for reference in LayerReference.gains {
            let nonlinearity = try #require(Nonlinearity(name: reference.nonlinearity, parameter: reference.param))
            #expect(nonlinearity.gain == reference.gain, "\(reference.nonlinearity)")
        }
    }

    @Test func fansOfLinearAndConvolutionShapes() throws {
        #expect(try Fans(shape: [16, 2]) == Fans(shape: [16, 2]))
        let linear = try Fans(shape: [16, 2])
        #expect((linear.fanIn, linear.fanOut) == (2, 16))
        let kernel = try Fans(shape: [4, 3, 2])
        #expect((kernel.fanIn, kernel.fanOut) == (6, 8))
        #expect(throws: InitError.self) { try Fans(shape: [5]) }
        #expect(throws: InitError.self) { try Initializer.xavierUniform(gain: 1).distribution(for: []) }
    }

    @Test func drawsStayInTheirBoundsWithTheExpectedSpread() throws {
        var random = RandomSource(seed: 42)
        let relu = Initializer.kaimingNormal(mode: .fanIn, nonlinearity: .relu)
        let w = try relu.tensor(shape: [400, 100], using: &random)
        // std √2/√100 = 0.1414…; 40000 draws put the sample std within 2 %.
        let std = try #require(w.standardDeviation().scalar)
        #expect(Swift.abs(std / (2.0 / 100).squareRoot() - 1) < 0.02)
        let u = try Initializer.xavierUniform(gain: 1).tensor(shape: [300, 100], using: &random)
        let bound = (6.0 / 400).squareRoot()
        #expect(u.scalars.allSatisfy { Swift.abs($0) <= bound })
        #expect(try #require(u.max().scalar) > 0.99 * bound)
        let lecun = try Initializer.lecunNormal.tensor(shape: [100, 400], using: &random)
        #expect(Swift.abs(try #require(lecun.standardDeviation().scalar) / 0.05 - 1) < 0.02)
    }

    @Test func drawsAreDeterministicAndRowMajor() throws {
        var a = RandomSource(seed: 9)
        var b = RandomSource(seed: 9)
        let scheme = Initializer.uniform(low: -2, high: 3)
        let drawn = try scheme.tensor(shape: [2, 3], using: &a)
        #expect(drawn.scalars == (0..<6).map { _ in b.uniform(-2, 3) })
        #expect(try Initializer.constant(0.5).tensor(shape: [2], using: &a).scalars == [0.5, 0.5])
        #expect(try Initializer.zeros.tensor(shape: [0, 3], using: &a).shape == [0, 3])
        #expect(
            try Initializer.kaimingUniform(mode: .fanIn, nonlinearity: .relu).tensor(shape: [0, 3], using: &a).count
                == 0)
    }

    @Test func unusableParametersAreErrors() {
        var random = RandomSource(seed: 1)
        let bad: [Initializer] = [
            .normal(mean: 0, std: -1), .uniform(low: 1, high: 0), .constant(.infinity),
            .xavierNormal(gain: .nan), .kaimingUniform(mode: .fanOut, nonlinearity: .leakyRelu(slope: .infinity)),
        ]
        for scheme in bad {
            #expect(throws: InitError.self, "\(scheme)") { try scheme.tensor(shape: [2, 2], using: &random) }
        }
        #expect(throws: InitError.self) {
            try Initializer.kaimingNormal(mode: .fanIn, nonlinearity: .relu).tensor(shape: [4], using: &random)
        }
    }

    @Test func namedSchemesTakeTheGainOfTheActivation() throws {
        #expect(
            try Initializer.named("kaiming", before: .function(.relu))
                == .kaimingNormal(mode: .fanIn, nonlinearity: .relu))
        #expect(try Initializer.named("xavier", before: .function(.tanh)) == .xavierUniform(gain: 5.0 / 3))
        #expect(try Initializer.named("xavier_normal", before: .identity) == .xavierNormal(gain: 1))
        #expect(try Initializer.named("default", before: .function(.relu)) == nil)
        #expect(try Initializer.named("lecun", before: .function(.elu)) == .lecunNormal)
        #expect(throws: InitError.self) { try Initializer.named("kaiming", before: .function(.elu)) }
        #expect(throws: InitError.self) { try Initializer.named("glorious", before: .function(.relu)) }
        // the message names the activation that has no gain (it said elu for every one)
        for f in [ElementwiseFunction.softplus, .gelu, .elu] {
            #expect(
                throws: InitError.invalidArgument(
                    initializer: "kaiming",
                    "there is no standard gain for \(f.name) (PyTorch's calculate_gain has none); use lecun_normal or the default"
                )
            ) {
                try Initializer.named("kaiming", before: .function(f))
            }
        }
    }

    @Test func pytorchLinearWeightBoundIsOneOverRootFanIn() throws {
        guard case let .uniform(low, high) = try Initializer.pytorchLinearWeight.distribution(for: [16, 2]) else {
            Issue.record("not uniform")
            return
        }
        #expect(low == -high)
        #expect(Swift.abs(high - 1 / 2.0.squareRoot()) < 1e-15)
    }

    static func initializer(for reference: InitCase) throws -> Initializer {
        let mode = reference.mode == "fan_out" ? FanMode.fanOut : .fanIn
        func nonlinearity() throws -> Nonlinearity {
            // PyTorch's kaiming passes `a` as leaky_relu's slope.
            let name = try #require(reference.nonlinearity)
            return try #require(Nonlinearity(name: name, parameter: reference.param ?? 0))
        }
        switch reference.scheme {
        case "xavier_uniform": return .xavierUniform(gain: try #require(reference.gain))
        case "xavier_normal": return .xavierNormal(gain: try #require(reference.gain))
        case "kaiming_uniform": return .kaimingUniform(mode: mode, nonlinearity: try nonlinearity())
        case "kaiming_normal": return .kaimingNormal(mode: mode, nonlinearity: try nonlinearity())
        case "linear_weight": return .pytorchLinearWeight
        case "linear_bias": return Linear.defaultBiasInit(inFeatures: Int(try #require(reference.param)))
        default: throw InitError.invalidArgument(initializer: reference.scheme, "no mapping")
        }
    }
}
