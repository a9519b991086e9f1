import Tensors

/// Finite-difference derivatives, for checking analytic ones (seed 003's exercise compares an
/// analytic Hessian with a finite-difference one).
public enum NumericDerivatives {
    /// The Jacobian of `f` at `x` by central differences: element [i, j] is ∂f(x)ᵢ/∂xⱼ, with
    /// both tensors read in row-major order; the result has shape (f(x).count, x.count).
    public static func jacobian(of f: (Tensor) throws -> Tensor, at x: Tensor, eps: Double = 1e-6) throws -> Tensor {
        guard eps > 0, eps.isFinite else { throw AutogradError.invalidStep(eps) }
        let outputCount = try f(x).count
        var columns: [[Double]] = []
        for j in 0..<x.count {
            let plus = try f(shifted(x, at: j, by: eps))
            let minus = try f(shifted(x, at: j, by: -eps))
            guard plus.count == outputCount, minus.count == outputCount else {
                throw TensorError.invalidArgument(
                    op: "jacobian", "the function's output changed size between evaluations")
            }
            columns.append((0..<outputCount).map { (plus.scalars[$0] - minus.scalars[$0]) / (2 * eps) })
        }
        var scalars = [Double](repeating: 0, count: outputCount * x.count)
        for (j, column) in columns.enumerated() {
            for (i, value) in column.enumerated() { scalars[i * x.count + j] = value }
        }
        return try Tensor(shape: [outputCount, x.count], scalars: scalars)
    }

    /// The Hessian of a scalar `f` at `x`: central differences of its autograd gradient,
    /// column j = (∇f(x + eps·eⱼ) − ∇f(x − eps·eⱼ)) / 2eps. Shape (x.count, x.count). It is not
    /// symmetrised: how far it is from symmetric is itself a measure of the error.
    public static func hessian(of f: (Variable) throws -> Variable, at x: Tensor, eps: Double = 1e-5) throws -> Tensor {
        try jacobian(of: { point in try gradient(of: f, at: point).reshaped([point.count]) }, at: x, eps: eps)
    }

    /// ∇f at `x` by autograd.
    public static func gradient(of f: (Variable) throws -> Variable, at x: Tensor) throws -> Tensor {
        try GradMode.$isEnabled.withValue(true) {
            let input = Variable(x)
            let output = try f(input)
            guard output.value.count == 1 else {
                throw AutogradError.nonScalarOutput(op: "hessian", shape: output.value.shape)
            }
            return try gradients(of: output, wrt: [input])[0]
        }
    }

    static func shifted(_ x: Tensor, at index: Int, by step: Double) throws -> Tensor {
        var scalars = x.scalars
        scalars[index] += step
        return try Tensor(shape: x.shape, scalars: scalars)
    }
}
