import NN
import Tensors
import Testing

@testable import Notebook

/// nn.init from the prompt: PyTorch's bounds and gains, drawn from the session's generator.
@Suite struct TrainingInitialiserTests {
    @Test(arguments: [
        ("gain(\"linear\")", "1"), ("gain(\"sigmoid\")", "1"), ("gain(\"tanh\")", "1.66667"), ("gain(relu)", "1.41421"),
        ("gain(\"leaky_relu\")", "1.41414"), ("gain(\"leaky_relu\", 0.2)", "1.38675"), ("gain(\"selu\")", "0.75"),
    ])
    func gainsAreCalculateGains(_ source: String, _ expected: String) {
        // leaky_relu: √(2/(1 + 0.01²)) = 1.414143…, √(2/1.04) = 1.386750…
        #expect(run(source) == expected)
    }

    @Test func fanBasedSchemesDrawWhatTheEngineDraws() throws {
        let cases: [(String, Initializer)] = [
            ("xavier_uniform(16, 2)", .xavierUniform(gain: 1)),
            ("xavier_normal(16, 2, gain = 2)", .xavierNormal(gain: 2)),
            ("kaiming_uniform(16, 2)", .kaimingUniform(mode: .fanIn, nonlinearity: .leakyRelu(slope: 0))),
            (
                "kaiming_normal(16, 2, mode = \"fan_out\", nonlinearity = \"tanh\")",
                .kaimingNormal(mode: .fanOut, nonlinearity: .tanh)
            ),
            ("lecun_normal(16, 2)", .lecunNormal),
            ("kaiming(16, 2)", .kaimingNormal(mode: .fanIn, nonlinearity: .relu)),
            ("xavier(16, 2)", .xavierUniform(gain: 1)),
            ("lecun(16, 2)", .lecunNormal),
            ("uniform(-1, 1)(16, 2)", .uniform(low: -1, high: 1)),
        ]
        for (source, initializer) in cases {
            let session = Session(seed: 4)
            let statement = source.hasPrefix("uniform") ? "u = uniform(-1, 1); t = u(16, 2)" : "t = \(source)"
            run(statement, in: session)
            var random = RandomSource(seed: 4)
            #expect(
                session.scalars("t") == (try initializer.tensor(shape: [16, 2], using: &random)).scalars, "\(source)")
        }
    }

    @Test func xavierUniformStaysWithinItsBound() {
        let session = Session(seed: 8)
        run("t = xavier_uniform(300, 100)", in: session)
        let bound = (6.0 / 400).squareRoot()
        let values = session.scalars("t")
        #expect(values.allSatisfy { Swift.abs($0) <= bound })
        #expect(values.max()! > 0.95 * bound)
    }

    @Test func initialisersPrintTheirRuleAndRejectBadArguments() {
        // At 80 columns the rule goes on a second line, between its terms.
        #expect(
            run("kaiming_normal(mode = \"fan_out\")").hasPrefix(
                "kaiming_normal(mode=fan_out, nonlinearity=leaky_relu, a=0): N(0, std²),\n    std = gain/√fan_out"))
        #expect(failure("normal(0, -1)").contains("needs a finite mean and a finite std >= 0"))
        #expect(failure("kaiming_normal(3, 2, mode = \"fan\")").contains("\"fan_in\" or \"fan_out\""))
        #expect(failure("xavier_uniform(5)").contains("need a weight of rank 2 or more"))
        #expect(failure("mlp(2, 1, init = \"kaimin\")").contains("did you mean kaiming?"))
        #expect(failure("mlp(2, 1, act = elu, init = xavier)").contains("no standard gain for elu"))
    }
}
