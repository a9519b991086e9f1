import NN
import Tensors

extension BuiltinTable {
    /// `uniform`, `normal`, `constant`, the fan-based schemes and `gain`: PyTorch's nn.init.
    static let initialiserFunctions: [Builtin] = [
        Builtin(
            "uniform", .initialisers, [.optional("low", .number(0)), .optional("high", .number(1))],
            summary:
                "The initialiser U(low, high) (PyTorch's nn.init.uniform_): pass it as init = uniform(-1, 1) (micrograd's weights), or call it on a shape.",
            formula: "wᵢ ~ U(low, high)",
            example: "u = uniform(-1, 1); u(2, 3)"
        ) { args, _ in
            try initialiserValue(.uniform(low: args.double("low"), high: args.double("high")))
        },
        Builtin(
            "normal", .initialisers, [.optional("mean", .number(0)), .optional("std", .number(1))],
            summary:
                "The initialiser N(mean, std²) (nn.init.normal_): pass it as init = normal(0, 0.01) — the \"small random numbers\" of the init lesson — or call it on a shape.",
            formula: "wᵢ ~ N(mean, std²)",
            example: "normal(0, 0.01)"
        ) { args, _ in
            try initialiserValue(.normal(mean: args.double("mean"), std: args.double("std")))
        },
        Builtin(
            "constant", .initialisers, [.required("value")],
            summary:
                "The initialiser that sets every weight to value (nn.init.constant_); with every weight equal, the neurons of a layer stay identical (the symmetry problem).",
            formula: "wᵢ = value",
            example: "c = constant(0.5); c(2, 2)"
        ) { args, _ in
            try initialiserValue(.constant(args.double("value")))
        },
        fanBased(
            "xavier_uniform", extra: [.keyword("gain", .number(1))],
            summary:
                "Glorot & Bengio (2010): keeps the variance of activations and gradients when fan_in ≈ fan_out; for tanh use gain = gain(\"tanh\").",
            formula:
                "U(−a, a),  a = gain·√(6 / (fan_in + fan_out));  fans of a weight [out, in]: fan_in = in, fan_out = out",
            example: "xavier_uniform(3, 2)"
        ) { args in .xavierUniform(gain: try args.double("gain")) },
        fanBased(
            "xavier_normal", extra: [.keyword("gain", .number(1))],
            summary: "Xavier with a normal distribution of the same variance.",
            formula: "N(0, std²),  std = gain·√(2 / (fan_in + fan_out))",
            example: "xavier_normal(3, 2, gain = gain(\"tanh\"))"
        ) { args in .xavierNormal(gain: try args.double("gain")) },
        fanBased(
            "kaiming_uniform", extra: kaimingParameters,
            summary:
                "He et al. (2015): keeps the variance through ReLUs by making Var(w) = 2/fan_in. PyTorch's defaults: mode fan_in, nonlinearity leaky_relu with a = 0 (gain √2).",
            formula: "U(−b, b),  b = gain·√(3 / fan),  fan = fan_in or fan_out (mode)",
            example: "kaiming_uniform(3, 2, mode = \"fan_out\")"
        ) { args in
            .kaimingUniform(mode: try fanMode(args), nonlinearity: try nonlinearity(args))
        },
        fanBased(
            "kaiming_normal", extra: kaimingParameters,
            summary:
                "He initialisation with a normal distribution; mlp's init = kaiming is this, with the gain of its act.",
            formula: "N(0, std²),  std = gain / √fan",
            example: "kaiming_normal(3, 2, nonlinearity = \"relu\")"
        ) { args in
            .kaimingNormal(mode: try fanMode(args), nonlinearity: try nonlinearity(args))
        },
        fanBased(
            "lecun_normal", extra: [],
            summary:
                "LeCun: Var(w) = 1/fan_in, for activations with gain 1 (SELU, tanh-like); equals kaiming_normal with nonlinearity \"linear\". Not truncated (Keras truncates).",
            formula: "N(0, std²),  std = 1/√fan_in",
            example: "lecun_normal(3, 2)"
        ) { _ in .lecunNormal },
        Builtin(
            "xavier", .initialisers, [.variadic("shape", optional: true)],
            summary:
                "Short for xavier_uniform (the paper's form), so that mlp(…, init = xavier) reads as written; in mlp the gain follows act.",
            example: "xavier(2, 2)"
        ) { args, session in try shortName("xavier", args, session) },
        Builtin(
            "kaiming", .initialisers, [.variadic("shape", optional: true)],
            summary:
                "Short for kaiming_normal (He et al. 2015), as in mlp(2, 16, 1, act = relu, init = kaiming); in mlp the gain follows act.",
            example: "kaiming(2, 2)"
        ) { args, session in try shortName("kaiming", args, session) },
        Builtin(
            "lecun", .initialisers, [.variadic("shape", optional: true)],
            summary: "Short for lecun_normal.",
            example: "lecun(2, 2)"
        ) { args, session in try shortName("lecun", args, session) },
        Builtin(
            "gain", .initialisers, [.required("nonlinearity"), .optional("param", "none")],
            summary:
                "PyTorch's calculate_gain: the factor that keeps the variance through an activation. Nonlinearities: linear, sigmoid, tanh, relu, leaky_relu (param = slope, default 0.01), selu.",
            formula: "linear, sigmoid 1;  tanh 5/3;  relu √2;  leaky_relu √(2/(1 + slope²));  selu 3/4",
            example: "gain(\"tanh\")"
        ) { args, _ in
            let name = try nonlinearityName(args.value("nonlinearity"), at: args.location)
            guard let nonlinearity = Nonlinearity(name: name, parameter: try args.optionalDouble("param")) else {
                throw NotebookError.evaluation(
                    "gain knows \(Nonlinearity.names.joined(separator: ", ")); got \(name)", at: args.location)
            }
            return .constant(Tensor(nonlinearity.gain))
        },
    ]

    private static let kaimingParameters: [Parameter] = [
        .keyword("a", .number(0)), .keyword("mode", .string("fan_in")), .keyword("nonlinearity", .string("leaky_relu")),
    ]

    /// A fan-based scheme `name(shape…, options)`: a tensor when a shape is given, else the
    /// initialiser itself for `init = …`.
    private static func fanBased(
        _ name: String, extra: [Parameter], summary: String, formula: String, example: String,
        _ make: @escaping @Sendable (Arguments) throws -> Initializer
    ) -> Builtin {
        Builtin(
            name, .initialisers, [.variadic("shape", optional: true)] + extra,
            summary: summary
                + " With a shape (out, in) it draws a tensor; without one it is an initialiser for init = ….",
            formula: formula, example: example
        ) { args, session in
            try drawnOrItself(make(args), args, session)
        }
    }

    /// A short name is what `init = name` gives a lone layer (so its gain and mode are the
    /// long form's defaults, written in one place: `Initializer.named`).
    private static func shortName(_ name: String, _ args: Arguments, _ session: Session) throws -> Value {
        guard let initializer = try initializer(from: .string(name), before: nil) else {
            throw NotebookError.evaluation("\(name) names no initialiser", at: args.location)
        }
        return try drawnOrItself(initializer, args, session)
    }

    /// A tensor drawn from `initializer` when the call gave a shape, else the initialiser itself.
    private static func drawnOrItself(_ initializer: Initializer, _ args: Arguments, _ session: Session) throws -> Value
    {
        let shape = try args.shape()
        if shape.isEmpty { return try initialiserValue(initializer) }
        return .constant(try initializer.tensor(shape: shape, using: &session.random))
    }

    /// The initialiser as a value, after checking its numbers on a small shape so that a bad
    /// std or bound is reported where it was written.
    private static func initialiserValue(_ initializer: Initializer) throws -> Value {
        _ = try initializer.distribution(for: [1, 1])
        return .object(InitialiserObject(initializer))
    }

    private static func fanMode(_ args: Arguments) throws -> FanMode {
        guard case let .string(text) = try args.givenOrDeclared("mode"), let mode = FanMode(rawValue: text) else {
            throw NotebookError.evaluation("\(args.callee)'s mode must be \"fan_in\" or \"fan_out\"", at: args.location)
        }
        return mode
    }

    private static func nonlinearity(_ args: Arguments) throws -> Nonlinearity {
        let a = try args.double("a")
        let name = try nonlinearityName(args.givenOrDeclared("nonlinearity"), at: args.location)
        guard let nonlinearity = Nonlinearity(name: name, parameter: a) else {
            throw NotebookError.evaluation(
                "\(args.callee)'s nonlinearity must be one of \(Nonlinearity.names.joined(separator: ", ")); got \(name)",
                at: args.location)
        }
        return nonlinearity
    }

    /// A nonlinearity given as a string (`"tanh"`) or as the builtin itself (`tanh`).
    static func nonlinearityName(_ value: Value?, at location: SourceLocation?) throws -> String {
        switch value {
        case let .string(text)?: return text
        case let .builtin(builtin)?: return builtin.name
        default:
            throw NotebookError.evaluation(
                "a nonlinearity is a name such as \"tanh\" or relu, got a \(value?.kindName ?? "nothing")", at: location
            )
        }
    }
}
