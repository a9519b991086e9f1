import Tensors

extension Operation {
    /// The same elements in a new shape; the gradient is reshaped back.
    public static func reshape(_ shape: [Int]) -> Operation {
        Operation(
            name: "reshape", formula: "reshape(a, \(Shape.describe(shape)))", localDerivatives: ["1 (g reshaped back)"],
            forward: { try $0[0].reshaped(shape) },
            gradient: .general { inputs, _, g in [try g.reshaped(inputs[0].shape)] })
    }

    /// Axes reordered; the gradient is permuted back by the inverse permutation.
    public static func permute(_ axes: [Int]) -> Operation {
        Operation(
            name: "permute", formula: "permute(a, \(axes))", localDerivatives: ["1 (g permuted back)"],
            forward: { try $0[0].permuted(axes) },
            gradient: .general { inputs, _, g in
                let normalized = try axes.map { try Shape.normalize(axis: $0, rank: inputs[0].rank, op: "permute") }
                return [try g.permuted(Tensor.inversePermutation(normalized))]
            })
    }

    /// The transpose (axes reversed), `aᵀ`.
    public static let transpose = Operation(
        name: "transpose", formula: "aᵀ", localDerivatives: ["1 (gᵀ)"],
        forward: { $0[0].transposed },
        gradient: .general { _, _, g in [g.transposed] })

    /// A subscript; the gradient lands on the selected elements, zero elsewhere.
    public static func index(_ indices: [TensorIndex], text: String) -> Operation {
        Operation(
            name: "index", formula: "a[\(text)]", localDerivatives: ["1 at the selected elements, 0 elsewhere"],
            forward: { try $0[0].indexed(indices) },
            gradient: .general { inputs, _, g in
                [try Tensor.zeros(inputs[0].shape).replacing(indices, with: g)]
            })
    }

    /// Inputs joined along an existing axis; the gradient is cut back into the pieces.
    public static func concatenate(axis: Int, count: Int) -> Operation {
        join("concat", axis: axis, count: count, forward: { try Tensor.concatenate($0, axis: axis) }) { inputs, g in
            let axis = try Shape.normalize(axis: axis, rank: g.rank, op: "concat")
            var start = 0
            return try inputs.map { input in
                let length = input.shape[axis]
                defer { start += length }
                return try g.indexed(
                    Array(repeating: .all, count: axis) + [.slice(start: start, end: start + length, step: 1)])
            }
        }
    }

    /// Same-shaped inputs joined along a new axis; the gradient is taken apart along it.
    public static func stack(axis: Int, count: Int) -> Operation {
        join("stack", axis: axis, count: count, forward: { try Tensor.stack($0, axis: axis) }) { inputs, g in
            let axis = try Shape.normalize(axis: axis, rank: g.rank, op: "stack")
            return try inputs.indices.map { i in try g.indexed(Array(repeating: .all, count: axis) + [.at(i)]) }
        }
    }

    private static func join(
        _ name: String, axis: Int, count: Int, forward: @escaping @Sendable ([Tensor]) throws -> Tensor,
        split: @escaping @Sendable (_ inputs: [Tensor], _ g: Tensor) throws -> [Tensor]
    ) -> Operation {
        let names = (0..<count).map(inputName).joined(separator: ", ")
        return Operation(
            name: name, formula: "\(name)([\(names)], axis=\(axis))",
            localDerivatives: Array(repeating: "1 (the matching piece of g)", count: count),
            forward: forward, gradient: .general { inputs, _, g in try split(inputs, g) })
    }
}

/// The placeholder name of input `i` in formulas: a, b, …, z, then x26, x27, ….
public func inputName(_ i: Int) -> String {
    i < 26 ? String(UnicodeScalar(UInt8(97 + i))) : "x\(i)"
}

extension Variable {
    public func reshaped(_ shape: [Int]) throws -> Variable { try Variable.apply(.reshape(shape), to: [self]) }
    public func permuted(_ axes: [Int]) throws -> Variable { try Variable.apply(.permute(axes), to: [self]) }
    public func transposed() throws -> Variable { try Variable.apply(.transpose, to: [self]) }
    public func indexed(_ indices: [TensorIndex], text: String) throws -> Variable {
        try Variable.apply(.index(indices, text: text), to: [self])
    }
    public static func concatenate(_ parts: [Variable], axis: Int) throws -> Variable {
        try apply(.concatenate(axis: axis, count: parts.count), to: parts)
    }
    public static func stack(_ parts: [Variable], axis: Int = 0) throws -> Variable {
        try apply(.stack(axis: axis, count: parts.count), to: parts)
    }
}
