import Autograd
import Tensors

extension BuiltinTable {
    /// Lengths and products of vectors: what stopping rules (‖∇Q‖ < ε) and projections need.
    static let vectorFunctions: [Builtin] = [
        Builtin(
            "norm", .linearAlgebra, [.required("x"), .optional("p", .number(2))],
            summary:
                "The length of x taken as one vector of all its elements (torch.linalg.vector_norm): p = 2 the Euclidean length, p = 1 the sum of |xᵢ|, p = inf the largest |xᵢ|; any p ≥ 1. Differentiable; the gradient at the zero vector is 0, as PyTorch's.",
            formula: "‖x‖ₚ = (Σ|xᵢ|ᵖ)^(1/p);  ∂‖x‖₂/∂x = x/‖x‖₂,  ∂‖x‖₁/∂x = sign(x)",
            example: "[norm([3, -4]), norm([3, -4], p = 1), norm([3, -4], p = inf)]"
        ) { args, _ in
            .tensor(try args.variable("x").norm(p: args.double("p")))
        },
        Builtin(
            "dot", .linearAlgebra, [.required("a"), .required("b")],
            summary: "The dot product of two vectors of the same length (torch.dot); a @ b gives the same for vectors.",
            formula: "a·b = Σ aᵢbᵢ;  ∂(a·b)/∂a = b,  ∂(a·b)/∂b = a",
            example: "dot([1, 2, 3], [4, 5, 6])"
        ) { args, _ in
            .tensor(try args.variable("a").dot(args.variable("b")))
        },
    ]
}
