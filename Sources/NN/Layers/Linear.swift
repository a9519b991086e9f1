import Autograd
import Tensors

/// A fully connected layer, y = x · Wᵀ + b, as PyTorch's `nn.Linear`: the weight has shape
/// [out, in] (one row per output neuron) and the bias [out].
///
/// The default initialisation is PyTorch's: W and b both ~ U(−1/√in, 1/√in), the weight by
/// `kaiming_uniform_(a=√5)` (see ``Initializer/pytorchLinearWeight``), drawn in that order.
public final class Linear: Module {
    public let inFeatures: Int
    public let outFeatures: Int
    /// [out, in].
    public let weight: Variable
    /// [out], or nil for a layer built without bias.
    public let bias: Variable?
    public var isTraining = true

    /// A layer with freshly drawn parameters: the weight from `weightInit`, then the bias from
    /// `biasInit`, or, when that is nil, from PyTorch's U(−1/√in, 1/√in).
    public init(
        inFeatures: Int, outFeatures: Int, bias: Bool = true,
        weightInit: Initializer = .pytorchLinearWeight, biasInit: Initializer? = nil,
        using random: inout RandomSource
    ) throws {
        guard inFeatures >= 1, outFeatures >= 1 else {
            throw LayerError.invalidArgument(
                layer: "Linear", "needs at least 1 input and 1 output feature, got \(inFeatures) → \(outFeatures)")
        }
        let weightValue = try weightInit.tensor(shape: [outFeatures, inFeatures], using: &random)
        var biasValue: Tensor?
        if bias {
            let rule = biasInit ?? Linear.defaultBiasInit(inFeatures: inFeatures)
            biasValue = try rule.tensor(shape: [outFeatures], using: &random)
        }
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        self.weight = Variable(weightValue, requiresGrad: true, label: "weight")
        self.bias = biasValue.map { Variable($0, requiresGrad: true, label: "bias") }
    }

    /// A layer with the given parameters: `weight` [out, in] and `bias` [out] (or none).
    public init(weight: Tensor, bias: Tensor?) throws {
        guard weight.rank == 2, weight.shape[0] >= 1, weight.shape[1] >= 1 else {
            throw LayerError.invalidArgument(
                layer: "Linear",
                "the weight must be a non-empty matrix [out, in], got shape \(Shape.describe(weight.shape))")
        }
        if let bias, bias.shape != [weight.shape[0]] {
            throw LayerError.invalidArgument(
                layer: "Linear",
                "the bias must have shape [\(weight.shape[0])] to match a weight of shape "
                    + "\(Shape.describe(weight.shape)), got \(Shape.describe(bias.shape))")
        }
        self.outFeatures = weight.shape[0]
        self.inFeatures = weight.shape[1]
        self.weight = Variable(weight, requiresGrad: true, label: "weight")
        self.bias = bias.map { Variable($0, requiresGrad: true, label: "bias") }
    }

    /// PyTorch's bias initialisation for a Linear layer with `inFeatures` inputs:
    /// U(−1/√in, 1/√in) (`bound = 1 / math.sqrt(fan_in)` in `reset_parameters`).
    public static func defaultBiasInit(inFeatures: Int) -> Initializer {
        let bound = 1 / Double(Swift.max(inFeatures, 1)).squareRoot()
        return .uniform(low: -bound, high: bound)
    }

    public var localParameters: [(name: String, variable: Variable)] {
        [("weight", weight)] + (bias.map { [("bias", $0)] } ?? [])
    }

    /// x · Wᵀ + b for x of shape [N, in] (a batch) or [in] (one sample).
    public func forward(_ x: Variable, in context: inout ForwardContext) throws -> Variable {
        guard (1...2).contains(x.value.rank), x.value.shape.last == inFeatures else {
            throw LayerError.inputShape(
                layer: description,
                expected: "\(inFeatures) features on the last axis, shape [N, \(inFeatures)] or [\(inFeatures)]",
                shape: x.value.shape)
        }
        let product = try x.matmul(weight.transposed())
        guard let bias else { return product }
        return try product + bias
    }

    public var description: String {
        "Linear(\(inFeatures) → \(outFeatures)\(bias == nil ? ", bias=false" : ""))"
    }
}
