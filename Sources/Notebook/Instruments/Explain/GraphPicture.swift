import Autograd
import Tensors

/// The graph behind an output drawn as a tree, from the output down to the leaves:
///
///     a = tanh(n2) = -0.995055
///     └─ n2 = n1 + b = -5
///        ├─ n1 = w · x = -6
///        │  ├─ w = -3
///        │  └─ x = 2
///        └─ b = 1
///
/// A node used twice is drawn once, and marked `↑` where it appears again, so a graph with
/// shared parts (and exponentially many paths) stays as small as the graph. Constants show as
/// their value. Big graphs are cut, and the picture says how much was left out.
struct GraphPicture {
    let root: Variable
    let names: GraphNames
    let text: InstrumentText
    /// How many lines to draw at most.
    var maximumLines = 40
    /// How many levels below the output to draw at most.
    var maximumDepth = 12

    func lines() -> [String] {
        let graph = topologicalOrder(from: root)
        var lines: [String] = []
        var drawn = Set<ObjectIdentifier>()  // membership only: never iterated
        var cutDeeper = false
        // Depth first with an explicit stack, first input first.
        var stack: [(node: Variable, prefix: String, connector: String, depth: Int)] = [(root, "", "", 0)]
        while let (node, prefix, connector, depth) = stack.popLast() {
            guard lines.count < maximumLines else { break }
            let seen = !drawn.insert(ObjectIdentifier(node)).inserted
            let children = node.inputs
            if seen && !children.isEmpty {
                lines.append(prefix + connector + names.name(node) + " ↑ (drawn above)")
                continue
            }
            lines.append(prefix + connector + label(node))
            guard !children.isEmpty else { continue }
            let childPrefix = prefix + (connector.isEmpty ? "" : connector == branch ? "│  " : "   ")
            guard depth < maximumDepth else {
                lines.append(
                    childPrefix + last
                        + "… (\(children.count) input\(children.count == 1 ? "" : "s") and what is below them not drawn)"
                )
                cutDeeper = true
                continue
            }
            for (i, child) in children.enumerated().reversed() {
                stack.append((child, childPrefix, i == children.count - 1 ? last : branch, depth + 1))
            }
        }
        let drawnNodes = graph.filter { drawn.contains(ObjectIdentifier($0)) }.count
        if drawnNodes < graph.count || cutDeeper {
            lines.append(
                "… (drew \(drawnNodes) of the graph's \(graph.count) nodes; the picture stops at \(maximumLines) lines and \(maximumDepth) levels)"
            )
        }
        return lines.map { text.finish($0, .cut) }
    }

    private let branch = "├─ "
    private let last = "└─ "

    /// `n2 = n1 + b = -5`, `w = -3`, `2 (constant)`, or with a tensor's shape and first elements.
    private func label(_ node: Variable) -> String {
        let value = node.value.rank == 0 ? "= " + text.summary(node.value) : " " + text.summary(node.value, width: 28)
        if !node.requiresGrad {
            return node.value.rank == 0 ? text.summary(node.value) + " (constant)" : "constant" + value
        }
        return names.definition(node) + " " + value
    }
}
