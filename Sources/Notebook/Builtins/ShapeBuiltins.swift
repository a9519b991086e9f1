import Autograd
import Tensors

extension BuiltinTable {
    static let shapes: [Builtin] = [
        Builtin(
            "reshape", .shapes, [.required("x"), .variadic("shape")],
            summary: "The same elements in a new shape; one dimension may be −1 to be inferred.",
            example: "reshape(arange(6), 2, -1)"
        ) { args, _ in
            .tensor(try args.variable("x").reshaped(args.shape()))
        },
        Builtin(
            "flatten", .shapes, [.required("x")],
            summary: "The elements as a vector, in row-major order.",
            example: "flatten([[1, 2], [3, 4]])"
        ) { args, _ in .tensor(try args.variable("x").reshaped([-1])) },
        Builtin(
            "transpose", .shapes, [.required("x")],
            summary: "The axes in reverse order; for a matrix, rows become columns. The same as x.T.",
            formula: "(Xᵀ)ᵢⱼ = Xⱼᵢ",
            example: "transpose([[1, 2, 3]])"
        ) { args, _ in .tensor(try args.variable("x").transposed()) },
        Builtin(
            "permute", .shapes, [.required("x"), .variadic("axes")],
            summary: "The axes reordered: axis i of the result is axis axes[i] of x.",
            example: "permute(zeros(2, 3, 4), 2, 0, 1).shape"
        ) { args, _ in
            .tensor(try args.variable("x").permuted(args.shape()))
        },
        Builtin(
            "concat", .shapes, [.variadic("tensors"), .keyword("axis", .number(0))],
            summary: "Tensors joined along an existing axis.",
            example: "concat([1, 2], [3], axis = 0)"
        ) { args, _ in
            .tensor(try Variable.concatenate(args.restVariables(), axis: args.int("axis")))
        },
        Builtin(
            "stack", .shapes, [.variadic("tensors"), .keyword("axis", .number(0))],
            summary: "Same-shaped tensors joined along a new axis.",
            example: "stack([1, 2], [3, 4], axis = 1)"
        ) { args, _ in
            .tensor(try Variable.stack(args.restVariables(), axis: args.int("axis")))
        },
    ]

    static let linearAlgebra: [Builtin] = [
        Builtin(
            "matmul", .linearAlgebra, [.required("a"), .required("b")],
            summary:
                "The matrix product, the same as a @ b: matrix·matrix, matrix·vector, vector·matrix, vector·vector.",
            formula: "(AB)ᵢⱼ = Σₖ AᵢₖBₖⱼ;  ∂L/∂A = G Bᵀ,  ∂L/∂B = Aᵀ G",
            example: "matmul([[1, 2], [3, 4]], [1, 1])"
        ) { args, _ in
            .tensor(try args.variable("a").matmul(args.variable("b")))
        }
    ]

    static let autograd: [Builtin] = [
        Builtin(
            "detach", .autograd, [.required("x")],
            summary: "The same value cut off from the graph: no gradient flows through it.",
            example: "detach(2 * pi)"
        ) { args, _ in .tensor(try args.variable("x").detached()) }
    ]
}
