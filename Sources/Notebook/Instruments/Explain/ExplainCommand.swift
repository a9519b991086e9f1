import Autograd
import Tensors

extension BuiltinTable {
    /// `explain y [for w]`: backprop by hand, from the autograd graph.
    static let explainCommand = Command(
        "explain", topic: .instruments, clauses: ["for"], signature: "explain y [for w]",
        summary:
            "Backprop by hand: draws the graph y was computed by, then walks it from y back to the leaves, showing for each step its operation, forward value, the gradient ∂y/∂node that reached it (summed over its uses), and for each input the local derivative (formula and value) and the product passed on. With for w, lists every path from y down to w with the product of the local derivatives along it, adds them up and checks the sum against backprop. Nodes are called by their names in the session, the others n1, n2, … in the order they were computed. Nothing is changed: no .grad is touched.",
        formula:
            "∂y/∂v = Σ over v's uses u of ∂y/∂u · ∂u/∂v;  ∂y/∂w = Σ over paths y → … → w of Π ∂(node)/∂(next node)",
        example: "x = 2; w = -3; b = 1; z = w * x + b; a = tanh(z) * z; explain a for w",
        run: explain)

    /// `explain …` itself.
    static func explain(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        let evaluator = Evaluator(session: session)
        let (target, root) = try invocation.differentiableOutput(
            of: "explain", usage: "explain y, or explain y for w", evaluator: evaluator)
        guard !root.isLeaf else {
            throw NotebookError.evaluation(
                "\(target) is a leaf (a value given, not computed): there is no step to explain; try explain on something computed from it, such as explain \(target)^2",
                at: target.location)
        }
        guard root.value.count == 1 else {
            throw NotebookError.evaluation(
                "explain starts from a single number, as backward does; \(target) has shape \(Shape.describe(root.value.shape)) (try explain sum(\(target)))",
                at: target.location)
        }
        let pass = try BackwardPass(from: root, interrupted: session.interruptRequested)
        let names = GraphNames(order: pass.order, session: session)
        let text = InstrumentText(settings: session.settings)
        let operations = pass.order.filter { !$0.isLeaf }.count
        let leaves = pass.order.count - operations
        var outputs = [
            Output(
                text.finish(
                    "the graph of \(names.name(root)): \(operations) operation\(operations == 1 ? "" : "s"), \(leaves) lea\(leaves == 1 ? "f" : "ves") that gradients reach"
                ), .heading)
        ]
        outputs += GraphPicture(root: root, names: names, text: text).lines().map { Output($0) }

        guard let clause = invocation.clause("for") else {
            outputs.append(
                Output(text.finish("backprop by hand, from \(names.name(root)) back to the leaves:"), .heading))
            return outputs
                + (try ExplainWalk(root: root, pass: pass, names: names, text: text).lines().map { Output($0) })
        }
        guard clause.arguments.count == 1, clause.arguments[0].label == nil else {
            throw NotebookError.evaluation(
                "for takes one value to follow the paths to: explain y for w", at: invocation.location)
        }
        let leafExpression = clause.arguments[0].value
        let leaf = try evaluator.tensor(
            evaluator.evaluate(leafExpression), for: "explain's for", at: leafExpression.location)
        let paths = GraphPaths(from: root, to: leaf)
        guard paths.count > 0 else {
            throw NotebookError.evaluation(
                "\(target) does not depend on \(leafExpression): no path leads from one to the other\(leaf.requiresGrad ? "" : " (\(leafExpression) is a constant)")",
                at: leafExpression.location)
        }
        outputs.append(Output(text.finish("the chain rule as a sum over paths:"), .heading))
        return outputs
            + (try ExplainPaths(paths: paths, pass: pass, names: names, text: text).lines().map { Output($0) })
    }
}
