import Tensors

/// One chain of operations from an output down to a node it was computed from: a single term of
/// the chain rule written out in full.
public struct GraphPath {
    /// Each step down the path, from the output: the node left and which of its inputs the path
    /// continues through. A node that uses an input twice (`x · x`) gives two paths, one per use.
    public let steps: [(node: Variable, input: Int)]
}

/// The paths from an output down to one node of its graph: ∂out/∂w is the sum, over these paths,
/// of the product of the local derivatives along each (seed 001's ∂a/∂w₁₁). Their number grows
/// exponentially with depth in a layered network, which is why backprop never lists them: it
/// walks the graph once, adding the paths up node by node.
public struct GraphPaths {
    public let root: Variable
    public let target: Variable
    /// How many paths lead from `root` down to `target`, saturating at `Int.max`.
    public let count: Int
    /// For each node of the graph, how many paths lead from it down to `target` (looked up, never
    /// iterated, so that no hash order decides anything).
    private let pathsToTarget: [ObjectIdentifier: Int]

    /// Counts the paths; `target` need not be in `root`'s graph (then there are none).
    public init(from root: Variable, to target: Variable) {
        self.root = root
        self.target = target
        var counts: [ObjectIdentifier: Int] = [:]
        // Inputs come before the nodes that use them, so each count is final when it is read.
        for node in topologicalOrder(from: root) {
            if node === target {
                counts[ObjectIdentifier(node)] = 1
                continue
            }
            var paths = 0
            for input in node.inputs {
                let (sum, overflow) = paths.addingReportingOverflow(counts[ObjectIdentifier(input)] ?? 0)
                paths = overflow ? Int.max : sum
            }
            counts[ObjectIdentifier(node)] = paths
        }
        self.pathsToTarget = counts
        self.count = counts[ObjectIdentifier(root)] ?? 0
    }

    /// The first `limit` paths, depth first with inputs in order (the same order on every run).
    public func paths(limit: Int) -> [GraphPath] {
        guard count > 0, limit > 0 else { return [] }
        if root === target { return [GraphPath(steps: [])] }
        var found: [GraphPath] = []
        // An explicit stack, so that a long chain cannot overflow the call stack; `steps` always
        // holds one step fewer than `stack` (the root has no step leading to it).
        var stack: [(node: Variable, nextInput: Int)] = [(root, 0)]
        var steps: [(node: Variable, input: Int)] = []
        while let (node, next) = stack.last, found.count < limit {
            guard next < node.inputs.count else {
                stack.removeLast()
                if !steps.isEmpty { steps.removeLast() }
                continue
            }
            stack[stack.count - 1].nextInput += 1
            let input = node.inputs[next]
            guard (pathsToTarget[ObjectIdentifier(input)] ?? 0) > 0 else { continue }
            steps.append((node, next))
            if input === target {
                found.append(GraphPath(steps: steps))
                steps.removeLast()
            } else {
                stack.append((input, 0))
            }
        }
        return found
    }
}
