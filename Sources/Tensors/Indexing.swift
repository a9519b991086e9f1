/// One entry of a subscript: a single position (which drops its axis) or a slice (which keeps it).
public enum TensorIndex: Sendable, Equatable {
    /// A position; negative counts from the end.
    case at(Int)
    /// Python's `start:end:step`; nil bounds default to the whole axis in the step's direction.
    case slice(start: Int?, end: Int?, step: Int?)

    /// `:`, the whole axis.
    public static let all = TensorIndex.slice(start: nil, end: nil, step: nil)
}

/// Which source positions each axis of a subscript selects, resolved against a shape.
struct IndexPlan {
    /// For each source axis, the positions selected in order.
    let positions: [[Int]]
    /// The result's shape: the kept axes' lengths.
    let resultShape: [Int]

    init(shape: [Int], indices: [TensorIndex]) throws {
        guard indices.count <= shape.count else {
            throw TensorError.tooManyIndices(count: indices.count, rank: shape.count)
        }
        var positions: [[Int]] = []
        var resultShape: [Int] = []
        for (axis, size) in shape.enumerated() {
            switch axis < indices.count ? indices[axis] : .all {
            case let .at(index):
                guard index >= -size, index < size else {
                    throw TensorError.indexOutOfRange(index: index, axis: axis, size: size)
                }
                positions.append([index < 0 ? index + size : index])
            case let .slice(start, end, step):
                let selected = try IndexPlan.resolve(start: start, end: end, step: step, size: size)
                positions.append(selected)
                resultShape.append(selected.count)
            }
        }
        self.positions = positions
        self.resultShape = resultShape
    }

    /// Python's slice semantics: out-of-range bounds are clamped, never an error.
    static func resolve(start: Int?, end: Int?, step: Int?, size: Int) throws -> [Int] {
        let step = step ?? 1
        guard step != 0 else { throw TensorError.invalidArgument(op: "slice", "slice step cannot be zero") }
        func clamp(_ bound: Int, low: Int, high: Int) -> Int {
            let b = bound < 0 ? bound + size : bound
            return Swift.min(Swift.max(b, low), high)
        }
        if step > 0 {
            let from = start.map { clamp($0, low: 0, high: size) } ?? 0
            let to = end.map { clamp($0, low: 0, high: size) } ?? size
            return from < to ? Array(stride(from: from, to: to, by: step)) : []
        } else {
            let from = start.map { clamp($0, low: -1, high: size - 1) } ?? size - 1
            let to = end.map { clamp($0, low: -1, high: size - 1) } ?? -1
            return from > to ? Array(stride(from: from, to: to, by: step)) : []
        }
    }

    /// Calls `body` with the source flat offset of each selected element, in result order.
    func forEachOffset(strides: [Int], _ body: (Int) -> Void) {
        func visit(_ axis: Int, _ offset: Int) {
            if axis == positions.count {
                body(offset)
                return
            }
            for p in positions[axis] { visit(axis + 1, offset + p * strides[axis]) }
        }
        visit(0, 0)
    }
}

extension Tensor {
    /// The flat (row-major) offsets into a tensor of `shape` that `indices` select, in the
    /// order `indexed` returns them.
    public static func offsets(of indices: [TensorIndex], in shape: [Int]) throws -> [Int] {
        let plan = try IndexPlan(shape: shape, indices: indices)
        var out = [Int]()
        plan.forEachOffset(strides: Shape.strides(of: shape)) { out.append($0) }
        return out
    }

    /// The elements selected by `indices` (missing trailing indices select whole axes).
    public func indexed(_ indices: [TensorIndex]) throws -> Tensor {
        let plan = try IndexPlan(shape: shape, indices: indices)
        var out = [Double]()
        out.reserveCapacity(Shape.product(plan.resultShape))
        plan.forEachOffset(strides: Shape.strides(of: shape)) { out.append(scalars[$0]) }
        return Tensor(validShape: plan.resultShape, scalars: out)
    }

    /// This tensor with the elements selected by `indices` replaced by `values`, which is
    /// broadcast to the selection's shape.
    public func replacing(_ indices: [TensorIndex], with values: Tensor) throws -> Tensor {
        let plan = try IndexPlan(shape: shape, indices: indices)
        guard let source = try? values.broadcast(to: plan.resultShape) else {
            throw TensorError.shapeMismatch(
                op: "index assignment", lhs: values.shape, rhs: plan.resultShape,
                detail: "do not fit: the value (first) must broadcast to the selected part (second)")
        }
        var out = scalars
        var next = 0
        plan.forEachOffset(strides: Shape.strides(of: shape)) { offset in
            out[offset] = source.scalars[next]
            next += 1
        }
        return Tensor(validShape: shape, scalars: out)
    }
}
