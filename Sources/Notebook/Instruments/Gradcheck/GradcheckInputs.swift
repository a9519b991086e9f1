import Autograd
import Tensors

/// One value `gradcheck` checks: a leaf or inner node of the graph, and which of its elements
/// (flat, row-major indices; all of them unless a subscript or `sample` picked some).
struct GradcheckInput {
    /// How its elements are named in the table: `W` for `W[0:2, :]`, so rows read `W[1, 3]`.
    let name: String
    /// How it is written in the title: `W[0:2, :]`.
    let written: String
    let variable: Variable
    var elements: [Int]
}

extension GradcheckInput {
    /// What `wrt a, W[0:2, :]` names. A subscript of a value in the graph checks those elements
    /// of it in place: the subscript itself is a new value that the graph never saw.
    static func resolve(
        _ wrt: Clause, output: Expression, inGraph: Set<ObjectIdentifier>,
        evaluator: Evaluator, at location: SourceLocation
    ) throws -> [GradcheckInput] {
        guard !wrt.arguments.isEmpty else {
            throw NotebookError.evaluation("wrt needs the values to check: wrt a, b", at: location)
        }
        var inputs: [GradcheckInput] = []
        for argument in wrt.arguments {
            guard argument.label == nil else {
                throw NotebookError.evaluation("wrt takes values, not name = value", at: argument.value.location)
            }
            let input = try resolve(argument.value, output: output, inGraph: inGraph, evaluator: evaluator)
            if let earlier = inputs.first(where: { $0.variable === input.variable }) {
                guard earlier.written != input.written else {
                    throw NotebookError.evaluation("\(argument.value) is listed twice", at: argument.value.location)
                }
                throw NotebookError.evaluation(
                    "\(argument.value) and \(earlier.written) are parts of the same value; check them together, as one subscript or the whole value",
                    at: argument.value.location)
            }
            inputs.append(input)
        }
        return inputs
    }

    private static func resolve(
        _ expression: Expression, output: Expression, inGraph: Set<ObjectIdentifier>,
        evaluator: Evaluator
    ) throws -> GradcheckInput {
        if case let .index(base, items) = expression.kind,
            case let .tensor(whole) = try evaluator.evaluate(base), inGraph.contains(ObjectIdentifier(whole))
        {
            let picked: [Int]
            do {
                picked = try Tensor.offsets(of: evaluator.tensorIndices(items), in: whole.value.shape)
            } catch {
                throw NotebookError.wrap(error, at: expression.location)
            }
            guard !picked.isEmpty else {
                throw NotebookError.evaluation(
                    "\(expression) selects no elements, so there is nothing to check", at: expression.location)
            }
            return GradcheckInput(name: "\(base)", written: "\(expression)", variable: whole, elements: picked)
        }
        let variable = try evaluator.tensor(
            evaluator.evaluate(expression), for: "gradcheck's wrt", at: expression.location)
        guard inGraph.contains(ObjectIdentifier(variable)) else {
            throw NotebookError.evaluation(
                "\(output) does not depend on \(expression): it is not in the graph \(output) was computed by\(variable.requiresGrad ? "" : " (\(expression) is a constant)")",
                at: expression.location)
        }
        return GradcheckInput(
            name: "\(expression)", written: "\(expression)", variable: variable,
            elements: Array(0..<variable.value.count))
    }

    /// `sample n`: at most n elements of each input, drawn without replacement from the
    /// session's seeded generator (so a transcript shows the same rows on every run) and
    /// checked in element order.
    static func sample(
        _ clause: Clause, of inputs: [GradcheckInput], session: Session,
        evaluator: Evaluator, at location: SourceLocation
    ) throws -> [GradcheckInput] {
        guard clause.arguments.count == 1, clause.arguments[0].label == nil else {
            throw NotebookError.evaluation(
                "sample takes one whole number, how many elements of each value to check: sample 100", at: location)
        }
        let argument = clause.arguments[0].value
        let count = try Arguments.integer(
            evaluator.evaluate(argument), describing: "gradcheck's sample", at: argument.location)
        guard count > 0 else {
            throw NotebookError.evaluation("gradcheck's sample must be at least 1, got \(count)", at: argument.location)
        }
        return inputs.map { input in
            guard input.elements.count > count else { return input }
            var sampled = input
            sampled.elements = session.random.permutation(input.elements.count).prefix(count).sorted().map {
                input.elements[$0]
            }
            return sampled
        }
    }
}
