import Autograd
import Tensors

extension BuiltinTable {
    /// A reduction `name(x, axis=none, keepdims=false)`.
    static func reduction(
        _ name: String, summary: String, formula: String, example: String, extra: [Parameter] = [],
        _ op: @escaping @Sendable (Variable, Int?, Bool, Arguments) throws -> Value
    ) -> Builtin {
        Builtin(
            name, .reductions,
            [.required("x"), .optional("axis", "none")] + extra + [.keyword("keepdims", .flag(false))],
            summary: summary, formula: formula, example: example
        ) { args, _ in
            try op(args.variable("x"), args.optionalInt("axis"), args.bool("keepdims"), args)
        }
    }

    static let reductions: [Builtin] = [
        reduction(
            "sum", summary: "The sum of all elements, or along one axis.", formula: "∂(Σ x)/∂xᵢ = 1",
            example: "sum([[1, 2], [3, 4]], axis = 0)"
        ) { x, axis, keep, _ in .tensor(try x.sum(axis: axis, keepDims: keep)) },
        reduction(
            "mean", summary: "The mean of all elements, or along one axis.",
            formula: "mean = (1/n) Σ xᵢ;  ∂mean/∂xᵢ = 1/n",
            example: "mean([1, 2, 3, 4])"
        ) { x, axis, keep, _ in .tensor(try x.mean(axis: axis, keepDims: keep)) },
        reduction(
            "var",
            summary:
                "The variance; unbiased (÷ n − 1) by default as in PyTorch, biased (÷ n) as BatchNorm uses when unbiased = false.",
            formula: "var = Σ(xᵢ − mean)² / (n − 1)  or  / n", example: "var([1, 2, 3, 4], unbiased = false)",
            extra: [.keyword("unbiased", .flag(true))]
        ) { x, axis, keep, args in
            .tensor(try x.variance(axis: axis, unbiased: args.bool("unbiased"), keepDims: keep))
        },
        reduction(
            "std", summary: "The standard deviation, √var (unbiased by default).", formula: "std = √var",
            example: "std([1, 2, 3, 4])", extra: [.keyword("unbiased", .flag(true))]
        ) { x, axis, keep, args in
            .tensor(try x.standardDeviation(axis: axis, unbiased: args.bool("unbiased"), keepDims: keep))
        },
        reduction(
            "max", summary: "The largest element; its gradient is split evenly between ties (PyTorch's amax).",
            formula: "∂max/∂xᵢ = 1/k for each of the k maximal elements, else 0",
            example: "max([[1, 5], [7, 2]], axis = 1)"
        ) { x, axis, keep, _ in .tensor(try x.max(axis: axis, keepDims: keep)) },
        reduction(
            "min", summary: "The smallest element; its gradient is split evenly between ties.",
            formula: "∂min/∂xᵢ = 1/k for each of the k minimal elements, else 0",
            example: "min([3, -1, 2])"
        ) { x, axis, keep, _ in .tensor(try x.min(axis: axis, keepDims: keep)) },
        reduction(
            "argmax",
            summary: "The index of the first largest element (a flat index when axis is none); not differentiable.",
            formula: "argmax x = the first i with xᵢ = max x",
            example: "argmax([3, 9, 9, 1])"
        ) { x, axis, keep, _ in .constant(try x.value.argmax(axis: axis, keepDims: keep)) },
        reduction(
            "argmin", summary: "The index of the first smallest element; not differentiable.",
            formula: "argmin x = the first i with xᵢ = min x",
            example: "argmin([3, -1, 2])"
        ) { x, axis, keep, _ in .constant(try x.value.argmin(axis: axis, keepDims: keep)) },
    ]
}
