import Tensors

extension Operation {
    /// Σ a over `axis` (every element when nil); the gradient copies g back to every summand.
    public static func sum(axis: Int?, keepDims: Bool) -> Operation {
        reduction(
            "sum", axis: axis, keepDims: keepDims, derivative: "1",
            forward: { try $0.sum(axis: axis, keepDims: keepDims) }
        ) { r in try r.g.broadcast(to: r.a.shape) }
    }

    /// The mean over `axis`; each element's share of the gradient is g/n.
    public static func mean(axis: Int?, keepDims: Bool) -> Operation {
        reduction(
            "mean", axis: axis, keepDims: keepDims, derivative: "1/n",
            forward: { try $0.mean(axis: axis, keepDims: keepDims) }
        ) { r in
            try r.g.broadcast(to: r.a.shape).map { $0 / r.n }
        }
    }

    /// The variance over `axis`, dividing by n − 1 when `unbiased`:
    /// ∂var/∂aᵢ = 2(aᵢ − mean)/(n − correction).
    public static func variance(axis: Int?, unbiased: Bool, keepDims: Bool) -> Operation {
        let correction = unbiased ? 1.0 : 0.0
        return reduction(
            "var", axis: axis, keepDims: keepDims, extra: "unbiased=\(unbiased)",
            derivative: unbiased ? "2(a − mean)/(n − 1)" : "2(a − mean)/n",
            forward: { try $0.variance(axis: axis, unbiased: unbiased, keepDims: keepDims) }
        ) { r in
            try (r.deviation() * r.g).map { 2 * $0 / (r.n - correction) }
        }
    }

    /// The standard deviation: ∂std/∂aᵢ = (aᵢ − mean)/((n − correction)·std), and 0 where a
    /// lane has no spread (std = 0), as PyTorch masks that 0/0, so one constant row does not
    /// turn its gradient into NaN.
    public static func standardDeviation(axis: Int?, unbiased: Bool, keepDims: Bool) -> Operation {
        let correction = unbiased ? 1.0 : 0.0
        return reduction(
            "std", axis: axis, keepDims: keepDims, extra: "unbiased=\(unbiased)",
            derivative: unbiased ? "(a − mean)/((n − 1)·std), 0 where std = 0" : "(a − mean)/(n·std), 0 where std = 0",
            forward: { try $0.standardDeviation(axis: axis, unbiased: unbiased, keepDims: keepDims) }
        ) { r in
            let share = try r.g.zip(r.out, op: "std") { g, std in std == 0 ? 0 : g / (std * (r.n - correction)) }
            return try r.deviation() * share
        }
    }

    /// The largest element; the gradient is split evenly between tied maxima (PyTorch's `amax`).
    public static func max(axis: Int?, keepDims: Bool) -> Operation {
        extremum("max", axis: axis, keepDims: keepDims) { try $0.max(axis: axis, keepDims: keepDims) }
    }

    /// The smallest element; the gradient is split evenly between tied minima (PyTorch's `amin`).
    public static func min(axis: Int?, keepDims: Bool) -> Operation {
        extremum("min", axis: axis, keepDims: keepDims) { try $0.min(axis: axis, keepDims: keepDims) }
    }

    private static func extremum(
        _ name: String, axis: Int?, keepDims: Bool,
        forward: @escaping @Sendable (Tensor) throws -> Tensor
    ) -> Operation {
        reduction(
            name, axis: axis, keepDims: keepDims, derivative: "1/(number of ties) at the \(name), else 0",
            forward: forward
        ) { r in
            let isExtreme = try r.a.compare(.equal, r.out)
            return try isExtreme / isExtreme.sum(axis: r.axis, keepDims: true) * r.g
        }
    }

    /// A reduction over one axis (or all), whose gradient rule sees the output and the upstream
    /// gradient with the reduced axis kept as size 1, so that both broadcast against the input.
    private static func reduction(
        _ name: String, axis: Int?, keepDims: Bool, extra: String? = nil, derivative: String,
        forward: @escaping @Sendable (Tensor) throws -> Tensor,
        rule: @escaping @Sendable (ReductionGradient) throws -> Tensor
    ) -> Operation {
        let arguments = [axis.map { "axis=\($0)" }, keepDims ? "keepdims=true" : nil, extra].compactMap { $0 }
        return Operation(
            name: name, formula: "\(name)(\((["a"] + arguments).joined(separator: ", ")))",
            localDerivatives: [derivative],
            forward: { try forward($0[0]) },
            gradient: .general { inputs, output, upstream in
                let a = inputs[0]
                let keptShape = try Tensor.reducedShape(a.shape, axis: axis, keepDims: true)
                let lanes = Swift.max(keptShape.reduce(1, *), 1)
                return [
                    try rule(
                        ReductionGradient(
                            a: a, out: try output.reshaped(keptShape), g: try upstream.reshaped(keptShape),
                            axis: axis, n: Double(a.count / lanes)))
                ]
            })
    }
}

/// What a reduction's gradient rule works with.
private struct ReductionGradient {
    let a: Tensor
    /// The output, with the reduced axis kept as size 1.
    let out: Tensor
    /// The upstream gradient, shaped like `out`.
    let g: Tensor
    let axis: Int?
    /// How many elements each output element reduced.
    let n: Double

    func deviation() throws -> Tensor { try a - a.mean(axis: axis, keepDims: true) }
}

extension Variable {
    public func sum(axis: Int? = nil, keepDims: Bool = false) throws -> Variable {
        try Variable.apply(.sum(axis: axis, keepDims: keepDims), to: [self])
    }
    public func mean(axis: Int? = nil, keepDims: Bool = false) throws -> Variable {
        try Variable.apply(.mean(axis: axis, keepDims: keepDims), to: [self])
    }
    public func variance(axis: Int? = nil, unbiased: Bool = true, keepDims: Bool = false) throws -> Variable {
        try Variable.apply(.variance(axis: axis, unbiased: unbiased, keepDims: keepDims), to: [self])
    }
    public func standardDeviation(axis: Int? = nil, unbiased: Bool = true, keepDims: Bool = false) throws -> Variable {
        try Variable.apply(.standardDeviation(axis: axis, unbiased: unbiased, keepDims: keepDims), to: [self])
    }
    public func max(axis: Int? = nil, keepDims: Bool = false) throws -> Variable {
        try Variable.apply(.max(axis: axis, keepDims: keepDims), to: [self])
    }
    public func min(axis: Int? = nil, keepDims: Bool = false) throws -> Variable {
        try Variable.apply(.min(axis: axis, keepDims: keepDims), to: [self])
    }
}
