import Autograd
import Tensors

/// A layer or a network of layers: something with parameters (and perhaps buffers) that maps
/// an input `Variable` to an output `Variable`, as PyTorch's `nn.Module`.
///
/// Modules are classes because they hold state that outlives one forward pass: parameters an
/// optimizer updates in place, BatchNorm's running statistics, the train/eval mode.
///
/// Names follow PyTorch's `named_parameters()`: a module's own parameters by their local name
/// (`weight`, `bias`), then each child's, prefixed by the child's name (`0.weight`, `2.bias`,
/// `1.running_mean`). The order is fixed by construction, never by a hash.
public protocol Module: AnyObject, CustomStringConvertible {
    /// Applies the module to `x`. Random choices (dropout masks) are drawn from
    /// `context.random`; training-only behaviour follows ``isTraining``.
    func forward(_ x: Variable, in context: inout ForwardContext) throws -> Variable

    /// Whether the module is in training mode (dropout active, BatchNorm using and updating
    /// batch statistics). New modules start in training mode, as in PyTorch. Set it for a whole
    /// network with ``train()`` and ``eval()``, which reach every descendant.
    var isTraining: Bool { get set }

    /// This module's own parameters (not its children's), by local name, in a fixed order.
    var localParameters: [(name: String, variable: Variable)] { get }

    /// This module's own buffers (state that is not trained: running statistics), by local name.
    var localBuffers: [(name: String, value: Tensor)] { get }

    /// The sub-modules, by name, in order (`"0"`, `"1"`, … in a ``Sequential``).
    var children: [(name: String, module: any Module)] { get }

    /// One line naming the module and its sizes, e.g. `Linear(2 → 16)`; a container lists its
    /// children in brackets.
    var description: String { get }
}

extension Module {
    public var localParameters: [(name: String, variable: Variable)] { [] }
    public var localBuffers: [(name: String, value: Tensor)] { [] }
    public var children: [(name: String, module: any Module)] { [] }

    /// This module and every descendant with its dotted path (`""` for this one, then `"0"`,
    /// `"0.1"`, …), depth first in child order. A module that appears twice (shared weights)
    /// is listed once, at its first position, as PyTorch's `named_modules()`.
    public var namedModules: [(prefix: String, module: any Module)] {
        var result: [(prefix: String, module: any Module)] = []
        var seen: [ObjectIdentifier] = []
        func visit(_ module: any Module, _ prefix: String) {
            let id = ObjectIdentifier(module)
            guard !seen.contains(id) else { return }
            seen.append(id)
            result.append((prefix, module))
            for child in module.children {
                visit(child.module, prefix.isEmpty ? child.name : prefix + "." + child.name)
            }
        }
        visit(self, "")
        return result
    }

    /// Every parameter of this module and its descendants by dotted name (`0.weight`): each
    /// module's own parameters, modules in ``namedModules`` order (PyTorch's
    /// `named_parameters()`). A variable shared between layers is listed once.
    public var namedParameters: [(name: String, variable: Variable)] {
        var seen: [ObjectIdentifier] = []
        return namedModules.flatMap { prefix, module in
            module.localParameters.compactMap { name, variable -> (name: String, variable: Variable)? in
                let id = ObjectIdentifier(variable)
                guard !seen.contains(id) else { return nil }
                seen.append(id)
                return (prefix.isEmpty ? name : prefix + "." + name, variable)
            }
        }
    }

    /// Every buffer of this module and its descendants by dotted name (`1.running_mean`), in
    /// the same order as ``namedParameters`` (PyTorch's `named_buffers()`).
    public var namedBuffers: [(name: String, value: Tensor)] {
        namedModules.flatMap { prefix, module in
            module.localBuffers.map { (name: prefix.isEmpty ? $0.name : prefix + "." + $0.name, value: $0.value) }
        }
    }

    /// The parameters alone, in ``namedParameters`` order: what an optimizer updates.
    public var parameters: [Variable] { namedParameters.map(\.variable) }

    /// The number of trainable numbers.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.value.count } }

    /// The parameter called `name` (dotted, as in ``namedParameters``), or nil.
    public func parameter(named name: String) -> Variable? {
        namedParameters.first { $0.name == name }?.variable
    }

    /// The buffer called `name` (dotted, as in ``namedBuffers``), or nil.
    public func buffer(named name: String) -> Tensor? {
        namedBuffers.first { $0.name == name }?.value
    }

    /// Training mode for this module and every descendant (PyTorch's `module.train()`).
    public func train() { setMode(training: true) }

    /// Evaluation mode for this module and every descendant (PyTorch's `module.eval()`):
    /// dropout becomes the identity and BatchNorm uses its running statistics.
    public func eval() { setMode(training: false) }

    private func setMode(training: Bool) {
        for (_, module) in namedModules { module.isTraining = training }
    }

    /// Sets each parameter's label to its dotted name, so that explanations and gradient
    /// checks show `0.weight` rather than an anonymous value. Containers call it on themselves
    /// when built, so the names always describe the position in the outermost network built.
    public func labelParameters() {
        for (name, variable) in namedParameters { variable.label = name }
    }

    /// Forgets every parameter's gradient (PyTorch's `zero_grad(set_to_none=True)`).
    public func zeroGrad() {
        for parameter in parameters { parameter.zeroGrad() }
    }

    /// Applies the module with a fresh context around `random`, handing the advanced source
    /// back: `y = try net(x, random: &session.random)`.
    public func callAsFunction(_ x: Variable, random: inout RandomSource) throws -> Variable {
        var context = ForwardContext(random: random)
        defer { random = context.random }
        return try forward(x, in: &context)
    }
}

/// What a forward pass borrows from its caller: the one seeded random source of the session,
/// for dropout masks. (The train/eval switch lives on the modules, as PyTorch's `training`
/// flag, so that `eval net` persists between calls.)
public struct ForwardContext {
    /// The source of every random draw made during the pass; advanced by each draw.
    public var random: RandomSource

    public init(random: RandomSource) {
        self.random = random
    }
}
