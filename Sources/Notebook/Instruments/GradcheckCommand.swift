import Tensors
import Autograd

extension BuiltinTable {
    /// `gradcheck y [wrt a, b] [eps 1e-6]`: autograd against central differences.
    static let gradcheckCommand = Command(
        "gradcheck", topic: .instruments, clauses: ["wrt", "eps"], signature: "gradcheck y [wrt a, b, …] [eps 1e-6]",
        summary: "Checks autograd's gradient of the number y against central differences, element by element: recomputes y from its recorded graph with each element of a, b, … moved by ±eps (default 1e-6), and prints a table (element, analytic, numeric, relative error, status), the maximum, and a verdict with CS231n's thresholds: at most 1e-7 good; up to 1e-4 acceptable only where a kink (relu at 0, abs, clamp) was crossed, which it warns about; above that, wrong. Where both sides are below the rounding noise of the differences, 100·ε·max(1, |y|)/eps, an element reads ≈ 0 (the ratio of two noises says nothing). Without wrt it checks every named leaf y depends on; wrt may also name an inner node (∂y/∂h). Big tensors show their worst rows and the counts per status. Nothing is changed: no .grad is touched.",
        formula: "numeric = (f(x + eps) − f(x − eps)) / 2·eps;  relative error = |analytic − numeric| / max(|analytic|, |numeric|, 1e-12)",
        example: "x = [0.5, -1, 2]; gradcheck sum(tanh(x) * x) wrt x"
    ) { invocation, session in
        let evaluator = Evaluator(session: session)
        let (output, root) = try invocation.differentiableOutput(of: "gradcheck", usage: "gradcheck y wrt a, b", evaluator: evaluator)
        guard root.value.count == 1 else {
            throw NotebookError.evaluation("gradcheck needs a single number to differentiate; \(output) has shape \(Shape.describe(root.value.shape)) (try gradcheck sum(\(output)))", at: output.location)
        }
        let graph = topologicalOrder(from: root)
        let inGraph = Set(graph.map(ObjectIdentifier.init))  // membership only: never iterated
        var inputs: [(name: String, variable: Variable)] = []
        if let wrt = invocation.clause("wrt") {
            guard !wrt.arguments.isEmpty else { throw NotebookError.evaluation("wrt needs the values to check: wrt a, b", at: invocation.location) }
            for argument in wrt.arguments {
                guard argument.label == nil else {
                    throw NotebookError.evaluation("wrt takes values, not name = value", at: argument.value.location)
                }
                let variable = try evaluator.tensor(evaluator.evaluate(argument.value), for: "gradcheck's wrt", at: argument.value.location)
                guard inGraph.contains(ObjectIdentifier(variable)) else {
                    throw NotebookError.evaluation("\(output) does not depend on \(argument.value): it is not in the graph \(output) was computed by\(variable.requiresGrad ? "" : " (\(argument.value) is a constant)")", at: argument.value.location)
                }
                guard !inputs.contains(where: { $0.variable === variable }) else {
                    throw NotebookError.evaluation("\(argument.value) is listed twice", at: argument.value.location)
                }
                inputs.append(("\(argument.value)", variable))
            }
        } else {
            let names = GraphNames(order: graph, session: session)
            let bound = Set(session.namedTensors.map { ObjectIdentifier($0.variable) })
            inputs = graph.filter { $0.isLeaf && bound.contains(ObjectIdentifier($0)) }.map { (names.name($0), $0) }
            guard !inputs.isEmpty else {
                throw NotebookError.evaluation("\(output) depends on no named value; say which to check: gradcheck y wrt a, b", at: output.location)
            }
        }
        let eps = try invocation.clause("eps").map { clause -> Double in
            guard clause.arguments.count == 1, clause.arguments[0].label == nil else {
                throw NotebookError.evaluation("eps takes one number: eps 1e-6", at: invocation.location)
            }
            let step = try Arguments.number(evaluator.evaluate(clause.arguments[0].value), describing: "gradcheck's eps", at: clause.arguments[0].value.location)
            guard step > 0, step.isFinite else {
                throw NotebookError.evaluation("gradcheck's eps must be a positive finite number, got \(session.settings.numberFormat.string(step))", at: clause.arguments[0].value.location)
            }
            return step
        } ?? 1e-6
        try checkCost(of: graph, elements: inputs.map(\.variable.value.count), output: output)

        let check = try GradientCheck(of: root, wrt: inputs.map(\.variable), eps: eps, interrupted: session.interruptRequested)
        let report = GradcheckReport(check: check, inputNames: inputs.map(\.name), inputShapes: inputs.map(\.variable.value.shape),
                                     outputMagnitude: Swift.abs(root.value.scalars[0]), text: InstrumentText(settings: session.settings))
        let title = "gradcheck \(output) wrt " + inputs.map(\.name).joined(separator: ", ")
        return report.lines(title: title)
    }

    /// How many values the check may compute at most: it replays the whole graph twice per
    /// checked element (Ctrl-C stops it between steps, but a check should take seconds).
    static let gradcheckBudget = 5e7

    /// Refuses a check that would take minutes rather than seconds, saying why.
    private static func checkCost(of graph: [Variable], elements: [Int], output: Expression) throws {
        let count = elements.reduce(0, +)
        let perReplay = graph.reduce(0.0) { $0 + Double($1.value.count) }
        let work = 2 * Double(count) * perReplay
        guard work <= gradcheckBudget else {
            let format = NumberFormat(significantDigits: 2)
            throw NotebookError.evaluation("gradcheck would replay the graph of \(output) \(2 * count) times (about \(format.string(work)) values computed, the limit is \(format.string(gradcheckBudget))); check fewer values, a smaller batch or a smaller network", at: output.location)
        }
    }
}
