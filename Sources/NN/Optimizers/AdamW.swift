import Autograd

/// AdamW, PyTorch's `torch.optim.AdamW`: Adam with decoupled weight decay.
///
/// Before Adam's step (Adam.swift), each parameter shrinks towards zero by itself instead of
/// through the gradient:
///
///     p ← p − γ·λ·p                  (computed as p·(1 − γλ))
///     then Adam's update, with g not touched by λ
///
/// With Adam's L2 form the decay λ·p is divided by √v̂ like the rest of the gradient, so weights
/// with large gradients are barely decayed; decoupling applies the same relative shrink to every
/// weight (Loshchilov & Hutter, "Decoupled Weight Decay Regularization"). PyTorch implements
/// AdamW as Adam with `decoupled_weight_decay=True`, and so does this. The default decay is
/// 1e-2 (Adam's is 0).
extension Adam {
    /// AdamW with PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight_decay 1e-2,
    /// no amsgrad. Its ``Adam/name`` is "AdamW".
    public static func adamW(
        _ parameters: [Variable], names: [String]? = nil, lr: Double = 1e-3,
        betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
        weightDecay: Double = 1e-2, amsgrad: Bool = false
    ) throws -> Adam {
        try Adam(
            parameters, names: names, lr: lr, betas: betas, eps: eps, weightDecay: weightDecay,
            amsgrad: amsgrad, decoupledWeightDecay: true)
    }
}
