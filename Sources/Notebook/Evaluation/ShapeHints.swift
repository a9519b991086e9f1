import Tensors

/// The likely fix for an operator whose operands' shapes do not fit: a transpose for `@`; a
/// reduction's `keepdims`, a vector reshaped to a column or a transpose for elementwise
/// operators. A fix is offered only when shape arithmetic shows the operator would then accept
/// the shapes.
extension Evaluator {
    /// One side of the operator: as written, and the shape it evaluated to.
    struct Operand {
        let expression: Expression
        let shape: [Int]
    }

    /// `; did you mean A @ B.T? ([2, 3] @ [3, 2] gives [2, 2])`, or nil when no rewrite fits.
    func shapeHint(_ op: BinaryOperator, _ lhs: Operand, _ rhs: Operand) -> String? {
        let fixes = op == .matmul ? transposes(lhs, rhs) : broadcastFixes(op, lhs, rhs)
        let working = fixes.compactMap { fix in resultShape(op, fix.lhs.shape, fix.rhs.shape).map { (fix, $0) } }
        guard !working.isEmpty else { return nil }
        let described = working.map { fix, result in
            "\(text(op, fix, replacing: (lhs, rhs))) (\(Shape.describe(fix.lhs.shape)) \(op.rawValue) \(Shape.describe(fix.rhs.shape)) gives \(Shape.describe(result)))"
        }
        return "; did you mean " + described.joined(separator: " or ") + "?"
    }

    private typealias Fix = (lhs: Operand, rhs: Operand)

    /// The shape `op` gives for these operand shapes, or nil when it refuses them.
    private func resultShape(_ op: BinaryOperator, _ lhs: [Int], _ rhs: [Int]) -> [Int]? {
        op == .matmul ? try? Shape.matrixProduct(lhs, rhs).shape : try? Shape.broadcast(lhs, rhs, op: op.rawValue)
    }

    /// `A @ B.T` and `A.T @ B` (each that fits; both sides transposed only when neither alone does).
    private func transposes(_ lhs: Operand, _ rhs: Operand) -> [Fix] {
        let left = transposed(lhs)
        let right = transposed(rhs)
        let candidates: [Fix?] = [right.map { (lhs, $0) }, left.map { ($0, rhs) }]
        let singles = candidates.compactMap { $0 }.filter { resultShape(.matmul, $0.lhs.shape, $0.rhs.shape) != nil }
        if !singles.isEmpty { return singles }
        guard let left, let right else { return [] }
        return [(left, right)]
    }

    /// The first kind of fix that works, on either side: `keepdims = true` in a reduction, a
    /// vector as a column, a matrix transposed.
    private func broadcastFixes(_ op: BinaryOperator, _ lhs: Operand, _ rhs: Operand) -> [Fix] {
        for change in [keepingDimensions, column, transposed] {
            let candidates: [Fix?] = [change(lhs).map { ($0, rhs) }, change(rhs).map { (lhs, $0) }]
            let fixes = candidates.compactMap { $0 }.filter { resultShape(op, $0.lhs.shape, $0.rhs.shape) != nil }
            if let first = fixes.first { return [first] }
        }
        return []
    }

    private func transposed(_ operand: Operand) -> Operand? {
        guard operand.shape.count == 2, operand.shape[0] != operand.shape[1] else { return nil }
        return Operand(
            expression: Expression(.attribute(operand.expression, "T"), at: operand.expression.location),
            shape: operand.shape.reversed())
    }

    /// A vector `v` of n elements as `reshape(v, n, 1)`.
    private func column(_ operand: Operand) -> Operand? {
        guard operand.shape.count == 1, operand.shape[0] > 1 else { return nil }
        let location = operand.expression.location
        let arguments = [
            operand.expression, Expression(.number(Double(operand.shape[0])), at: location),
            Expression(.number(1), at: location),
        ]
        return Operand(
            expression: Expression(
                .call(name: "reshape", arguments: arguments.map { Argument(label: nil, value: $0) }), at: location),
            shape: operand.shape + [1])
    }

    /// `mean(A, 1)` as `mean(A, 1, keepdims = true)`: a builtin reduction over one axis given as a
    /// number, which keeps that axis with size 1.
    private func keepingDimensions(_ operand: Operand) -> Operand? {
        guard case let .call(name, arguments) = operand.expression.kind,
            locals[name] == nil, session.bindings[name] == nil,
            let builtin = BuiltinTable.function(named: name),
            builtin.parameters.contains(where: { $0.name == "keepdims" }),
            !arguments.contains(where: { $0.label == "keepdims" })
        else { return nil }
        let axisArgument = arguments.first { $0.label == "axis" } ?? arguments.dropFirst().first { $0.label == nil }
        guard let axis = axisArgument.flatMap({ integerLiteral($0.value) }) else { return nil }
        let rank = operand.shape.count + 1
        guard let normalized = try? Shape.normalize(axis: axis, rank: rank, op: name) else { return nil }
        var shape = operand.shape
        shape.insert(1, at: normalized)
        let kept = Argument(label: "keepdims", value: Expression(.bool(true), at: operand.expression.location))
        return Operand(
            expression: Expression(.call(name: name, arguments: arguments + [kept]), at: operand.expression.location),
            shape: shape)
    }

    private func integerLiteral(_ expression: Expression) -> Int? {
        switch expression.kind {
        case let .number(x) where x == x.rounded() && abs(x) < 1e9: return Int(x)
        case let .unary(.negate, operand): return integerLiteral(operand).map { -$0 }
        default: return nil
        }
    }

    /// The rewritten expression, or, when that is long, the rewritten side alone (numbers as
    /// typed, not rounded to the printing digits: the hint is code to run).
    private func text(_ op: BinaryOperator, _ fix: Fix, replacing original: Fix) -> String {
        let whole = Expression(.binary(op, fix.lhs.expression, fix.rhs.expression), at: fix.lhs.expression.location)
            .description
        if whole.count <= Evaluator.longestHint { return whole }
        return [(fix.lhs, original.lhs, "on the left"), (fix.rhs, original.rhs, "on the right")]
            .filter { $0.0.expression != $0.1.expression }
            .map { "\($0.0.expression) \($0.2)" }
            .joined(separator: " and ")
    }

    /// A hint longer than this would bury the message.
    static let longestHint = 60
}
