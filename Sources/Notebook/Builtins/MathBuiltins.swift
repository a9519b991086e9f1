import Tensors
import Autograd

extension BuiltinTable {
    /// A builtin of one tensor argument `x`.
    static func unary(_ name: String, _ topic: Topic, summary: String, formula: String, example: String,
                      _ op: @escaping @Sendable (Variable) throws -> Variable) -> Builtin {
        Builtin(name, topic, [.required("x")], summary: summary, formula: formula, example: example) { args, _ in
            .tensor(try op(args.variable("x")))
        }
    }

    static let arithmetic: [Builtin] = [
        unary("exp", .arithmetic, summary: "eˣ, elementwise.", formula: "exp′(x) = exp(x)", example: "exp([0, 1])") { try $0.exp() },
        unary("log", .arithmetic, summary: "The natural logarithm, elementwise.", formula: "log′(x) = 1/x", example: "log([1, 10])") { try $0.log() },
        unary("sqrt", .arithmetic, summary: "The square root, elementwise.", formula: "sqrt′(x) = 1/(2√x)", example: "sqrt([4, 2])") { try $0.sqrt() },
        unary("abs", .arithmetic, summary: "|x|, elementwise.", formula: "abs′(x) = sign(x), taken as 0 at x = 0 (as PyTorch)",
              example: "abs([-2, 0, 3])") { try $0.abs() },
        unary("sin", .arithmetic, summary: "The sine, elementwise.", formula: "sin′(x) = cos(x)", example: "sin(pi / 2)") { try $0.sin() },
        unary("cos", .arithmetic, summary: "The cosine, elementwise.", formula: "cos′(x) = −sin(x)", example: "cos(0)") { try $0.cos() },
        Builtin("pow", .arithmetic, [.required("x"), .required("y")],
                summary: "x raised to y, elementwise (the same as x ^ y).",
                formula: "∂xʸ/∂x = y·xʸ⁻¹,  ∂xʸ/∂y = xʸ·ln x",
                example: "pow([1, 2, 3], 2)") { args, _ in
            try Evaluator.power(args.variable("x"), args.variable("y"))
        },
        Builtin("clamp", .arithmetic, [.required("x"), .optional("min", "none"), .optional("max", "none")],
                summary: "x limited to [min, max], elementwise; either bound may be left out.",
                formula: "clamp′(x) = 1 strictly between the bounds, 0 outside and at them (as PyTorch 2)",
                example: "clamp([-2, 0.5, 3], min = 0, max = 1)") { args, _ in
            .tensor(try args.variable("x").clamp(min: args.optionalDouble("min"), max: args.optionalDouble("max")))
        },
    ]

    static let activations: [Builtin] = [
        unary("sigmoid", .activations, summary: "The logistic function; saturates for large |x|, so its gradient vanishes there.",
              formula: "σ(x) = 1/(1 + e⁻ˣ);  σ′(x) = σ(x)(1 − σ(x)) ≤ 1/4", example: "sigmoid([-4, 0, 4])") { try $0.sigmoid() },
        unary("tanh", .activations, summary: "The hyperbolic tangent: like sigmoid but centred on zero.",
              formula: "tanh′(x) = 1 − tanh²(x) ≤ 1", example: "tanh([-1, 0, 1])") { try $0.tanh() },
        unary("relu", .activations, summary: "The rectified linear unit.",
              formula: "relu(x) = max(0, x);  relu′(x) = 1 if x > 0 else 0 (0 at x = 0, as PyTorch)",
              example: "relu([-1, 0, 2])") { try $0.relu() },
        Builtin("leaky_relu", .activations, [.required("x"), .optional("slope", "0.01")],
                summary: "Like relu, but with a small slope for x ≤ 0 so that neurons do not die.",
                formula: "leaky_relu(x) = x if x > 0 else slope·x;  derivative 1 or slope (slope at 0, as PyTorch)",
                example: "leaky_relu([-10, 5], slope = 0.1)") { args, _ in
            .tensor(try args.variable("x").leakyRelu(slope: args.double("slope", default: 0.01)))
        },
        Builtin("elu", .activations, [.required("x"), .optional("alpha", "1")],
                summary: "The exponential linear unit: smooth for x < 0, tending to −alpha.",
                formula: "elu(x) = x if x > 0 else alpha·(eˣ − 1);  derivative 1 or alpha·eˣ",
                example: "elu([-2, 0, 2])") { args, _ in
            .tensor(try args.variable("x").elu(alpha: args.double("alpha", default: 1)))
        },
        Builtin("softplus", .activations, [.required("x")],
                summary: "A smooth relu: log(1 + eˣ), and x itself above 20, as PyTorch's softplus.",
                formula: "softplus(x) = log(1 + eˣ);  softplus′(x) = σ(x) (1 above 20, as PyTorch)",
                example: "softplus([-2, 0, 2])") { args, _ in
            .tensor(try args.variable("x").softplus())
        },
        Builtin("softmax", .activations, [.required("x"), .optional("axis", "-1")],
                summary: "Exponentials normalised to sum to 1 along axis; computed as exp(x − max x) so large inputs cannot overflow.",
                formula: "softmax(x)ᵢ = eˣⁱ / Σⱼ eˣʲ;  ∂softmaxᵢ/∂xⱼ = sᵢ(δᵢⱼ − sⱼ)",
                example: "softmax([1000, 1001, 1002])") { args, _ in
            .tensor(try args.variable("x").softmax(axis: args.int("axis", default: -1)))
        },
        Builtin("log_softmax", .activations, [.required("x"), .optional("axis", "-1")],
                summary: "The logarithm of softmax, computed stably as x − max − log Σ exp(x − max).",
                formula: "log_softmax(x)ᵢ = xᵢ − log Σⱼ eˣʲ",
                example: "log_softmax([0, 1, 2])") { args, _ in
            .tensor(try args.variable("x").logSoftmax(axis: args.int("axis", default: -1)))
        },
    ]
}
