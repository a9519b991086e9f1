import Tensors

/// A weight-initialisation scheme (PyTorch's `nn.init`): a rule that turns a shape into the
/// distribution its elements are drawn from, then draws them from the session's source.
///
/// The fan-based schemes choose the spread so that a layer keeps the variance of what flows
/// through it, Var(y) = fan · Var(w) · Var(x):
/// - Xavier/Glorot: std = gain · √(2 / (fan_in + fan_out)); uniform bound √3 · std.
/// - Kaiming/He: std = gain / √fan (fan_in or fan_out); uniform bound √3 · std.
/// - LeCun normal: std = 1 / √fan_in.
public enum Initializer: Equatable, Sendable {
    case zeros
    case ones
    case constant(Double)
    /// U(low, high).
    case uniform(low: Double, high: Double)
    /// N(mean, std²).
    case normal(mean: Double, std: Double)
    /// U(−a, a) with a = gain · √(6 / (fan_in + fan_out)).
    case xavierUniform(gain: Double)
    /// N(0, std²) with std = gain · √(2 / (fan_in + fan_out)).
    case xavierNormal(gain: Double)
    /// U(−b, b) with b = √3 · gain / √fan. PyTorch's default is fan_in and leaky_relu with
    /// slope 0, whose gain is ReLU's √2.
    case kaimingUniform(mode: FanMode, nonlinearity: Nonlinearity)
    /// N(0, std²) with std = gain / √fan.
    case kaimingNormal(mode: FanMode, nonlinearity: Nonlinearity)
    /// N(0, 1/fan_in). PyTorch has no `lecun_normal_`; this equals its
    /// `kaiming_normal_(mode='fan_in', nonlinearity='linear')`. (Keras truncates the normal;
    /// gradbook does not.)
    case lecunNormal

    /// The distribution every element of a tensor of `shape` is drawn from.
    public enum Distribution: Equatable, Sendable {
        case constant(Double)
        case uniform(low: Double, high: Double)
        case normal(mean: Double, std: Double)
    }

    /// PyTorch's name for the scheme (`kaiming_uniform`), for messages.
    public var name: String {
        switch self {
        case .zeros: "zeros"
        case .ones: "ones"
        case .constant: "constant"
        case .uniform: "uniform"
        case .normal: "normal"
        case .xavierUniform: "xavier_uniform"
        case .xavierNormal: "xavier_normal"
        case .kaimingUniform: "kaiming_uniform"
        case .kaimingNormal: "kaiming_normal"
        case .lecunNormal: "lecun_normal"
        }
    }

    /// PyTorch's `nn.Linear` weight initialisation: `kaiming_uniform_(w, a=√5)`, which works out
    /// to U(−1/√fan_in, 1/√fan_in) (gain √(2/(1 + 5)) = √(1/3), bound √3 · gain/√fan_in).
    public static let pytorchLinearWeight = Initializer.kaimingUniform(
        mode: .fanIn, nonlinearity: .leakyRelu(slope: (5.0).squareRoot()))

    /// The distribution for a tensor of `shape`, with the numbers computed as PyTorch computes
    /// them. Throws when the scheme's parameters are unusable, or when a fan-based scheme gets
    /// a shape of rank below 2 or with a zero-sized axis.
    public func distribution(for shape: [Int]) throws -> Distribution {
        switch self {
        case .zeros: return .constant(0)
        case .ones: return .constant(1)
        case let .constant(value):
            try require(value.isFinite, "the value must be finite")
            return .constant(value)
        case let .uniform(low, high):
            try require(low.isFinite && high.isFinite && low <= high, "needs finite bounds with low <= high")
            return .uniform(low: low, high: high)
        case let .normal(mean, std):
            try require(mean.isFinite && std.isFinite && std >= 0, "needs a finite mean and a finite std >= 0")
            return .normal(mean: mean, std: std)
        case let .xavierUniform(gain):
            let std = try xavierStd(gain: gain, shape: shape)
            let bound = (3.0).squareRoot() * std
            return .uniform(low: -bound, high: bound)
        case let .xavierNormal(gain):
            return .normal(mean: 0, std: try xavierStd(gain: gain, shape: shape))
        case let .kaimingUniform(mode, nonlinearity):
            let bound = (3.0).squareRoot() * (try kaimingStd(mode: mode, nonlinearity: nonlinearity, shape: shape))
            return .uniform(low: -bound, high: bound)
        case let .kaimingNormal(mode, nonlinearity):
            return .normal(mean: 0, std: try kaimingStd(mode: mode, nonlinearity: nonlinearity, shape: shape))
        case .lecunNormal:
            return .normal(mean: 0, std: try kaimingStd(mode: .fanIn, nonlinearity: .linear, shape: shape))
        }
    }

    /// A tensor of `shape` drawn from ``distribution(for:)``, elements in row-major order, one
    /// draw each from `random` (none for constants). A shape with no elements gives an empty
    /// tensor (PyTorch: "Initializing zero-element tensors is a no-op").
    public func tensor(shape: [Int], using random: inout RandomSource) throws -> Tensor {
        let count = try Shape.elementCount(of: shape, op: name)
        if count == 0 {
            if isFanBased { _ = try Fans(shape: shape, initializer: name) }
            return try Tensor.zeros(shape)
        }
        switch try distribution(for: shape) {
        case let .constant(value): return try Tensor(shape: shape, repeating: value)
        case let .uniform(low, high): return try Tensor.rand(shape, low: low, high: high, using: &random)
        case let .normal(mean, std): return try Tensor.randn(shape, mean: mean, std: std, using: &random)
        }
    }

    private var isFanBased: Bool {
        switch self {
        case .xavierUniform, .xavierNormal, .kaimingUniform, .kaimingNormal, .lecunNormal: true
        case .zeros, .ones, .constant, .uniform, .normal: false
        }
    }

    /// gain · √(2 / (fan_in + fan_out)), as PyTorch's `xavier_*_`.
    private func xavierStd(gain: Double, shape: [Int]) throws -> Double {
        try require(gain.isFinite && gain >= 0, "the gain must be finite and >= 0")
        let fans = try nonEmptyFans(shape)
        return gain * (2.0 / Double(fans.fanIn + fans.fanOut)).squareRoot()
    }

    /// gain / √fan, as PyTorch's `kaiming_*_`.
    private func kaimingStd(mode: FanMode, nonlinearity: Nonlinearity, shape: [Int]) throws -> Double {
        if case let .leakyRelu(slope) = nonlinearity {
            try require(slope.isFinite, "the leaky_relu slope must be finite")
        }
        let fans = try nonEmptyFans(shape)
        return nonlinearity.gain / Double(fans.fan(mode)).squareRoot()
    }

    private func nonEmptyFans(_ shape: [Int]) throws -> Fans {
        let fans = try Fans(shape: shape, initializer: name)
        try require(
            fans.fanIn > 0 && fans.fanOut > 0,
            "fan_in and fan_out are 0 for shape \(Shape.describe(shape)); the weight has no elements")
        return fans
    }

    private func require(_ condition: Bool, _ message: String) throws {
        guard condition else { throw InitError.invalidArgument(initializer: name, message) }
    }
}
