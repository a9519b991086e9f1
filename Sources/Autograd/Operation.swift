import Tensors

/// One differentiable step: how to compute it, and how the gradient of its output flows back
/// to each input (the chain rule, one link at a time).
///
/// The descriptive fields exist so that the graph can explain itself (backprop by hand):
/// `formula` is the forward computation and `localDerivatives` are ∂out/∂input, both written in
/// terms of the inputs `a`, `b`, `c`, … and the output `out`.
public struct Operation: Sendable {
    /// A short name: `mul`, `tanh`, `sum`.
    public let name: String
    /// The forward computation, e.g. `a · b` or `sum(a, axis=0)`.
    public let formula: String
    /// ∂out/∂input for each input, e.g. `["b", "a"]` for `a · b`, or the rule that maps the
    /// upstream gradient `g` to the input's gradient when no elementwise derivative exists
    /// (`g @ bᵀ` for a matrix product).
    public let localDerivatives: [String]
    /// Points where the derivative of the first input jumps (relu at 0, clamp at its bounds).
    /// A finite-difference check whose steps cross one is unreliable, and says so.
    public let breakPoints: [Double]

    let forward: @Sendable ([Tensor]) throws -> Tensor
    let gradient: GradientRule
    /// For an elementwise operation of one input: its local derivative times the upstream
    /// gradient in one pass (the same numbers as the two steps), so a backward pass skips the
    /// temporary; the local derivative itself stays available to `explain`.
    let chainedGradient: (@Sendable (_ input: Tensor, _ output: Tensor, _ upstream: Tensor) -> Tensor)?

    public init(
        name: String, formula: String, localDerivatives: [String], breakPoints: [Double] = [],
        forward: @escaping @Sendable ([Tensor]) throws -> Tensor, gradient: GradientRule,
        chainedGradient: (@Sendable (_ input: Tensor, _ output: Tensor, _ upstream: Tensor) -> Tensor)? = nil
    ) {
        self.name = name
        self.formula = formula
        self.localDerivatives = localDerivatives
        self.breakPoints = breakPoints
        self.forward = forward
        self.gradient = gradient
        self.chainedGradient = chainedGradient
    }

    /// The input gradients for one upstream gradient, each summed back to its input's shape
    /// (the gradient of NumPy broadcasting).
    func inputGradients(inputs: [Tensor], output: Tensor, upstream: Tensor) throws -> [Tensor] {
        let all = Array(repeating: true, count: inputs.count)
        return try inputGradients(inputs: inputs, output: output, upstream: upstream, needed: all).compactMap { $0 }
    }

    /// The gradients of the inputs marked in `needed`, nil for the others: a backward pass does
    /// no work for a data tensor whose gradient nobody will read.
    func inputGradients(inputs: [Tensor], output: Tensor, upstream: Tensor, needed: [Bool]) throws -> [Tensor?] {
        if let chainedGradient, inputs.count == 1, needed[0], inputs[0].shape == output.shape,
            upstream.shape == output.shape
        {
            return [chainedGradient(inputs[0], output, upstream)]
        }
        let raw: [Tensor?]
        switch gradient {
        case let .elementwise(local):
            // A local derivative of exactly 1 (add, sub's first input) passes the upstream
            // gradient on unchanged: g · 1 = g bit for bit, so the product is skipped.
            raw = try Swift.zip(local(inputs, output), needed).map { local, isNeeded in
                guard isNeeded else { return nil }
                return local.isScalarOne ? upstream : try local * upstream
            }
        case let .general(rule):
            raw = try Swift.zip(rule(inputs, output, upstream), needed).map { $1 ? $0 : nil }
        case let .selective(rule):
            raw = try rule(inputs, output, upstream, needed)
        }
        return try Swift.zip(raw, inputs).map { gradient, input in try gradient?.sum(toShape: input.shape) }
    }

    /// ∂out/∂input as numbers, for operations whose derivative is elementwise; nil otherwise.
    public func localDerivativeValues(inputs: [Tensor], output: Tensor) throws -> [Tensor]? {
        guard case let .elementwise(local) = gradient else { return nil }
        return try local(inputs, output)
    }
}

extension Tensor {
    /// Whether this is the rank-0 tensor 1, the local derivative of a sum.
    fileprivate var isScalarOne: Bool { rank == 0 && scalars[0] == 1 }
}

/// How an operation's gradient is computed.
public enum GradientRule: Sendable {
    /// ∂out/∂input elementwise (broadcastable to the output): the input's gradient is this
    /// local derivative times the upstream gradient.
    case elementwise(@Sendable (_ inputs: [Tensor], _ output: Tensor) throws -> [Tensor])
    /// Any other rule: the input gradients from the inputs, the output and the upstream gradient.
    case general(@Sendable (_ inputs: [Tensor], _ output: Tensor, _ upstream: Tensor) throws -> [Tensor])
    /// A rule that computes only the gradients marked in `needed` (nil for the others), for
    /// operations where each one is expensive (a matrix product).
    case selective(
        @Sendable (_ inputs: [Tensor], _ output: Tensor, _ upstream: Tensor, _ needed: [Bool]) throws -> [Tensor?])
}

/// The text of a number inside a formula (`leaky_relu(a, slope=0.01)`).
func formulaText(_ x: Double) -> String {
    NumberFormat(significantDigits: 6).string(x)
}
