/// Operations that rearrange elements without computing new ones.
extension Tensor {
    /// The same elements in a new shape; one dimension may be `-1`, inferred from the rest.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        let inferred = newShape.indices.filter { newShape[$0] == -1 }
        guard inferred.count <= 1 else {
            throw TensorError.invalidArgument(
                op: "reshape", "only one dimension can be -1, got \(Shape.describe(newShape))")
        }
        var resolved = newShape
        if let axis = inferred.first {
            var known = newShape
            known[axis] = 1
            let knownCount = try Shape.elementCount(of: known, op: "reshape")
            guard knownCount > 0, count % knownCount == 0 else {
                throw TensorError.invalidArgument(
                    op: "reshape", "cannot reshape \(Shape.describe(shape)) into \(Shape.describe(newShape))")
            }
            resolved[axis] = count / knownCount
        }
        let newCount = try Shape.elementCount(of: resolved, op: "reshape")
        guard newCount == count else {
            throw TensorError.invalidArgument(
                op: "reshape",
                "cannot reshape \(Shape.describe(shape)) (\(count) elements) into \(Shape.describe(newShape)) (\(newCount) elements)"
            )
        }
        return Tensor(validShape: resolved, scalars: scalars)
    }

    /// Joins tensors along an existing axis; all other dimensions must agree.
    public static func concatenate(_ tensors: [Tensor], axis: Int) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(op: "concat", "needs at least one tensor")
        }
        guard first.rank > 0 else {
            throw TensorError.rankMismatch(
                op: "concat", expected: "tensors of rank 1 or more (use stack for scalars)", shape: first.shape)
        }
        let axis = try Shape.normalize(axis: axis, rank: first.rank, op: "concat")
        var outShape = first.shape
        outShape[axis] = 0
        for tensor in tensors {
            var expected = first.shape
            expected[axis] = tensor.rank == first.rank ? tensor.shape[axis] : 0
            guard tensor.shape == expected else {
                throw TensorError.shapeMismatch(
                    op: "concat", lhs: first.shape, rhs: tensor.shape,
                    detail: "differ on an axis other than the joining axis \(axis)")
            }
            outShape[axis] += tensor.shape[axis]
        }
        _ = try Shape.elementCount(of: outShape, op: "concat")
        let outer = first.shape[..<axis].reduce(1, *)
        var out = [Double]()
        out.reserveCapacity(Shape.product(outShape))
        for o in 0..<outer {
            for tensor in tensors {
                let block = tensor.count / Swift.max(outer, 1)
                out.append(contentsOf: tensor.scalars[(o * block)..<((o + 1) * block)])
            }
        }
        return Tensor(validShape: outShape, scalars: out)
    }

    /// Joins same-shaped tensors along a new axis.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument(op: "stack", "needs at least one tensor")
        }
        let axis = try Shape.normalize(axis: axis, rank: first.rank + 1, op: "stack")
        var expanded = first.shape
        expanded.insert(1, at: axis)
        let pieces = try tensors.map { tensor in
            guard tensor.shape == first.shape else {
                throw TensorError.shapeMismatch(
                    op: "stack", lhs: first.shape, rhs: tensor.shape, detail: "differ; stack needs equal shapes")
            }
            return Tensor(validShape: expanded, scalars: tensor.scalars)
        }
        return try concatenate(pieces, axis: axis)
    }
}
