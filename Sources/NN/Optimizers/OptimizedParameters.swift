import Autograd
import Tensors

/// The parameters an optimizer updates, in order, with the names it reports them by. Shared by
/// every optimizer so that each checks its parameters and gradients the same way.
struct OptimizedParameters {
    let variables: [Variable]
    let names: [String]

    /// Checks what PyTorch checks when an optimizer is made: at least one parameter, no
    /// parameter twice, only leaves. Without `names` a parameter is called by its label, or by
    /// its position.
    init(_ variables: [Variable], names: [String]?, optimizer: String) throws {
        guard !variables.isEmpty else { throw OptimizerError.emptyParameterList(optimizer: optimizer) }
        let names = names ?? variables.enumerated().map { $1.label ?? String($0) }
        guard names.count == variables.count else {
            throw OptimizerError.parameterNameCount(
                optimizer: optimizer, parameters: variables.count, names: names.count)
        }
        var seen = Set<ObjectIdentifier>()  // membership only; never iterated
        for (variable, name) in zip(variables, names) {
            guard variable.isLeaf else { throw OptimizerError.nonLeafParameter(optimizer: optimizer, name: name) }
            guard seen.insert(ObjectIdentifier(variable)).inserted else {
                throw OptimizerError.duplicateParameter(optimizer: optimizer, name: name)
            }
        }
        self.variables = variables
        self.names = names
    }

    /// Each parameter's gradient as scalars in row-major order, nil where there is none. All are
    /// checked before the caller changes anything, so a bad gradient leaves the state intact.
    func gradients(optimizer: String) throws -> [[Double]?] {
        try zip(variables, names).map { variable, name in
            guard let grad = variable.grad else { return nil }
            guard grad.shape == variable.value.shape else {
                throw OptimizerError.gradientShapeMismatch(
                    optimizer: optimizer, parameter: name, parameterShape: variable.value.shape,
                    gradientShape: grad.shape)
            }
            return grad.scalars
        }
    }

    /// The number of elements of parameter `index`.
    func count(_ index: Int) -> Int { variables[index].value.count }

    /// A tensor of parameter `index`'s shape holding `scalars` (state kept beside it).
    func tensor(_ index: Int, _ scalars: [Double]) throws -> Tensor {
        try Tensor(shape: variables[index].value.shape, scalars: scalars)
    }

    /// Changes parameter `index`'s scalars in place. `Variable.update` bumps its version, so a
    /// graph built from the old value refuses to back-propagate instead of giving a wrong
    /// gradient (PyTorch's in-place update under `no_grad` does the same). No graph is recorded:
    /// the update is computed on plain numbers.
    func update(_ index: Int, _ body: (UnsafeMutableBufferPointer<Double>) -> Void) throws {
        try variables[index].update(body)
    }
}
