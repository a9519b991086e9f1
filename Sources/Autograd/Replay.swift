import Tensors

/// Recomputes a recorded graph with some leaves replaced, as if the program had run again with
/// other values: how a gradient check re-evaluates `loss` at `W ± eps` without the code that
/// built it. Random choices (a dropout mask) were recorded as constants, so they repeat exactly.
public struct Replay {
    /// The recomputed output.
    public let output: Variable
    /// The fresh leaves that stand for the replaced ones, in the order given.
    public let leaves: [Variable]
    /// Each recomputed node paired with the operation and input values it used, in order.
    public let steps: [(operation: Operation, inputs: [Tensor])]

    /// Recomputes `root` with `substitutions[i].value` in place of `substitutions[i].leaf`.
    /// The replacements require gradients, so the result can be differentiated with respect to them.
    /// `interrupted` is asked before each step; a yes stops with ``AutogradError/interrupted``.
    public init(
        _ root: Variable, substituting substitutions: [(leaf: Variable, value: Tensor)],
        interrupted: () -> Bool = { false }
    ) throws {
        var replaced: [ObjectIdentifier: Variable] = [:]
        var leaves: [Variable] = []
        for (leaf, value) in substitutions {
            let fresh = Variable(value, requiresGrad: true, label: leaf.label)
            replaced[ObjectIdentifier(leaf)] = fresh
            leaves.append(fresh)
        }
        var steps: [(operation: Operation, inputs: [Tensor])] = []
        // Nodes with an operation are exactly those that require gradients (an operation on
        // constants yields a constant leaf), so the gradient graph holds every step to redo.
        for node in topologicalOrder(from: root) {
            guard let operation = node.operation, replaced[ObjectIdentifier(node)] == nil else { continue }
            if interrupted() { throw AutogradError.interrupted }
            let inputs = node.inputs.map { replaced[ObjectIdentifier($0)] ?? $0 }
            let result = try Variable.apply(operation, to: inputs)
            steps.append((operation, inputs.map(\.value)))
            replaced[ObjectIdentifier(node)] = result
        }
        self.output = replaced[ObjectIdentifier(root)] ?? root
        self.leaves = leaves
        self.steps = steps
    }
}
