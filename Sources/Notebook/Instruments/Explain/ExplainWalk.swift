import Autograd
import Tensors

/// Backprop by hand: the steps of a graph from the output back to the leaves (reverse
/// topological order), each with its forward value, the gradient that reached it from above, and
/// for each input the local derivative and the product passed on.
///
///     [1] a = tanh(n2)   tanh, value -0.995055
///         ∂a/∂a = 1: backprop starts here
///         → n2: ∂a/∂n2 = 1 − tanh²(n2) = 0.00986604, passes 1 × 0.00986604 = 0.00986604
///
/// Every number comes from one ``BackwardPass``: the products shown are the ones autograd used.
struct ExplainWalk {
    let root: Variable
    let pass: BackwardPass
    let names: GraphNames
    let text: InstrumentText
    /// How many steps to show at most; a bigger graph is cut, saying how much was left out.
    var maximumSteps = 30
    /// How many leaf gradients to list at most.
    var maximumLeaves = 20

    func lines() throws -> [String] {
        let uses = consumers()
        let steps = pass.order.reversed().filter { !$0.isLeaf }
        let top = names.name(root)
        var lines: [String] = []
        for (number, node) in steps.prefix(maximumSteps).enumerated() {
            lines.append(
                "[\(number + 1)] \(names.definition(node))   \(node.operation?.name ?? ""), value \(text.summary(node.value))"
            )
            lines.append("    " + upstreamLine(node, uses: uses[ObjectIdentifier(node)] ?? []))
            let contributions = pass.contributions(of: node)
            for (i, input) in node.inputs.enumerated() where input.requiresGrad {
                guard i < contributions.count, let passed = contributions[i] else { continue }
                let edge = try edgeLines(node, input: i, passed: passed)
                lines.append("    → " + edge[0])
                lines += edge.dropFirst().map { "      " + $0 }
            }
        }
        if steps.count > maximumSteps {
            lines.append(
                "… \(steps.count - maximumSteps) more steps not shown (the graph has \(steps.count)); explain \(top) for w follows the paths to one leaf w"
            )
        }
        let leaves = pass.order.filter(\.isLeaf)
        if !leaves.isEmpty {
            lines.append("gradients on the leaves (what backward \(top) adds to their .grad):")
            for leaf in leaves.prefix(maximumLeaves) {
                lines.append(
                    "    ∂\(top)/∂\(names.name(leaf)) = " + (pass.gradient(of: leaf).map { text.summary($0) } ?? "0"))
            }
            if leaves.count > maximumLeaves { lines.append("    … and \(leaves.count - maximumLeaves) more leaves") }
        }
        return lines.map { text.finish($0) }
    }

    /// For each node, the nodes that use it and at which input, in the order backprop visits
    /// them (the output first).
    private func consumers() -> [ObjectIdentifier: [(node: Variable, input: Int)]] {
        var uses: [ObjectIdentifier: [(node: Variable, input: Int)]] = [:]
        for node in pass.order.reversed() {
            for (i, input) in node.inputs.enumerated() where input.requiresGrad {
                uses[ObjectIdentifier(input), default: []].append((node, i))
            }
        }
        return uses
    }

    /// ∂root/∂node: the seed 1 at the output, otherwise the sum of what each use passed back.
    private func upstreamLine(_ node: Variable, uses: [(node: Variable, input: Int)]) -> String {
        let top = names.name(root)
        let head = "∂\(top)/∂\(names.name(node)) = "
        guard node !== root, let total = pass.gradient(of: node) else { return head + "1: backprop starts here" }
        let passed = uses.compactMap { use -> (from: String, value: Tensor)? in
            let contributions = pass.contributions(of: use.node)
            guard use.input < contributions.count, let value = contributions[use.input] else { return nil }
            return (names.name(use.node), value)
        }
        if passed.count == 1 { return head + text.summary(total) + ", from " + passed[0].from }
        if total.count == 1 && total.rank == 0 {
            let terms = passed.enumerated().map { i, term in
                let value =
                    term.value.scalars.first.map { i == 0 ? text.number($0) : text.operand($0) }
                    ?? text.summary(term.value)
                return "\(value) (from \(term.from))"
            }.joined(separator: " + ")
            return head + terms + " = " + text.summary(total) + ": the sum over its \(passed.count) uses"
        }
        return head + text.summary(total) + ": the sum of what " + passed.map(\.from).joined(separator: ", ")
            + " passed back"
    }

    /// What `node` passes to input `i`: the local derivative (formula and value) times the
    /// upstream gradient, or for a rule that is not elementwise (a matrix product, a sum) the rule.
    /// Tensors take a second line, so that the previews fit.
    private func edgeLines(_ node: Variable, input i: Int, passed: Tensor) throws -> [String] {
        let inputName = names.name(node.inputs[i])
        let formula = names.localDerivative(node, input: i)
        let partial = "∂\(names.name(node))/∂\(inputName)"
        let upstream = pass.gradient(of: node)
        guard let operation = node.operation else { return [inputName] }
        let elementwise = try operation.localDerivativeValues(inputs: node.inputs.map(\.value), output: node.value)
        if let local = try node.localDerivative(toInput: i), let g = upstream?.scalars.first {
            let shown =
                formula.replacingAll("−", with: "-") == text.number(local)
                ? text.number(local) : "\(formula) = \(text.number(local))"
            let rule = elementwise == nil ? " (rule \(formula))" : ""
            let derivative = elementwise == nil ? text.number(local) + rule : shown
            return [
                "\(inputName): \(partial) = \(derivative), passes \(text.number(g)) × \(text.operand(local)) = \(text.summary(passed))"
            ]
        }
        guard let local = elementwise?[i] else {
            // Not elementwise: the operation's text is either a derivative shared by every element
            // (a sum's 1, a mean's 1/n) or a rule on the upstream gradient g (a matrix product).
            let words = formula.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            if words.contains("g") {
                return [
                    "\(inputName): passes \(formula), where g = ∂\(names.name(root))/∂\(names.name(node)):",
                    "= " + text.summary(passed, width: 40),
                ]
            }
            return ["\(inputName): \(partial) = \(formula) for each element, passes", text.summary(passed, width: 40)]
        }
        let summed =
            passed.shape != node.value.shape ? ", summed to \(inputName)'s shape \(Shape.describe(passed.shape))" : ""
        let localText = text.summary(local, width: 30)
        let shown = formula.replacingAll("−", with: "-") == localText ? localText : "\(formula) = \(localText)"
        return [
            "\(inputName): \(partial) = \(shown)",
            "passes upstream ⊙ local\(summed) = \(text.summary(passed, width: 30))",
        ]
    }
}
