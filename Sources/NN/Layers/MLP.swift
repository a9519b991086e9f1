import Autograd
import Functions
import Tensors

extension Sequential {
    /// A multi-layer perceptron: `Linear(sizes[0] → sizes[1])`, the activation,
    /// `Linear(sizes[1] → sizes[2])`, the activation, …, and a last `Linear` with NO activation
    /// after it (the raw scores, as micrograd's `MLP`, whose last layer is linear). So
    /// `mlp([2, 16, 16, 1])` has 3 Linear layers and 2 activations; children 0, 2, 4 are Linear.
    ///
    /// `weightInit` nil keeps PyTorch's `nn.Linear` default (W, b ~ U(±1/√in)); a scheme draws
    /// every weight from it and sets every bias to zero. Layers draw in order, weight before
    /// bias. Throws when there are fewer than 2 sizes, a size below 1, or more parameters in
    /// total than a tensor may hold.
    public static func mlp(
        _ sizes: [Int], activation: Activation.Kind = .function(.relu), weightInit: Initializer? = nil,
        using random: inout RandomSource
    ) throws -> Sequential {
        guard sizes.count >= 2 else {
            throw LayerError.invalidArgument(
                layer: "mlp",
                "needs at least an input and an output size, got \(sizes.count) size\(sizes.count == 1 ? "" : "s")")
        }
        if let bad = sizes.first(where: { $0 < 1 }) {
            throw LayerError.invalidArgument(layer: "mlp", "every layer size must be at least 1, got \(bad)")
        }
        var total = 0.0
        for (n, m) in zip(sizes, sizes.dropFirst()) { total += Double(n) * Double(m) + Double(m) }
        guard total <= Double(Tensor.maxElementCount) else {
            throw LayerError.invalidArgument(
                layer: "mlp",
                "\(sizes.map(String.init).joined(separator: ", ")) would need \(Int(Swift.min(total, 1e18))) parameters, "
                    + "more than the limit of \(Tensor.maxElementCount)")
        }
        var layers: [any Module] = []
        for (index, (n, m)) in zip(sizes, sizes.dropFirst()).enumerated() {
            if let weightInit {
                layers.append(
                    try Linear(inFeatures: n, outFeatures: m, weightInit: weightInit, biasInit: .zeros, using: &random))
            } else {
                layers.append(try Linear(inFeatures: n, outFeatures: m, using: &random))
            }
            if index < sizes.count - 2 { layers.append(try Activation(activation)) }
        }
        return Sequential(layers)
    }
}

extension Initializer {
    /// The scheme called `name`, prepared for layers followed by `activation` (its gain):
    /// `xavier_uniform`, `xavier_normal`, `kaiming_uniform`, `kaiming_normal` (fan_in),
    /// `lecun_normal`, `zeros`; the short names follow the papers: `xavier` is uniform (Glorot &
    /// Bengio 2010), `kaiming` is normal (He et al. 2015), `lecun` is `lecun_normal`.
    /// `default` (and `pytorch`) returns nil: keep nn.Linear's own initialisation.
    ///
    /// Throws for an unknown name, or for a gain-based scheme before an activation without a
    /// gain (elu, softplus, gelu: PyTorch's `calculate_gain` has none either).
    public static func named(_ name: String, before activation: Activation.Kind) throws -> Initializer? {
        func gain() throws -> Nonlinearity {
            guard let nonlinearity = activation.nonlinearity else {
                throw InitError.invalidArgument(
                    initializer: name,
                    "there is no standard gain for \(activation.name) (PyTorch's calculate_gain has none); use lecun_normal or the default"
                )
            }
            return nonlinearity
        }
        switch name {
        case "default", "pytorch": return nil
        case "zeros": return .zeros
        case "xavier", "xavier_uniform": return .xavierUniform(gain: try gain().gain)
        case "xavier_normal": return .xavierNormal(gain: try gain().gain)
        case "kaiming_uniform": return .kaimingUniform(mode: .fanIn, nonlinearity: try gain())
        case "kaiming", "kaiming_normal": return .kaimingNormal(mode: .fanIn, nonlinearity: try gain())
        case "lecun", "lecun_normal": return .lecunNormal
        default:
            throw InitError.invalidArgument(
                initializer: name, "unknown initialisation; choose one of " + namesForLayers.joined(separator: ", "))
        }
    }

    /// The names ``named(_:before:)`` accepts.
    public static let namesForLayers = [
        "default", "xavier", "xavier_uniform", "xavier_normal", "kaiming", "kaiming_uniform", "kaiming_normal",
        "lecun", "lecun_normal", "zeros",
    ]
}
