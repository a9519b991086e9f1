import Tensors

extension Operation {
    /// The matrix product `a @ b`. Vectors are treated as a row (on the left) or a column (on
    /// the right), so one rule covers every case: ∂/∂a = g @ bᵀ, ∂/∂b = aᵀ @ g.
    public static let matmul = Operation(
        name: "matmul", formula: "a @ b", localDerivatives: ["g @ bᵀ", "aᵀ @ g"],
        forward: { try $0[0].matmul($0[1]) },
        gradient: .selective { inputs, _, g, needed in
            let (a, b) = (inputs[0], inputs[1])
            let a2 = try a.rank == 1 ? a.reshaped([1, a.count]) : a
            let b2 = try b.rank == 1 ? b.reshaped([b.count, 1]) : b
            let g2 = try g.reshaped([a2.shape[0], b2.shape[1]])
            // The transposes are read in place; a data operand (X in X @ W) gets no gradient.
            return [
                try needed[0] ? g2.matmul(b2, transposingSelf: false, transposingOther: true).reshaped(a.shape) : nil,
                try needed[1] ? a2.matmul(g2, transposingSelf: true, transposingOther: false).reshaped(b.shape) : nil,
            ]
        })
}

extension Variable {
    public func matmul(_ other: Variable) throws -> Variable { try Variable.apply(.matmul, to: [self, other]) }
}
