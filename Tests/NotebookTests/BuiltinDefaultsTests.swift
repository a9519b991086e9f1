import Autograd
import Functions
import NN
import Tensors
import Testing

@testable import Notebook

/// Every builtin declares each default once, typed (`Parameter.optional("p", .number(0.5))`),
/// and `:help` shows that declaration. These tests check the two ways it could still drift: the
/// call using some other value when the argument is left out, and the engine (PyTorch's
/// formulas, with Swift defaults of their own) defaulting to something else. The optimizers'
/// hyperparameters are checked the same way in `OptimizerDefaultsTests`.
@Suite struct BuiltinDefaultsTests {
    /// For each builtin with a typed default, statements that show every effect of its defaulted
    /// parameters, with `…` where the argument under test goes. Keyed `name.parameter` when one
    /// parameter needs statements of its own.
    static let calls: [String: String] = [
        "moons": "d = moons(…); d.X; d.y", "xor": "d = xor(…); d.X; d.y",
        "spirals": "d = spirals(…); d.X; d.y", "blobs": "d = blobs(…); d.X; d.y",
        "regression": "d = regression(…); d.X; d.y; d.w; d.b",
        "split": "s = split(moons(10), …); s.train.X; s.val.X",
        "step_lr": "w = [1.0]; opt = sgd(w, lr = 1); s = step_lr(opt, 1, …); step s; s.lr",
        "ravine": "p = [2.0, 1.0]; ravine(p, …)",
        "accuracy": "accuracy([0.2, -0.1, 0.7, 1.5], [1, 0, 1, 0], …)",
        "softshrink": "softshrink([-2, -0.3, 0.1, 1.5], …)",
        "linear": "l = linear(2, 3, …); l; l.parameters",
        "dropout": "d = dropout(…); d(ones(2, 8))",
        "batchnorm1d": "bn = batchnorm1d(2, …); bn([[1, 2], [3, 6]]); bn.running_mean; bn",
        "mlp": "mlp(2, 3, 1, …)",
        "uniform": "u = uniform(…); u(2, 3)", "normal": "n = normal(…); n(2, 3)",
        "xavier_uniform": "xavier_uniform(3, 2, …)", "xavier_normal": "xavier_normal(3, 2, …)",
        "kaiming_uniform": "kaiming_uniform(3, 2, …)", "kaiming_normal": "kaiming_normal(3, 2, …)",
        "softmax": "softmax([[1, 2], [3, 5]], …)", "log_softmax": "log_softmax([[1, 2], [3, 5]], …)",
        "norm": "norm([3, -4, 1], …)",
        "arange": "arange(0, 5, …)", "linspace": "linspace(-1, 1, …)",
        "randn": "randn(2, 3, …)", "rand": "rand(2, 3, …)",
        "concat": "concat([[1, 2]], [[3, 4]], …)", "stack": "stack([1, 2], [3, 4], …)",
        "hessian": "f(x, y) = x^3 * y + y^3; hessian(f, [1, 2], …)",
        "hessian.eps": "f(x, y) = x^3 * y + y^3; hessian(f, [1, 2], numeric = true, …)",
        "jacobian": "g(p) = [sin(p[0]) * p[1], exp(p[1])]; jacobian(g, [2, 0.5], …)",
        "jacobian.eps": "g(p) = [sin(p[0]) * p[1], exp(p[1])]; jacobian(g, [2, 0.5], numeric = true, …)",
        "hist": "hist([0.3, 1.2, 1.9, 2.4, 2.5, 3.1, 3.3, 4.8, 5.6, 7.7, 9.1, 10.4], …)",
    ].merging(
        BuiltinTable.reductions.map { ($0.name, "\($0.name)([[1, 2], [3, 5]], …)") }, uniquingKeysWith: { a, _ in a }
    )
    .merging(
        ElementwiseFunction.all.filter { $0.parameter != nil }.map { ($0.name, "\($0.name)([-2, -0.5, 0.5, 2], …)") },
        uniquingKeysWith: { a, _ in a })

    /// A value that must change what the statements show, where the rule of `otherValue` gives
    /// none or an invalid one.
    static let otherValues: [String: String] = [
        "mlp.act": "tanh", "uniform.low": "-1", "rand.low": "-1",
        "kaiming_uniform.mode": "\"fan_out\"", "kaiming_normal.mode": "\"fan_out\"",
        // relu's gain equals leaky_relu's with a = 0
        "kaiming_uniform.nonlinearity": "\"tanh\"", "kaiming_normal.nonlinearity": "\"tanh\"",
    ]

    /// Builtins whose parameters have typed defaults, but for the optimizers.
    static var builtinsWithTypedDefaults: [String] {
        BuiltinTable.functions.filter { builtin in
            !OptimizerDefaultsTests.optimizerBuiltins.contains { $0.name == builtin.name }
                && builtin.parameters.contains { $0.defaultValue?.value != nil }
        }.map(\.name)
    }

    @Test func everyBuiltinWithATypedDefaultHasStatementsHere() {
        for name in Self.builtinsWithTypedDefaults {
            #expect(Self.calls[name] != nil, "add statements for \(name) to BuiltinDefaultsTests.calls")
        }
    }

    /// The call leaving the argument out prints exactly what it prints with the declared default
    /// written out, and another value prints something else (so the statements can tell).
    @Test(arguments: builtinsWithTypedDefaults)
    func leavingAnArgumentOutIsGivingItsDeclaredDefault(_ name: String) throws {
        let builtin = try #require(BuiltinTable.function(named: name))
        for parameter in builtin.parameters {
            guard let declared = parameter.defaultValue, declared.value != nil else { continue }
            let key = "\(name).\(parameter.name)"
            let template = try #require(Self.calls[key] ?? Self.calls[name], "no statements for \(name)")
            let other = try #require(Self.otherValues[key] ?? Self.otherValue(declared), "give \(key) another value")
            let left = Self.printed(
                template.replacingOccurrences(of: ", …", with: "").replacingOccurrences(of: "…", with: ""))
            let written = Self.printed(
                template.replacingOccurrences(of: "…", with: "\(parameter.name) = \(Self.source(declared))"))
            let changed = Self.printed(template.replacingOccurrences(of: "…", with: "\(parameter.name) = \(other)"))
            #expect(
                left == written,
                "\(key): help says \(parameter.defaultText ?? "?"), the call without it differs:\n\(left)\n---\n\(written)"
            )
            #expect(
                changed != written, "\(key) = \(other) shows the same as the default: the statements do not show \(key)"
            )
        }
    }

    /// What the statements (separated by "; ") print, each of them, in a fresh session with every
    /// digit (failures included, so that a call that fails one way and not the other differs).
    static func printed(_ statements: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let session = Session()
        _ = session.execute(":digits 17")
        return statements.components(separatedBy: "; ").map { statement in
            let result = session.execute(statement)
            #expect(
                !result.failed && !result.syntaxError, "\(statement): \(result.text)", sourceLocation: sourceLocation)
            return result.text
        }.joined(separator: "\n")
    }

    /// The default as source text that reads back exactly.
    static func source(_ value: Parameter.Default) -> String {
        let exact = NumberFormat(significantDigits: 17)
        return switch value {
        case let .number(x): exact.string(x)
        case let .flag(b): b ? "true" : "false"
        case let .pair(a, b): "[\(exact.string(a)), \(exact.string(b))]"
        case let .string(text): "\"\(text)\""
        case let .builtinName(name), let .text(name): name
        }
    }

    /// Another value of the same kind: a whole number plus one, a fraction halved, the other flag.
    static func otherValue(_ value: Parameter.Default) -> String? {
        switch value {
        case let .number(x): NumberFormat(significantDigits: 17).string(x == x.rounded() ? x + 1 : x / 2)
        case let .flag(b): b ? "false" : "true"
        default: nil
        }
    }

    // MARK: The engines' own defaults

    func declared(_ builtin: String, _ parameter: String) throws -> Parameter.Default {
        let function = try #require(BuiltinTable.function(named: builtin))
        return try #require(
            function.parameters.first { $0.name == parameter }?.defaultValue, "\(builtin) has no \(parameter)")
    }

    func number(_ builtin: String, _ parameter: String) throws -> Double {
        guard case let .number(x) = try declared(builtin, parameter) else {
            throw Mismatch("\(builtin).\(parameter) is not a number")
        }
        return x
    }

    func int(_ builtin: String, _ parameter: String) throws -> Int { Int(try number(builtin, parameter)) }

    func flag(_ builtin: String, _ parameter: String) throws -> Bool {
        guard case let .flag(b) = try declared(builtin, parameter) else {
            throw Mismatch("\(builtin).\(parameter) is not a flag")
        }
        return b
    }

    struct Mismatch: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// The generator a fresh session starts with, so that engine and builtin draw alike.
    var random: RandomSource { Session().random }

    @Test func layersAndSchedulesDeclareTheEnginesDefaults() throws {
        #expect(try Dropout().p == number("dropout", "p"))
        let bn = try BatchNorm1d(numFeatures: 1)
        #expect(try bn.eps == number("batchnorm1d", "eps"))
        #expect(try bn.momentum == number("batchnorm1d", "momentum"))
        #expect(try (bn.weight != nil) == flag("batchnorm1d", "affine"))
        var random = random
        #expect(try (Linear(inFeatures: 1, outFeatures: 1, using: &random).bias != nil) == flag("linear", "bias"))
        #expect(try StepLR(SGD([Variable(Tensor([1.0]))]), stepSize: 1).gamma == number("step_lr", "gamma"))
        #expect(try TestFunction.ravine() == TestFunction.ravine(kappa: number("ravine", "kappa")))
        // the ravine of TestFunction.all is the one ravine's help describes
        #expect(try TestFunction.all[0] == TestFunction.ravine(kappa: number("ravine", "kappa")))
    }

    @Test func dataSetsDeclareTheGeneratorsDefaults() throws {
        func same(_ a: Dataset, _ b: Dataset) -> Bool { a.inputs == b.inputs && a.targets == b.targets }
        var (r1, r2) = (random, random)
        #expect(
            try same(
                Dataset.moons(count: 9, using: &r1),
                Dataset.moons(count: 9, noise: number("moons", "noise"), using: &r2)))
        #expect(
            try same(
                Dataset.xor(count: 9, using: &r1), Dataset.xor(count: 9, noise: number("xor", "noise"), using: &r2)))
        #expect(
            try same(
                Dataset.spirals(pointsPerClass: 9, using: &r1),
                Dataset.spirals(
                    pointsPerClass: 9, classes: int("spirals", "classes"), noise: number("spirals", "noise"), using: &r2
                )))
        #expect(
            try same(
                Dataset.blobs(count: 9, using: &r1),
                Dataset.blobs(
                    count: 9, centers: int("blobs", "centers"), features: int("blobs", "features"),
                    std: number("blobs", "std"), using: &r2)))
        let (a, b) = try (
            Dataset.linearRegression(count: 9, using: &r1),
            Dataset.linearRegression(
                count: 9, features: int("regression", "features"), noise: number("regression", "noise"), using: &r2)
        )
        #expect(same(a.dataset, b.dataset) && a.weights == b.weights && a.bias == b.bias)
    }

    @Test func tensorBuiltinsDeclareTheEnginesDefaults() throws {
        var (r1, r2) = (random, random)
        #expect(
            try Tensor.randn([5], using: &r1)
                == Tensor.randn([5], mean: number("randn", "mean"), std: number("randn", "std"), using: &r2))
        #expect(
            try Tensor.rand([5], using: &r1)
                == Tensor.rand([5], low: number("rand", "low"), high: number("rand", "high"), using: &r2))
        #expect(try Tensor.arange(0, 5) == Tensor.arange(0, 5, step: number("arange", "step")))
        let x = try Tensor(shape: [2, 2], scalars: [1, 2, 3, 5])
        #expect(try x.softmax() == x.softmax(axis: int("softmax", "axis")))
        #expect(try x.logSoftmax() == x.logSoftmax(axis: int("log_softmax", "axis")))
        #expect(try x.sum(axis: 0) == x.sum(axis: 0, keepDims: flag("sum", "keepdims")))
        #expect(try x.variance() == x.variance(unbiased: flag("var", "unbiased")))
        #expect(try x.standardDeviation() == x.standardDeviation(unbiased: flag("std", "unbiased")))
        let parts = [Variable(Tensor([1.0, 2])), Variable(Tensor([3.0, 4]))]
        #expect(try Variable.stack(parts).value == Variable.stack(parts, axis: int("stack", "axis")).value)
        #expect(
            try Variable(Tensor([3.0, -4, 1])).norm().value
                == Variable(Tensor([3.0, -4, 1])).norm(p: number("norm", "p")).value)
        let f: (Tensor) throws -> Tensor = { $0.map { $0 * $0 * $0 } }
        #expect(
            try NumericDerivatives.jacobian(of: f, at: Tensor([0.7]))
                == NumericDerivatives.jacobian(of: f, at: Tensor([0.7]), eps: number("jacobian", "eps")))
        let g: (Variable) throws -> Variable = { try ($0 * $0 * $0).sum(axis: nil, keepDims: false) }
        #expect(
            try NumericDerivatives.hessian(of: g, at: Tensor([0.7]))
                == NumericDerivatives.hessian(of: g, at: Tensor([0.7]), eps: number("hessian", "eps")))
    }
}
