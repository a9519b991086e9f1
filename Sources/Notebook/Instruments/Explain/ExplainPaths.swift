import Autograd
import Tensors

/// `explain y for w`: the chain rule written out as a sum over every path from y down to w, each
/// term the product of the local derivatives along its path (seed 001:
/// ∂a/∂w₁₁ = ∂a/∂h₁·∂h₁/∂z₁·∂z₁/∂w₁₁ + ∂a/∂h₂·∂h₂/∂z₁·∂z₁/∂w₁₁), checked against what
/// backprop computed in one walk over the graph.
struct ExplainPaths {
    let paths: GraphPaths
    let pass: BackwardPass
    let names: GraphNames
    let text: InstrumentText
    /// How many paths to list at most.
    var maximumListed = 16
    /// Up to how many paths are added up one by one (beyond, only backprop's sum is shown:
    /// that is the point).
    var maximumSummed = 1000
    /// Paths longer than this show their product without the ∂ factors.
    var maximumWrittenFactors = 6
    /// Paths through more nodes than this show only both ends.
    var maximumChainNodes = 9

    func lines() throws -> [String] {
        let (top, target) = (names.name(paths.root), names.name(paths.target))
        let count = paths.count
        let countText = count == Int.max ? "more than \(text.number(Double(Int.max)))" : "\(count)"
        var lines = [
            "paths from \(top) down to \(target): \(countText); ∂\(top)/∂\(target) = Σ over paths of the product of the local derivatives along the path"
        ]
        let backprop = pass.gradient(of: paths.target) ?? Tensor(0)
        let everyPath = count <= maximumSummed ? paths.paths(limit: count) : []
        let scalar =
            paths.target.value.count == 1 && paths.root.value.count == 1
            && everyPath.allSatisfy { $0.steps.allSatisfy { $0.node.value.count == 1 } } && !everyPath.isEmpty
        if scalar {
            var sum = 0.0
            for (number, path) in everyPath.enumerated() {
                let term = try product(path)
                sum += term.value
                if number < maximumListed { lines.append("  " + chain(path) + ": " + term.text) }
            }
            if count > maximumListed { lines.append("  … and \(count - maximumListed) more paths, added in below") }
            let autograd = backprop.scalars.first ?? 0
            lines.append("sum over the \(count) path\(count == 1 ? "" : "s") = \(text.number(sum))")
            let scale = Swift.max(Swift.abs(sum), Swift.abs(autograd), GradientCheck.tiny)
            let agree = Swift.abs(sum - autograd) / scale <= 1e-9
            lines.append(
                "backprop (one walk over the graph) gives ∂\(top)/∂\(target) = \(text.number(autograd)) "
                    + (agree ? "✓ the same" : "✗ they differ by \(text.number(sum - autograd))"))
            return lines.map { text.finish($0) }
        }
        let listed = everyPath.isEmpty ? paths.paths(limit: maximumListed) : Array(everyPath.prefix(maximumListed))
        let tensors =
            paths.target.value.count != 1 || listed.contains { $0.steps.contains { $0.node.value.count != 1 } }
        if tensors {
            lines.append("the values are tensors, so each factor is a Jacobian; the paths with the shapes along them:")
        } else {
            lines.append("the first \(listed.count):")
        }
        for path in listed { lines.append("  " + chain(path, shapes: tensors)) }
        if count > listed.count {
            lines.append("  … and \(count == Int.max ? countText : "\(count - listed.count)") more paths")
        }
        if count > maximumSummed {
            lines.append(
                "too many paths to add one by one: their number multiplies with every layer that fans out, which is why backprop adds them up node by node in one walk instead"
            )
        }
        lines.append("backprop (one walk over the graph) gives ∂\(top)/∂\(target) = \(text.summary(backprop))")
        return lines.map { text.finish($0) }
    }

    /// `a → h1 → z1 → w11`, with `(as b)` after a node that its user takes twice (`x · x`), and
    /// with each node's shape for tensors.
    private func chain(_ path: GraphPath, shapes: Bool = false) -> String {
        func shown(_ node: Variable) -> String {
            names.name(node) + (shapes ? " " + Shape.describe(node.value.shape) : "")
        }
        var nodes = [shown(paths.root)]
        for step in path.steps {
            let input = step.node.inputs[step.input]
            let twice = step.node.inputs.filter { $0 === input }.count > 1
            nodes.append(shown(input) + (twice ? " (as \(inputName(step.input)))" : ""))
        }
        // A long path keeps its ends: where it starts, and how it reaches the target.
        if nodes.count > maximumChainNodes {
            let left = maximumChainNodes / 2
            let right = maximumChainNodes - left - 1
            nodes = Array(nodes.prefix(left)) + ["… \(nodes.count - left - right) more …"] + Array(nodes.suffix(right))
        }
        return nodes.joined(separator: " → ")
    }

    /// The product of the local derivatives along a scalar path, written out:
    /// `∂a/∂h1 · ∂h1/∂z1 · ∂z1/∂w11 = 0.7 · 0.62 · 0.5 = 0.217`.
    private func product(_ path: GraphPath) throws -> (value: Double, text: String) {
        var factors: [Double] = []
        var symbols: [String] = []
        for step in path.steps {
            guard let local = try step.node.localDerivative(toInput: step.input) else {
                throw NotebookError.evaluation("internal: no local derivative along a scalar path")
            }
            factors.append(local)
            symbols.append("∂\(names.name(step.node))/∂\(names.name(step.node.inputs[step.input]))")
        }
        let value = factors.reduce(1, *)
        guard !factors.isEmpty else { return (1, "the output itself, ∂/∂ itself = 1") }
        let numbers = factors.map(text.operand).joined(separator: " · ")
        if factors.count > maximumWrittenFactors {
            return (value, "\(factors.count) factors, product \(text.number(value))")
        }
        return (value, symbols.joined(separator: " · ") + " = " + numbers + " = " + text.number(value))
    }
}
