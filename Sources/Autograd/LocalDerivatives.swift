import Tensors

extension Variable {
    /// What this node passes back to each of its inputs for the gradient `upstream` of its output:
    /// one link of the chain rule (a vector–Jacobian product), each summed to its input's shape.
    /// Empty for a leaf.
    public func inputGradients(upstream: Tensor) throws -> [Tensor] {
        guard let operation else { return [] }
        return try operation.inputGradients(inputs: inputs.map(\.value), output: value, upstream: upstream)
    }

    /// ∂self/∂inputs[input] as a number, when both hold a single number (a scalar graph, as in
    /// backprop by hand); nil otherwise, or for a leaf.
    public func localDerivative(toInput input: Int) throws -> Double? {
        guard operation != nil, value.count == 1, inputs.indices.contains(input), inputs[input].value.count == 1 else {
            return nil
        }
        return try inputGradients(upstream: Tensor(shape: value.shape, repeating: 1))[input].scalars.first
    }
}
