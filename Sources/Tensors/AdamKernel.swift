import CKernels

/// Adam's elementwise update as one vectorised loop (Sources/CKernels/adam.c): the optimizer
/// (NN's `Adam`) keeps the formula's documentation and its state; this is its arithmetic.
public struct AdamKernel {
    public var beta1, beta2, eps, weightDecay: Double
    /// lr / (1 − β₁ᵗ).
    public var stepSize: Double
    /// √(1 − β₂ᵗ).
    public var correction2Root: Double
    /// 1 − lr·λ, the decoupled (AdamW) decay factor.
    public var decay: Double
    public var decoupled, amsgrad: Bool

    public init(
        beta1: Double, beta2: Double, eps: Double, weightDecay: Double, stepSize: Double,
        correction2Root: Double, decay: Double, decoupled: Bool, amsgrad: Bool
    ) {
        (self.beta1, self.beta2, self.eps, self.weightDecay) = (beta1, beta2, eps, weightDecay)
        (self.stepSize, self.correction2Root, self.decay) = (stepSize, correction2Root, decay)
        (self.decoupled, self.amsgrad) = (decoupled, amsgrad)
    }

    /// For each element j, with g the gradient (plus λ·p for L2 decay) and p first decayed when
    /// decoupled: m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)·g·g; vMax ← max(vMax, v) with amsgrad;
    /// p ← p − stepSize·m / (√(v or vMax) / correction2Root + eps). Every buffer holds
    /// `p.count` elements but vMax, which is read only with amsgrad (and may be empty without);
    /// every path (tests may choose one) gives the same bits.
    public func update(
        _ p: UnsafeMutableBufferPointer<Double>, gradient g: UnsafeBufferPointer<Double>,
        m: UnsafeMutableBufferPointer<Double>, v: UnsafeMutableBufferPointer<Double>,
        vMax: UnsafeMutableBufferPointer<Double>, path: MatrixProductPath = .best
    ) {
        precondition(
            g.count == p.count && m.count == p.count && v.count == p.count && (!amsgrad || vMax.count == p.count),
            "Adam's buffers differ in length")
        guard p.count > 0 else { return }
        var step = gb_adam_step(
            beta1: beta1, beta2: beta2, eps: eps, weight_decay: weightDecay, step_size: stepSize,
            correction2_root: correction2Root, decay: decay,
            decoupled: decoupled ? 1 : 0, amsgrad: amsgrad ? 1 : 0)
        gb_adam(
            gb_gemm_path(UInt32(path.rawValue)), &step, p.count, p.baseAddress, g.baseAddress,
            m.baseAddress, v.baseAddress, vMax.baseAddress)
    }
}
