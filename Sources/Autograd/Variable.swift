import Tensors

/// A node of the computation graph: a tensor value, how it was computed, and (after
/// ``backward(upstream:)``) the gradient of the output with respect to it.
///
/// As in micrograd and PyTorch the graph is built as the program runs (define-by-run): every
/// operation on variables that require gradients records its ``operation`` and ``inputs``.
/// Leaves are the variables made directly from tensors.
public final class Variable {
    /// The forward value.
    public private(set) var value: Tensor
    /// The accumulated gradient of every output that was back-propagated through this node,
    /// or nil before any. Unlike PyTorch, inner nodes keep theirs too (as micrograd does), so
    /// that a learner can look at any step of the chain rule.
    public var grad: Tensor?
    /// Whether gradients flow to this variable. Results of operations require gradients when
    /// any input does (and gradient recording is on, see ``GradMode``).
    public let requiresGrad: Bool
    /// How this variable was computed; nil for a leaf.
    public let operation: Operation?
    /// The variables `operation` was applied to, in order.
    public private(set) var inputs: [Variable]
    /// A name to show in explanations (set by whoever binds the variable to a name).
    public var label: String?
    /// Bumped by ``assign(_:)``; a node remembers its inputs' versions so that back-propagating
    /// through a value changed after it was used is an error rather than a silently wrong gradient.
    public private(set) var version = 0
    private let inputVersions: [Int]

    /// A leaf holding `value`.
    public init(_ value: Tensor, requiresGrad: Bool = true, label: String? = nil) {
        self.value = value
        self.requiresGrad = requiresGrad
        self.operation = nil
        self.inputs = []
        self.inputVersions = []
        self.label = label
    }

    /// A leaf holding one number.
    public convenience init(_ scalar: Double, requiresGrad: Bool = true, label: String? = nil) {
        self.init(Tensor(scalar), requiresGrad: requiresGrad, label: label)
    }

    private init(value: Tensor, operation: Operation, inputs: [Variable]) {
        self.value = value
        self.requiresGrad = true
        self.operation = operation
        self.inputs = inputs
        self.inputVersions = inputs.map(\.version)
        self.label = nil
    }

    /// Applies `operation` to `inputs`, recording the step in the graph when gradients are
    /// wanted; otherwise the result is a constant leaf.
    public static func apply(_ operation: Operation, to inputs: [Variable]) throws -> Variable {
        let value = try operation.forward(inputs.map(\.value))
        guard GradMode.isEnabled, inputs.contains(where: \.requiresGrad) else {
            return Variable(value, requiresGrad: false)
        }
        return Variable(value: value, operation: operation, inputs: inputs)
    }

    /// Whether this variable was made directly rather than computed.
    public var isLeaf: Bool { operation == nil }

    /// The same value, cut off from the graph: gradients do not flow through it.
    public func detached() -> Variable { Variable(value, requiresGrad: false, label: label) }

    /// Replaces a leaf's value in place (an optimizer step, a manual update). Graphs that used
    /// the old value can no longer be back-propagated; ``backward(upstream:)`` says so.
    public func assign(_ newValue: Tensor) throws {
        guard isLeaf else { throw AutogradError.assignToNonLeaf(label: label) }
        value = newValue
        version += 1
    }

    /// Changes a leaf's elements in place (an optimizer step), as ``assign(_:)`` does with a
    /// new value of the same shape but without building one.
    public func update(_ body: (UnsafeMutableBufferPointer<Double>) throws -> Void) throws {
        guard isLeaf else { throw AutogradError.assignToNonLeaf(label: label) }
        version += 1
        try value.updateScalars(body)
    }

    /// Forgets the accumulated gradient (PyTorch's `zero_grad(set_to_none=True)`).
    public func zeroGrad() { grad = nil }

    /// What can change in a variable after it is made: its value (``assign(_:)``), its
    /// gradient and its label. Captured and put back by callers that must undo a computation
    /// (a lesson judging an answer).
    public struct State {
        fileprivate let value: Tensor, grad: Tensor?, label: String?, version: Int
    }

    public var state: State { State(value: value, grad: grad, label: label, version: version) }

    /// Puts back a state captured from this variable.
    public func restore(_ state: State) {
        value = state.value
        grad = state.grad
        label = state.label
        version = state.version
    }

    /// Throws if an input was assigned a new value after this node used it.
    func checkInputsUnchanged() throws {
        for (input, version) in Swift.zip(inputs, inputVersions) where input.version != version {
            throw AutogradError.modifiedAfterUse(label: input.label, operation: operation?.name ?? "")
        }
    }

    // A long chain (x = x + 1, a million times) would otherwise be freed recursively, one stack
    // frame per node, and overflow the stack. Unlinking uniquely owned inputs in a loop keeps
    // deallocation flat.
    deinit {
        var pending = inputs
        inputs = []
        while var node = pending.popLast() {
            if isKnownUniquelyReferenced(&node) {
                pending.append(contentsOf: node.inputs)
                node.inputs = []
            }
        }
    }
}

/// Whether operations record the graph. Scoped to a task, like PyTorch's thread-local grad mode.
public enum GradMode {
    @TaskLocal public static var isEnabled = true
}

/// Runs `body` without recording operations: results are constant leaves.
public func withoutGradients<T>(_ body: () throws -> T) rethrows -> T {
    try GradMode.$isEnabled.withValue(false, operation: body)
}
