import Tensors

/// The graph behind an output: every variable it depends on that requires gradients, inputs
/// before the nodes that use them, the output last.
public func topologicalOrder(from root: Variable) -> [Variable] {
    // Iterative depth-first search (a deep chain must not overflow the stack); inputs are
    // visited in order, so the order is the same on every run.
    var order: [Variable] = []
    var visited = Set<ObjectIdentifier>()
    var stack: [(node: Variable, nextInput: Int)] = [(root, 0)]
    visited.insert(ObjectIdentifier(root))
    while let (node, next) = stack.last {
        if next < node.inputs.count {
            stack[stack.count - 1].nextInput += 1
            let input = node.inputs[next]
            if input.requiresGrad, visited.insert(ObjectIdentifier(input)).inserted {
                stack.append((input, 0))
            }
        } else {
            order.append(node)
            stack.removeLast()
        }
    }
    return order
}

/// The result of one backward pass: the gradient of the output with respect to every node of
/// its graph, and what each node passed on to each of its inputs.
public struct BackwardPass {
    /// The graph in topological order (the output last).
    public let order: [Variable]
    private let gradients: [ObjectIdentifier: Tensor]
    private let contributions: [ObjectIdentifier: [Tensor?]]

    /// ∂output/∂node, or nil if the node is not in the graph.
    public func gradient(of node: Variable) -> Tensor? { gradients[ObjectIdentifier(node)] }

    /// What `node` passed to each of its inputs: the local derivative applied to its gradient
    /// (nil for inputs that do not require gradients).
    public func contributions(of node: Variable) -> [Tensor?] { contributions[ObjectIdentifier(node)] ?? [] }

    /// Runs the chain rule from `root` backwards, without touching any `.grad`. `interrupted`
    /// is asked before each node; when it says yes the pass stops with
    /// ``AutogradError/interrupted``.
    public init(from root: Variable, upstream: Tensor? = nil, interrupted: () -> Bool = { false }) throws {
        let seed: Tensor
        if let upstream {
            guard upstream.shape == root.value.shape else {
                throw AutogradError.upstreamShapeMismatch(output: root.value.shape, upstream: upstream.shape)
            }
            seed = upstream
        } else {
            guard root.value.count == 1 else {
                throw AutogradError.implicitGradientForNonScalar(shape: root.value.shape)
            }
            seed = try Tensor(shape: root.value.shape, repeating: 1)
        }
        order = root.requiresGrad ? topologicalOrder(from: root) : []
        var gradients: [ObjectIdentifier: Tensor] = [ObjectIdentifier(root): seed]
        var contributions: [ObjectIdentifier: [Tensor?]] = [:]
        for node in order.reversed() {
            if interrupted() { throw AutogradError.interrupted }
            guard let operation = node.operation, let g = gradients[ObjectIdentifier(node)] else { continue }
            try node.checkInputsUnchanged()
            let inputGradients = try operation.inputGradients(
                inputs: node.inputs.map(\.value), output: node.value,
                upstream: g, needed: node.inputs.map(\.requiresGrad))
            var passed: [Tensor?] = []
            for (input, gradient) in Swift.zip(node.inputs, inputGradients) {
                guard input.requiresGrad, let gradient else {
                    passed.append(nil)
                    continue
                }
                passed.append(gradient)
                let id = ObjectIdentifier(input)
                gradients[id] = try gradients[id].map { try $0 + gradient } ?? gradient
            }
            contributions[ObjectIdentifier(node)] = passed
        }
        self.gradients = gradients
        self.contributions = contributions
    }
}

extension Variable {
    /// Back-propagates from this output and adds the gradient to `.grad` of every node of the
    /// graph (so repeated calls accumulate, as in PyTorch; ``zeroGrad()`` resets).
    /// Without `upstream` the output must hold a single number (its gradient is 1). An
    /// interrupted pass (see ``BackwardPass/init(from:upstream:interrupted:)``) changes no `.grad`.
    @discardableResult
    public func backward(upstream: Tensor? = nil, interrupted: () -> Bool = { false }) throws -> BackwardPass {
        let pass = try BackwardPass(from: self, upstream: upstream, interrupted: interrupted)
        for node in pass.order {
            guard let g = pass.gradient(of: node) else { continue }
            node.grad = try node.grad.map { try $0 + g } ?? g
        }
        return pass
    }
}

/// ∂output/∂input for each of `inputs`, without touching any `.grad` (as `torch.autograd.grad`).
/// An input the output does not depend on gets zeros.
public func gradients(
    of output: Variable, wrt inputs: [Variable], upstream: Tensor? = nil,
    interrupted: () -> Bool = { false }
) throws -> [Tensor] {
    let pass = try BackwardPass(from: output, upstream: upstream, interrupted: interrupted)
    return try inputs.map { try pass.gradient(of: $0) ?? Tensor.zeros($0.value.shape) }
}
