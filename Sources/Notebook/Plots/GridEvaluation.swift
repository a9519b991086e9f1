import Autograd
import Functions
import Tensors

/// Evaluates an expression at every point of a grid (`x` over a range for `plot`, `x` and `y`
/// over a rectangle for `contour`), giving one number per point.
///
/// An expression made only of elementwise pieces is evaluated once, with each variable bound
/// to the whole grid as a tensor. Anything else (a reduction, a matrix product, indexing, a
/// derivative, a network) is evaluated point by point, so that `sum(x)` at a point means the
/// sum of that one number, as it would when typed with x bound to it. A point that fails or
/// gives something other than one number is a gap (NaN); if every point fails, the first
/// error is reported.
struct GridEvaluation {
    let session: Session
    /// The variables and their value at each point; every array has `count` elements.
    let variables: [(name: String, values: [Double])]
    /// The shape each variable is bound with in the one-pass evaluation.
    let shape: [Int]
    var count: Int { shape.reduce(1, *) }

    /// What evaluating an expression over the grid gave.
    struct Result {
        var values: [Double]
        /// How many points could not be evaluated, and why the first of them failed.
        var failures = 0
        var firstFailure: String?
    }

    func evaluate(_ expression: Expression) throws -> Result {
        if ElementwiseCheck(session: session).isElementwise(expression, variables: Set(variables.map(\.name))),
            let values = try? wholeGrid(expression)
        {
            return Result(values: values)
        }
        return try pointByPoint(expression)
    }

    /// One evaluation with the variables bound to tensors of the grid's shape; nil when the
    /// result does not have one number per point.
    private func wholeGrid(_ expression: Expression) throws -> [Double]? {
        var locals: [String: Value] = [:]
        for variable in variables {
            locals[variable.name] = .constant(try Tensor(shape: shape, scalars: variable.values))
        }
        let value = try withoutGradients { try Evaluator(session: session, locals: locals).evaluate(expression) }
        guard case let .tensor(result) = value else { return nil }
        if result.value.shape == shape { return result.value.scalars }
        if result.value.rank == 0 { return Array(repeating: result.value.scalars[0], count: count) }
        return nil
    }

    private func pointByPoint(_ expression: Expression) throws -> Result {
        var result = Result(values: Array(repeating: .nan, count: count))
        var firstError: Error?
        for index in 0..<count {
            if index % 64 == 0, session.interruptRequested() { throw NotebookError.interrupted }
            var locals: [String: Value] = [:]
            for variable in variables { locals[variable.name] = .constant(Tensor(variable.values[index])) }
            do {
                let value = try withoutGradients {
                    try Evaluator(session: session, locals: locals).evaluate(expression)
                }
                result.values[index] = try number(value, expression)
            } catch let error as NotebookError where error.kind == .interrupted {
                throw error
            } catch {
                if firstError == nil { firstError = error }
                result.failures += 1
            }
        }
        if let firstError {
            let wrapped = NotebookError.wrap(firstError, at: expression.location)
            if result.failures == count { throw wrapped }
            result.firstFailure = wrapped.message
        }
        return result
    }

    private func number(_ value: Value, _ expression: Expression) throws -> Double {
        switch value {
        case let .tensor(variable) where variable.value.count == 1: return variable.value.scalars[0]
        case let .tensor(variable):
            throw NotebookError.evaluation(
                "\(expression) must give one number at each point, but gives a tensor of shape \(Shape.describe(variable.value.shape))",
                at: expression.location)
        case let .bool(b): return b ? 1 : 0
        default:
            throw NotebookError.evaluation(
                "\(expression) must give a number at each point, but gives a \(value.kindName)", at: expression.location
            )
        }
    }
}

/// Whether an expression acts on each element on its own, so that evaluating it on a whole
/// grid at once gives the same numbers as evaluating it point by point.
struct ElementwiseCheck {
    let session: Session

    /// Builtins that map each element to one element, whatever their other (number) arguments:
    /// every registered function (Functions/Activations.swift, MathFunctions.swift) and these.
    static let elementwiseBuiltins: Set<String> = Set(
        ["exp", "log", "sqrt", "abs", "sin", "cos", "pow", "clamp", "detach"]
            + ElementwiseFunction.all.map(\.name))

    /// How deep user functions may call each other before the check gives up (and the plot is
    /// evaluated point by point).
    static let maximumDepth = 16

    /// `variables` are the names bound to the grid (or, inside a user function, its parameters,
    /// whose arguments were checked).
    func isElementwise(_ expression: Expression, variables: Set<String>, depth: Int = 0) -> Bool {
        // Past the session's nesting budget the answer is "no": point by point, the evaluator
        // then reports the depth.
        session.descending { isElementwiseUnbounded(expression, variables: variables, depth: depth) } ?? false
    }

    private func isElementwiseUnbounded(_ expression: Expression, variables: Set<String>, depth: Int) -> Bool {
        switch expression.kind {
        case .number, .bool: return true
        case let .name(name): return variables.contains(name) || isScalarConstant(name)
        case let .unary(_, operand): return isElementwise(operand, variables: variables, depth: depth)
        case let .binary(op, lhs, rhs):
            return op != .matmul && isElementwise(lhs, variables: variables, depth: depth)
                && isElementwise(rhs, variables: variables, depth: depth)
        case let .call(name, arguments):
            guard !variables.contains(name),
                arguments.allSatisfy({ isElementwise($0.value, variables: variables, depth: depth) })
            else { return false }
            if let bound = session.bindings[name] {
                guard case let .function(definition) = bound, depth < ElementwiseCheck.maximumDepth else {
                    return false
                }
                return isElementwise(definition.body, variables: Set(definition.parameters), depth: depth + 1)
            }
            return ElementwiseCheck.elementwiseBuiltins.contains(name)
        case .string, .list, .range, .index, .attribute: return false
        }
    }

    /// A name that means one number wherever it is used: a bound number or a constant.
    private func isScalarConstant(_ name: String) -> Bool {
        if let bound = session.bindings[name] {
            if case let .tensor(variable) = bound { return variable.value.rank == 0 }
            return false
        }
        return BuiltinTable.constants.contains { $0.name == name }
    }
}
