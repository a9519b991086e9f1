import Autograd
import Tensors

/// Inverted dropout, as PyTorch's `nn.Dropout`: `p` is the probability of DROPPING an element.
///
/// In training each element is kept with probability 1 − p and the kept ones are scaled by
/// 1/(1 − p), so E[dropout(x)] = x and nothing needs rescaling at evaluation time; in eval mode
/// the layer is the identity. (Seed 001 writes p as the keep probability and scales at test
/// time instead: "vanilla" dropout. gradbook implements PyTorch's convention.)
///
/// The mask is drawn from the forward context's random source, one uniform per element in
/// row-major order, and enters the graph as a constant: the gradient is the same mask, and a
/// gradient check replays it exactly.
public final class Dropout: Module {
    /// The drop probability, in [0, 1].
    public let p: Double
    public var isTraining = true

    public init(p: Double = 0.5) throws {
        guard p >= 0, p <= 1 else {
            throw LayerError.invalidArgument(
                layer: "Dropout",
                "p is the drop probability and must be between 0 and 1, got \(NumberFormat().string(p))")
        }
        self.p = p
    }

    /// x ⊙ m / (1 − p) with m ~ Bernoulli(1 − p) in training; x in eval mode.
    public func forward(_ x: Variable, in context: inout ForwardContext) throws -> Variable {
        // As PyTorch: p = 0 and empty inputs pass through without drawing; p = 1 zeroes all.
        guard isTraining, p > 0, x.value.count > 0 else { return x }
        if p == 1 {
            return try x * Variable(Tensor.zeros(x.value.shape), requiresGrad: false, label: "dropout mask")
        }
        let keep = 1 - p
        let mask = try Tensor.bernoulli(x.value.shape, p: keep, using: &context.random).map { $0 / keep }
        return try x * Variable(mask, requiresGrad: false, label: "dropout mask")
    }

    public var description: String { "Dropout(p=\(NumberFormat().string(p)))" }
}
