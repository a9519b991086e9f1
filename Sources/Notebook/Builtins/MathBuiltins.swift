import Autograd
import Functions
import Tensors

extension BuiltinTable {
    /// A builtin of one tensor argument `x`.
    static func unary(
        _ name: String, _ topic: Topic, summary: String, formula: String, example: String,
        _ op: @escaping @Sendable (Variable) throws -> Variable
    ) -> Builtin {
        Builtin(name, topic, [.required("x")], summary: summary, formula: formula, example: example) { args, _ in
            .tensor(try op(args.variable("x")))
        }
    }

    /// The builtin of a registered elementwise function: `f(x)`, or `f(x, slope=0.01)` for one
    /// with a parameter; its help is the registry's.
    static func elementwise(_ f: ElementwiseFunction) -> Builtin {
        let parameters: [Parameter] =
            [.required("x")] + (f.parameter.map { [.optional($0.name, .number($0.defaultValue))] } ?? [])
        return Builtin(
            f.name, f.isActivation ? .activations : .arithmetic, parameters, summary: f.summary, formula: f.helpFormula,
            example: f.example
        ) { args, _ in
            let value = try f.parameter.map { try args.double($0.name) }
            return .tensor(try args.variable("x").applying(f.with(parameter: value)))
        }
    }

    static let arithmetic: [Builtin] =
        [
            unary("exp", .arithmetic, summary: "eˣ, elementwise.", formula: "exp′(x) = exp(x)", example: "exp([0, 1])")
            { try $0.exp() },
            unary(
                "log", .arithmetic, summary: "The natural logarithm, elementwise.", formula: "log′(x) = 1/x",
                example: "log([1, 10])"
            ) { try $0.log() },
            unary(
                "sqrt", .arithmetic, summary: "The square root, elementwise.", formula: "sqrt′(x) = 1/(2√x)",
                example: "sqrt([4, 2])"
            ) { try $0.sqrt() },
            unary(
                "abs", .arithmetic, summary: "|x|, elementwise.",
                formula: "abs′(x) = sign(x), taken as 0 at x = 0 (as PyTorch)",
                example: "abs([-2, 0, 3])"
            ) { try $0.abs() },
            unary(
                "sin", .arithmetic, summary: "The sine, elementwise.", formula: "sin′(x) = cos(x)",
                example: "sin(pi / 2)"
            ) { try $0.sin() },
            unary(
                "cos", .arithmetic, summary: "The cosine, elementwise.", formula: "cos′(x) = −sin(x)", example: "cos(0)"
            ) { try $0.cos() },
            Builtin(
                "pow", .arithmetic, [.required("x"), .required("y")],
                summary: "x raised to y, elementwise (the same as x ^ y).",
                formula: "∂xʸ/∂x = y·xʸ⁻¹,  ∂xʸ/∂y = xʸ·ln x",
                example: "pow([1, 2, 3], 2)"
            ) { args, _ in
                try Evaluator.power(args.variable("x"), args.variable("y"))
            },
            Builtin(
                "clamp", .arithmetic, [.required("x"), .optional("min", "none"), .optional("max", "none")],
                summary: "x limited to [min, max], elementwise; either bound may be left out.",
                formula: "clamp′(x) = 1 strictly between the bounds, 0 outside and at them (as PyTorch 2)",
                example: "clamp([-2, 0.5, 3], min = 0, max = 1)"
            ) { args, _ in
                .tensor(try args.variable("x").clamp(min: args.optionalDouble("min"), max: args.optionalDouble("max")))
            },
        ] + ElementwiseFunction.all.filter { !$0.isActivation }.map(elementwise)

    /// The registered activations (Functions/Activations.swift), then softmax and log_softmax,
    /// which act on a whole axis rather than elementwise.
    static let activations: [Builtin] =
        ElementwiseFunction.activations.map(elementwise) + [
            Builtin(
                "softmax", .activations, [.required("x"), .optional("axis", .number(-1))],
                summary:
                    "Exponentials normalised to sum to 1 along axis; computed as exp(x − max x) so large inputs cannot overflow.",
                formula: "softmax(x)ᵢ = eˣⁱ / Σⱼ eˣʲ;  ∂softmaxᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ)",
                example: "softmax([1000, 1001, 1002])"
            ) { args, _ in
                .tensor(try args.variable("x").softmax(axis: args.int("axis")))
            },
            Builtin(
                "log_softmax", .activations, [.required("x"), .optional("axis", .number(-1))],
                summary: "The logarithm of softmax, computed stably as x − max − log Σ exp(x − max).",
                formula: "log_softmax(x)ᵢ = xᵢ − log Σⱼ eˣʲ",
                example: "log_softmax([0, 1, 2])"
            ) { args, _ in
                .tensor(try args.variable("x").logSoftmax(axis: args.int("axis")))
            },
        ]
}
