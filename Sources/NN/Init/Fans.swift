/// How many inputs feed each output of a weight (fan_in) and how many outputs each input
/// feeds (fan_out), as PyTorch's `_calculate_fan_in_and_fan_out`.
///
/// For a Linear weight of shape [out, in]: fan_in = in, fan_out = out. For higher ranks
/// (convolution kernels [out, in, k…]) both are multiplied by the receptive field, the product
/// of the trailing axes.
public struct Fans: Equatable, Sendable {
    public let fanIn: Int
    public let fanOut: Int

    /// The fans of a weight of `shape`; throws for rank 0 or 1, where they are undefined.
    public init(shape: [Int], initializer: String = "init") throws {
        guard shape.count >= 2 else { throw InitError.needsWeightShape(initializer: initializer, shape: shape) }
        // Shapes reaching here are validated tensor shapes, so these products cannot overflow.
        let receptiveField = shape.dropFirst(2).reduce(1, *)
        fanIn = shape[1] * receptiveField
        fanOut = shape[0] * receptiveField
    }

    /// The fan a Kaiming scheme divides by.
    public func fan(_ mode: FanMode) -> Int { mode == .fanIn ? fanIn : fanOut }
}

/// Which fan a Kaiming scheme preserves the variance of: `fanIn` keeps the forward
/// activations' variance, `fanOut` the backward gradients'.
public enum FanMode: String, Equatable, Sendable, CaseIterable {
    case fanIn = "fan_in"
    case fanOut = "fan_out"
}
