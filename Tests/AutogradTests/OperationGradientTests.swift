import Tensors
import Testing

@testable import Autograd

/// Every differentiable operation against central differences, on random inputs, including
/// broadcast operands and reductions along each axis.
@Suite struct OperationGradientTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let shapes: [[Int]]
        /// Draw inputs from (0.5, 2) instead of a standard normal (log, sqrt, fractional powers).
        var positive = false
        let build: @Sendable ([Variable]) throws -> Variable
        var testDescription: String { name }
    }

    static let cases: [Case] = arithmetic + elementwise + reductions + shapes + products + norms

    static let arithmetic: [Case] = {
        let broadcastPairs: [[[Int]]] = [
            [[2, 3], [2, 3]], [[2, 3], [3]], [[2, 1], [1, 3]], [[4, 1, 3], [2, 1]], [[3], []],
        ]
        let binary: [(String, @Sendable (Variable, Variable) throws -> Variable)] = [
            ("add", { try $0 + $1 }), ("sub", { try $0 - $1 }), ("mul", { try $0 * $1 }),
        ]
        var cases = binary.flatMap { name, op in
            broadcastPairs.map { Case(name: "\(name) \($0)", shapes: $0) { try op($0[0], $0[1]) } }
        }
        cases += broadcastPairs.map { Case(name: "div \($0)", shapes: $0, positive: true) { try $0[0] / $0[1] } }
        cases += broadcastPairs.map {
            Case(name: "pow tensor \($0)", shapes: $0, positive: true) { try $0[0].pow($0[1]) }
        }
        cases += [2.0, 3, -1, 0.5, 2.5].map { k in
            Case(name: "pow \(k)", shapes: [[2, 3]], positive: true) { try $0[0].pow(k) }
        }
        cases.append(Case(name: "neg", shapes: [[2, 3]]) { try -$0[0] })
        return cases
    }()

    static let elementwise: [Case] = {
        let unary: [(String, Bool, @Sendable (Variable) throws -> Variable)] = [
            ("exp", false, { try $0.exp() }), ("log", true, { try $0.log() }), ("sqrt", true, { try $0.sqrt() }),
            ("abs", false, { try $0.abs() }), ("sin", false, { try $0.sin() }), ("cos", false, { try $0.cos() }),
            ("tanh", false, { try $0.tanh() }), ("sigmoid", false, { try $0.sigmoid() }),
            ("relu", false, { try $0.relu() }),
            ("leaky_relu 0.2", false, { try $0.leakyRelu(slope: 0.2) }), ("elu 0.5", false, { try $0.elu(alpha: 0.5) }),
            ("softplus", false, { try $0.softplus() }),
            ("clamp -0.5...0.5", false, { try $0.clamp(min: -0.5, max: 0.5) }),
            ("clamp min 0", false, { try $0.clamp(min: 0, max: nil) }),
        ]
        return unary.map { name, positive, op in
            Case(name: name, shapes: [[3, 4]], positive: positive) { try op($0[0]) }
        }
    }()

    static let reductions: [Case] = {
        var cases: [Case] = []
        for axis in [nil, 0, 1, 2, -1] as [Int?] {
            for keep in [false, true] {
                let suffix = "axis \(axis.map(String.init) ?? "none")\(keep ? " keepdims" : "")"
                cases += [
                    Case(name: "sum \(suffix)", shapes: [[2, 3, 4]]) { try $0[0].sum(axis: axis, keepDims: keep) },
                    Case(name: "mean \(suffix)", shapes: [[2, 3, 4]]) { try $0[0].mean(axis: axis, keepDims: keep) },
                    Case(name: "var \(suffix)", shapes: [[2, 3, 4]]) { try $0[0].variance(axis: axis, keepDims: keep) },
                    Case(name: "var biased \(suffix)", shapes: [[2, 3, 4]]) {
                        try $0[0].variance(axis: axis, unbiased: false, keepDims: keep)
                    },
                    Case(name: "std \(suffix)", shapes: [[2, 3, 4]]) {
                        try $0[0].standardDeviation(axis: axis, keepDims: keep)
                    },
                    Case(name: "max \(suffix)", shapes: [[2, 3, 4]]) { try $0[0].max(axis: axis, keepDims: keep) },
                    Case(name: "min \(suffix)", shapes: [[2, 3, 4]]) { try $0[0].min(axis: axis, keepDims: keep) },
                ]
            }
        }
        for axis in [0, 1, 2, -1] {
            cases.append(Case(name: "softmax axis \(axis)", shapes: [[2, 3, 4]]) { try $0[0].softmax(axis: axis) })
            cases.append(
                Case(name: "log_softmax axis \(axis)", shapes: [[2, 3, 4]]) { try $0[0].logSoftmax(axis: axis) })
        }
        return cases
    }()

    static let shapes: [Case] = [
        Case(name: "reshape", shapes: [[2, 3, 4]]) { try $0[0].reshaped([4, -1]) },
        Case(name: "transpose", shapes: [[2, 3]]) { try $0[0].transposed() },
        Case(name: "permute", shapes: [[2, 3, 4]]) { try $0[0].permuted([2, 0, 1]) },
        Case(name: "index 1", shapes: [[3, 4]]) { try $0[0].indexed([.at(1)], text: "1") },
        Case(name: "index 0, -1", shapes: [[3, 4]]) { try $0[0].indexed([.at(0), .at(-1)], text: "0, -1") },
        Case(name: "index 1:, ::2", shapes: [[3, 4]]) {
            try $0[0].indexed(
                [.slice(start: 1, end: nil, step: nil), .slice(start: nil, end: nil, step: 2)], text: "1:, ::2")
        },
        Case(name: "index ::-1", shapes: [[5]]) {
            try $0[0].indexed([.slice(start: nil, end: nil, step: -1)], text: "::-1")
        },
        Case(name: "concat axis 0", shapes: [[2, 3], [1, 3], [3, 3]]) { try Variable.concatenate($0, axis: 0) },
        Case(name: "concat axis 1", shapes: [[2, 3], [2, 1]]) { try Variable.concatenate($0, axis: 1) },
        Case(name: "stack axis 0", shapes: [[2, 3], [2, 3]]) { try Variable.stack($0, axis: 0) },
        Case(name: "stack axis -1", shapes: [[2, 3], [2, 3]]) { try Variable.stack($0, axis: -1) },
        Case(name: "stack scalars", shapes: [[], [], []]) { try Variable.stack($0) },
    ]

    static let products: [Case] = [
        Case(name: "matmul matrix·matrix", shapes: [[2, 3], [3, 4]]) { try $0[0].matmul($0[1]) },
        Case(name: "matmul matrix·vector", shapes: [[2, 3], [3]]) { try $0[0].matmul($0[1]) },
        Case(name: "matmul vector·matrix", shapes: [[3], [3, 4]]) { try $0[0].matmul($0[1]) },
        Case(name: "matmul vector·vector", shapes: [[3], [3]]) { try $0[0].matmul($0[1]) },
        Case(name: "two-layer net", shapes: [[4, 3], [3, 5], [5], [5, 1]]) { v in
            try (v[0].matmul(v[1]) + v[2]).tanh().matmul(v[3]).sigmoid().mean()
        },
    ]

    static let norms: [Case] =
        [1.0, 2, 3, .infinity].map { p in
            Case(name: "norm p=\(p)", shapes: [[3, 4]]) { try $0[0].norm(p: p) }
        } + [
            Case(name: "dot", shapes: [[5], [5]]) { try $0[0].dot($0[1]) },
            Case(name: "norm of a difference", shapes: [[4], [4]]) { try ($0[0] - $0[1]).norm() },
        ]

    @Test(arguments: cases)
    func matchesCentralDifferences(_ testCase: Case) throws {
        var random = RandomSource(seed: 7)
        let inputs = try testCase.shapes.map { shape in
            Variable(
                try testCase.positive
                    ? Tensor.rand(shape, low: 0.5, high: 2, using: &random) : Tensor.randn(shape, using: &random))
        }
        let output = try testCase.build(inputs)
        // A scalar loss that weighs every output element differently, so that a gradient routed
        // to the wrong element cannot pass.
        let weights = Variable(try Tensor.randn(output.value.shape, using: &random), requiresGrad: false)
        let loss = try (output * weights).sum()
        let check = try GradientCheck(of: loss, wrt: inputs, eps: 1e-6)
        #expect(check.entries.count == inputs.map(\.value.count).reduce(0, +))
        #expect(!check.kinkCrossed, "random inputs should not sit on a kink")
        #expect(check.passes(tolerance: 1e-6), "max relative error \(check.maxRelativeError)")
    }
}

@Suite struct SoftplusTests {
    /// log(1 + eˣ) with PyTorch's threshold: x itself, and gradient 1, above 20.
    @Test func valuesAndGradientsFollowPyTorch() throws {
        let x = Variable(try Tensor(shape: [4], scalars: [-30, 0, 2, 25]))
        let y = try x.softplus()
        #expect(y.value.scalars[1] == 0.6931471805599453)  // log 2
        #expect(abs(y.value.scalars[2] - 2.1269280110429727) < 1e-15)  // log(1 + e²)
        #expect(y.value.scalars[3] == 25)
        #expect(y.value.scalars[0] > 0 && y.value.scalars[0] < 1e-13)  // e⁻³⁰ ≈ 9.4e-14, not 0
        let grad = try gradients(of: y.sum(), wrt: [x])[0].scalars
        #expect(grad[1] == 0.5)
        #expect(abs(grad[2] - 0.8807970779778823) < 1e-15)  // σ(2)
        #expect(grad[3] == 1)
    }
}
