import Autograd
import Tensors

extension Loss {
    /// Binary cross-entropy of probabilities: −mean(y·log p + (1 − y)·log(1 − p)), each log
    /// clamped at −100 as in PyTorch's `F.binary_cross_entropy`, whose gradients it shares
    /// (see ``Autograd/Operation/binaryCrossEntropy``). Every p must lie in [0, 1]; targets
    /// may be soft (any value in [0, 1]).
    public static func binaryCrossEntropy(_ probabilities: Variable, _ target: Variable) throws -> Variable {
        let (p, t) = try paired(probabilities, target, loss: "bce")
        return try p.binaryCrossEntropy(t).mean()
    }

    /// Binary cross-entropy of raw scores x, as if of σ(x):
    /// mean((1 − y)·x − log σ(x)), computed stably for any x (PyTorch's
    /// `F.binary_cross_entropy_with_logits`); ∂/∂x = (σ(x) − y)/N.
    public static func binaryCrossEntropyWithLogits(_ logits: Variable, _ target: Variable) throws -> Variable {
        let (x, t) = try paired(logits, target, loss: "bce_with_logits")
        return try x.binaryCrossEntropyWithLogits(t).mean()
    }
}
