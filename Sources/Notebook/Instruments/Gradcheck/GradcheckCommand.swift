import Autograd
import Tensors

extension BuiltinTable {
    /// `gradcheck y [wrt a, W[0:2, :]] [eps 1e-6] [sample 100]`: autograd against central differences.
    static let gradcheckCommand = Command(
        "gradcheck", topic: .instruments, clauses: ["wrt", "eps", "sample"],
        signature: "gradcheck y [wrt a, W[0:2, :], …] [eps 1e-6] [sample 100]",
        summary:
            "Checks autograd's gradient of the number y against central differences, element by element: recomputes y from its recorded graph with each element of a, b, … moved by ±eps (default 1e-6), and prints a table (element, analytic, numeric, relative error, status), the maximum, and a verdict with CS231n's thresholds: at most 1e-7 good; up to 1e-4 acceptable only where moving that element crossed a kink (relu at 0, abs, clamp), which it warns about; above that, wrong. Where analytic and numeric differ by less than the rounding noise of the differences, 100·ε·max(1, |y|)/eps, an element reads good (noise), and ≈ 0 if both are below it (the ratio of two noises says nothing). Without wrt it checks every named leaf y depends on; wrt may also name an inner node (∂y/∂h) or a part of a value (W[0:2, :] checks those elements of W in place), and sample n checks n elements of each value drawn at random (from the session's seed), so a large weight can be checked. Big tensors show their worst rows and the counts per status. Nothing is changed: no .grad is touched.",
        formula:
            "numeric = (f(x + eps) − f(x − eps)) / 2·eps;  relative error = |analytic − numeric| / max(|analytic|, |numeric|, 1e-12)",
        example: "x = [0.5, -1, 2]; gradcheck sum(tanh(x) * x) wrt x",
        run: gradcheck)

    /// `gradcheck …` itself.
    static func gradcheck(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        let evaluator = Evaluator(session: session)
        let (output, root) = try invocation.differentiableOutput(
            of: "gradcheck", usage: "gradcheck y wrt a, b", evaluator: evaluator)
        guard root.value.count == 1 else {
            throw NotebookError.evaluation(
                "gradcheck needs a single number to differentiate; \(output) has shape \(Shape.describe(root.value.shape)) (try gradcheck sum(\(output)))",
                at: output.location)
        }
        let graph = topologicalOrder(from: root)
        let inGraph = Set(graph.map(ObjectIdentifier.init))  // membership only: never iterated
        var inputs: [GradcheckInput]
        if let wrt = invocation.clause("wrt") {
            inputs = try GradcheckInput.resolve(
                wrt, output: output, inGraph: inGraph, evaluator: evaluator, at: invocation.location)
        } else {
            let names = GraphNames(order: graph, session: session)
            let bound = Set(session.namedTensors.map { ObjectIdentifier($0.variable) })
            inputs = graph.filter { $0.isLeaf && bound.contains(ObjectIdentifier($0)) }.map { leaf in
                GradcheckInput(
                    name: names.name(leaf), written: names.name(leaf), variable: leaf,
                    elements: Array(0..<leaf.value.count))
            }
            guard !inputs.isEmpty else {
                throw NotebookError.evaluation(
                    "\(output) depends on no named value; say which to check: gradcheck y wrt a, b", at: output.location
                )
            }
        }
        if let sample = invocation.clause("sample") {
            inputs = try GradcheckInput.sample(
                sample, of: inputs, session: session, evaluator: evaluator, at: invocation.location)
        }
        let eps =
            try invocation.clause("eps").map { clause -> Double in
                guard clause.arguments.count == 1, clause.arguments[0].label == nil else {
                    throw NotebookError.evaluation("eps takes one number: eps 1e-6", at: invocation.location)
                }
                let step = try Arguments.number(
                    evaluator.evaluate(clause.arguments[0].value), describing: "gradcheck's eps",
                    at: clause.arguments[0].value.location)
                guard step > 0, step.isFinite else {
                    throw NotebookError.evaluation(
                        "gradcheck's eps must be a positive finite number, got \(session.settings.numberFormat.string(step))",
                        at: clause.arguments[0].value.location)
                }
                return step
            } ?? 1e-6
        try checkCost(of: graph, inputs: inputs, output: output)

        let check = try GradientCheck(
            of: root, wrt: inputs.map(\.variable), elements: inputs.map(\.elements), eps: eps,
            interrupted: session.interruptRequested)
        let report = GradcheckReport(
            check: check, inputNames: inputs.map(\.name), inputShapes: inputs.map(\.variable.value.shape),
            outputMagnitude: Swift.abs(root.value.scalars[0]), text: InstrumentText(settings: session.settings))
        var title = "gradcheck \(output) wrt " + inputs.map(\.written).joined(separator: ", ")
        if let sample = invocation.clause("sample") { title += " sample \(sample.arguments[0].value)" }
        return report.lines(title: title)
    }

    /// How many values the check may compute at most: it replays the whole graph twice per
    /// checked element (Ctrl-C stops it between steps, but a check should take seconds).
    static let gradcheckBudget = 5e7

    /// Refuses a check that would take minutes rather than seconds, saying why and how to
    /// check fewer elements.
    private static func checkCost(of graph: [Variable], inputs: [GradcheckInput], output: Expression) throws {
        let count = inputs.reduce(0) { $0 + $1.elements.count }
        let perReplay = graph.reduce(0.0) { $0 + Double($1.value.count) }
        let work = 2 * Double(count) * perReplay
        guard work > gradcheckBudget else { return }
        let format = NumberFormat(significantDigits: 2, keepsWholeNumbers: false)
        let fitting = Int(gradcheckBudget / (2 * perReplay))
        let remedy: String
        if fitting >= 1, let largest = inputs.max(by: { $0.elements.count < $1.elements.count }) {
            let per = Swift.max(1, fitting / inputs.count)
            let sample = per >= 100 ? 100 : per
            remedy =
                "check fewer elements: a random sample (gradcheck \(output) wrt \(inputs.map(\.written).joined(separator: ", ")) sample \(sample)) or a part of a value (wrt \(largest.name)\(part(of: largest.variable.value.shape, elements: per)))"
        } else {
            remedy = "even one element is too many: check a smaller batch or a smaller network"
        }
        throw NotebookError.evaluation(
            "gradcheck would replay the graph of \(output) \(2 * count) times (about \(format.string(work)) values computed, the limit is \(format.string(gradcheckBudget))); \(remedy)",
            at: output.location)
    }

    /// A subscript picking at most `elements` elements of a shape: leading rows (`[0:2, :]`)
    /// where a row fits, else the start of the first row (`[0, 0:50]`).
    private static func part(of shape: [Int], elements: Int) -> String {
        guard let last = shape.last else { return "" }
        let row = shape.dropFirst().reduce(1, *)
        let items =
            elements >= row
            ? ["0:\(Swift.min(2, elements / Swift.max(row, 1)))"] + Array(repeating: ":", count: shape.count - 1)
            : Array(repeating: "0", count: shape.count - 1) + ["0:\(Swift.min(elements, last))"]
        return "[" + items.joined(separator: ", ") + "]"
    }
}
