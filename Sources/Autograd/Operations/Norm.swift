import Tensors

extension Operation {
    /// ‖a‖ₚ over every element (PyTorch's `torch.linalg.vector_norm`): p = 2 the Euclidean
    /// length, p = 1 the sum of absolute values, p = ∞ the largest absolute value, and
    /// (Σ|aᵢ|ᵖ)^(1/p) for any other p ≥ 1.
    ///
    /// At the zero vector every norm has a kink; the gradient there is 0, as PyTorch's. For
    /// p = ∞ the gradient is split evenly between tied largest |aᵢ| (PyTorch's `amax`).
    public static func norm(p: Double) -> Operation {
        let order = p == .infinity ? "∞" : formulaText(p)
        let derivative: String
        switch p {
        case 1: derivative = "sign(a)"
        case 2: derivative = "a / ‖a‖"
        case .infinity: derivative = "sign(a)/(number of ties) where |a| = ‖a‖∞, else 0"
        default: derivative = "sign(a)·|a|^(p−1) / ‖a‖^(p−1)"
        }
        return Operation(
            name: "norm", formula: p == 2 ? "‖a‖" : "‖a‖_\(order)",
            localDerivatives: [derivative], breakPoints: p == 2 ? [] : [0],
            forward: { Tensor(Operation.normValue($0[0].scalars, p: p)) },
            gradient: .general { inputs, output, upstream in
                let a = inputs[0]
                let norm = output.scalars[0]
                let g = upstream.scalars[0]
                guard norm != 0 else { return [a.map { _ in 0 }] }
                let sign: (Double) -> Double = { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 }
                switch p {
                case 1: return [a.map { g * sign($0) }]
                case 2: return [a.map { g * $0 / norm }]
                case .infinity:
                    let ties = Double(a.scalars.filter { Swift.abs($0) == norm }.count)
                    return [a.map { Swift.abs($0) == norm ? g * sign($0) / ties : 0 }]
                default:
                    return [a.map { g * sign($0) * Tensor.power(Swift.abs($0) / norm, p - 1) }]
                }
            })
    }

    /// ‖x‖ₚ of a list of numbers, summed in order.
    static func normValue(_ x: [Double], p: Double) -> Double {
        switch p {
        case 1: return x.reduce(0) { $0 + Swift.abs($1) }
        case 2: return x.reduce(0) { $0 + $1 * $1 }.squareRoot()
        case .infinity: return x.reduce(0) { Swift.max($0, Swift.abs($1)) }
        default: return Tensor.power(x.reduce(0) { $0 + Tensor.power(Swift.abs($1), p) }, 1 / p)
        }
    }
}

extension Variable {
    /// ‖self‖ₚ over every element; `p` must be ≥ 1 (∞ allowed), as a norm's triangle
    /// inequality needs.
    public func norm(p: Double = 2) throws -> Variable {
        guard p >= 1, !p.isNaN else {
            throw TensorError.invalidArgument(op: "norm", "p must be 1 or more (or inf), got \(formulaText(p))")
        }
        return try Variable.apply(.norm(p: p), to: [self])
    }

    /// The dot product of two vectors of the same length, Σ aᵢbᵢ (`torch.dot`): built from `*`
    /// and `sum`, so its gradient is b for a and a for b.
    public func dot(_ other: Variable) throws -> Variable {
        guard value.rank == 1, other.value.rank == 1 else {
            throw TensorError.invalidArgument(
                op: "dot",
                "needs two vectors, got shapes \(Shape.describe(value.shape)) and \(Shape.describe(other.value.shape)) (matmul or @ multiplies matrices)"
            )
        }
        guard value.count == other.value.count else {
            throw TensorError.invalidArgument(
                op: "dot", "needs vectors of the same length, got \(value.count) and \(other.value.count)")
        }
        return try (self * other).sum()
    }
}
