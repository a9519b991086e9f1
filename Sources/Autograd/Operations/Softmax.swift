import Tensors

extension Operation {
    /// softmax along `axis`: ∂/∂a = out ⊙ (g − Σ g ⊙ out), the sum along the axis.
    public static func softmax(axis: Int) -> Operation {
        Operation(
            name: "softmax", formula: "exp(a) / Σ exp(a) along axis \(axis)",
            localDerivatives: ["out ⊙ (g − Σ g ⊙ out)"],
            forward: { try $0[0].softmax(axis: axis) },
            gradient: .general { _, out, g in
                guard out.rank > 0 else { return [Tensor(0)] }  // softmax of one number is constant 1
                return [try out * (g - (g * out).sum(axis: axis, keepDims: true))]
            })
    }

    /// log-softmax along `axis`: ∂/∂a = g − softmax(a) ⊙ Σ g, the sum along the axis.
    public static func logSoftmax(axis: Int) -> Operation {
        Operation(
            name: "log_softmax", formula: "a − log Σ exp(a) along axis \(axis)",
            localDerivatives: ["g − softmax(a) ⊙ Σ g"],
            forward: { try $0[0].logSoftmax(axis: axis) },
            gradient: .general { _, out, g in
                guard out.rank > 0 else { return [Tensor(0)] }
                return [try g - out.exp() * g.sum(axis: axis, keepDims: true)]
            })
    }
}

extension Variable {
    public func softmax(axis: Int = -1) throws -> Variable { try Variable.apply(.softmax(axis: axis), to: [self]) }
    public func logSoftmax(axis: Int = -1) throws -> Variable {
        try Variable.apply(.logSoftmax(axis: axis), to: [self])
    }
}
