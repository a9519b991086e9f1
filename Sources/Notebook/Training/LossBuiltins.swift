import Autograd
import NN
import Tensors

extension BuiltinTable {
    /// Losses of a prediction and a target, the weight penalties, and `accuracy`.
    static let lossFunctions: [Builtin] = [
        lossBuiltin(
            "mse",
            summary:
                "Mean squared error (F.mse_loss), for regression. A column (N, 1) of predictions pairs with N targets.",
            formula: "mse = mean((ŷ − y)²);  ∂/∂ŷᵢ = 2(ŷᵢ − yᵢ)/N",
            example: "mse([1, 2, 3], [1, 2, 5])"
        ) { try Loss.mse($0, $1) },
        lossBuiltin(
            "bce",
            summary:
                "Binary cross-entropy of probabilities p in [0, 1] against targets in [0, 1] (F.binary_cross_entropy); each log is clamped at −100, as PyTorch does, so p = 0 costs 100 instead of ∞. On raw scores use bce_with_logits.",
            formula: "bce = −mean(y·log p + (1 − y)·log(1 − p))",
            example: "bce([0.9, 0.2], [1, 0])"
        ) { try Loss.binaryCrossEntropy($0, $1) },
        lossBuiltin(
            "bce_with_logits",
            summary:
                "Binary cross-entropy of raw scores z, as if of σ(z), computed stably for any z (F.binary_cross_entropy_with_logits): what to use on a network's last linear layer.",
            formula: "mean((1 − y)·z − log σ(z));  ∂/∂zᵢ = (σ(zᵢ) − yᵢ)/N",
            example: "bce_with_logits([2.2, -1.4], [1, 0])"
        ) { try Loss.binaryCrossEntropyWithLogits($0, $1) },
        Builtin(
            "cross_entropy", .losses, [.required("logits"), .required("targets")],
            summary:
                "Cross-entropy of raw scores (N, C) against N class indices 0…C−1 (F.cross_entropy): log_softmax, pick each row's target, mean, negate.",
            formula: "CE = mean(−zᵢ,ₜᵢ + log Σⱼ exp zᵢ,ⱼ);  ∂/∂z = (softmax(z) − one_hot(t))/N",
            example: "cross_entropy([[2, 0.5, -1], [0, 1, 3]], [0, 2])"
        ) { args, _ in
            .tensor(try Loss.crossEntropy(args.variable("logits"), targets: args.variable("targets").value))
        },
        lossBuiltin(
            "hinge",
            summary:
                "The max-margin loss of micrograd's demo, for labels −1/+1 (0/1 labels are an error: map them with 2·y − 1, or make the data with signed = true). A sample costs nothing once y·score ≥ 1.",
            formula: "hinge = mean(relu(1 − y·score))",
            example: "hinge([2, -0.5, 0.3], [1, -1, -1])"
        ) { try Loss.hinge($0, $1) },
        penaltyBuiltin(
            "l2",
            summary:
                "The L2 penalty: the sum of squares of every parameter of the networks (weights and biases, as micrograd's demo) and tensors given. No ½ and no factor: write 1e-4 * l2(net). Its gradient is 2w, so SGD's weight_decay λ equals λ/2 · l2.",
            formula: "l2 = Σ w²;  ∂/∂w = 2w",
            example: "l2([1, -2, 3])"
        ) { try Loss.l2Penalty($0) },
        penaltyBuiltin(
            "l1",
            summary:
                "The L1 penalty: the sum of absolute values of every parameter given; it pushes weights to exactly 0 (sparsity).",
            formula: "l1 = Σ |w|;  ∂/∂w = sign(w) (0 at 0)",
            example: "l1([1, -2, 3])"
        ) { try Loss.l1Penalty($0) },
        Builtin(
            "accuracy", .losses, [.required("scores"), .required("y"), .keyword("threshold", .number(0))],
            summary:
                "The fraction of correct predictions. Scores (N, C) with C ≥ 2: the class is the argmax of each row. One score per sample: labels −1/+1 are predicted by the sign (micrograd's demo), labels 0/1 by score > threshold (0 for raw scores; use threshold = 0.5 for probabilities).",
            formula: "accuracy = (1/N)·#{i : predictionᵢ = yᵢ}",
            example: "accuracy([2, -1, 0.5], [1, -1, -1])"
        ) { args, _ in
            .constant(
                Tensor(
                    try accuracy(
                        args.variable("scores").value, args.variable("y").value,
                        threshold: args.double("threshold"))))
        },
    ]

    private static func lossBuiltin(
        _ name: String, summary: String, formula: String, example: String,
        _ loss: @escaping @Sendable (Variable, Variable) throws -> Variable
    ) -> Builtin {
        Builtin(
            name, .losses, [.required("prediction"), .required("target")], summary: summary, formula: formula,
            example: example
        ) { args, _ in
            .tensor(try loss(args.variable("prediction"), args.variable("target")))
        }
    }

    private static func penaltyBuiltin(
        _ name: String, summary: String, formula: String, example: String,
        _ penalty: @escaping @Sendable ([Variable]) throws -> Variable
    ) -> Builtin {
        Builtin(name, .losses, [.variadic("of")], summary: summary, formula: formula, example: example) { args, _ in
            .tensor(try penalty(penalizedParameters(args)))
        }
    }

    /// Every parameter of the networks and every tensor given, each once, in order.
    private static func penalizedParameters(_ args: Arguments) throws -> [Variable] {
        var parameters: [Variable] = []
        for (i, entry) in args.rest.enumerated() {
            let found: [Variable]
            if case let .object(network as NetworkObject) = entry.value {
                found = network.module.parameters
            } else {
                found = [
                    try Arguments.variable(
                        entry.value, describing: "\(args.callee)'s argument \(i + 1)", at: entry.location)
                ]
            }
            for variable in found where !parameters.contains(where: { $0 === variable }) { parameters.append(variable) }
        }
        return parameters
    }

    /// The fraction of `scores` that predict `labels` (see the help of `accuracy`).
    static func accuracy(_ scores: Tensor, _ labels: Tensor, threshold: Double) throws -> Double {
        let n = labels.count
        guard n > 0, labels.rank <= 2 else {
            throw NotebookError.evaluation(
                "accuracy needs labels, one per sample; got shape \(Shape.describe(labels.shape))")
        }
        let predictions: [Double]
        if scores.rank == 2, scores.shape[1] >= 2 {
            guard scores.shape[0] == n else {
                throw NotebookError.evaluation(
                    "accuracy: scores of shape \(Shape.describe(scores.shape)) need \(scores.shape[0]) labels, got \(n)"
                )
            }
            predictions = try scores.argmax(axis: 1).scalars
        } else {
            guard scores.count == n, scores.rank <= 2 else {
                throw NotebookError.evaluation(
                    "accuracy: \(scores.count) scores (shape \(Shape.describe(scores.shape))) do not match \(n) labels (shape \(Shape.describe(labels.shape)))"
                )
            }
            let signed = labels.scalars.allSatisfy { $0 == 1 || $0 == -1 }
            if !signed, let bad = labels.scalars.first(where: { $0 != 0 && $0 != 1 }) {
                throw NotebookError.evaluation(
                    "accuracy with one score per sample needs labels −1/+1 or 0/1, got \(NumberFormat().string(bad)); for class indices give one score column per class"
                )
            }
            predictions = scores.scalars.map { signed ? ($0 > 0 ? 1 : -1) : ($0 > threshold ? 1 : 0) }
        }
        let correct = zip(predictions, labels.scalars).filter { $0 == $1 }.count
        return Double(correct) / Double(n)
    }
}
