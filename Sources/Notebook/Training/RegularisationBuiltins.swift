import Autograd
import NN
import Tensors

extension BuiltinTable {
    /// The mean absolute error, and the soft threshold that makes an L1 penalty give exact zeros.
    static let regularisationFunctions: [Builtin] = [
        Builtin(
            "l1_loss", .losses, [.required("prediction"), .required("target")],
            summary:
                "Mean absolute error (F.l1_loss), for regression: a loss on the predictions, robust to outliers. Not the L1 penalty l1(net), which sums the absolute values of the weights.",
            formula: "l1_loss = mean(|ŷ − y|);  ∂/∂ŷᵢ = sign(ŷᵢ − yᵢ)/N (0 where equal)",
            example: "l1_loss([1, 2, 3], [1, 2, 5])"
        ) { args, _ in
            .tensor(try Loss.l1Loss(args.variable("prediction"), args.variable("target")))
        },
        Builtin(
            "softshrink", .activations, [.required("x"), .optional("t", .number(0.5))],
            summary:
                "The soft threshold (F.softshrink): moves every element t towards 0 and sets those within t of 0 to exactly 0. It is the proximal step of the L1 penalty t·Σ|w|: after a gradient step on the loss alone, w = softshrink(w, lr·λ) gives exact zeros where a gradient step on λ·l1 only jitters around 0. param(net, \"0.weight\") = softshrink(…) applies it to a layer.",
            formula: "softshrink(x, t) = x − clamp(x, −t, t) = sign(x)·max(|x| − t, 0)",
            example: "softshrink([-2, -0.3, 0.1, 1.5], 0.5)"
        ) { args, _ in
            let t = try args.double("t")
            guard t >= 0, t.isFinite else {
                throw NotebookError.evaluation(
                    "softshrink's t must be finite and ≥ 0, got \(NumberFormat().string(t))", at: args.location)
            }
            let x = try args.variable("x")
            return .tensor(try x - x.clamp(min: -t, max: t))
        },
    ]
}
