import Autograd
import Tensors

extension Loss {
    /// Mean absolute error, mean(|prediction − target|) (PyTorch's `F.l1_loss`): a loss on the
    /// predictions, not the L1 penalty on weights (``l1Penalty(_:)-(Array<Variable>)``). Its
    /// gradient is sign(prediction − target)/N, 0 where they are equal, as PyTorch's.
    public static func l1Loss(_ prediction: Variable, _ target: Variable) throws -> Variable {
        let (p, t) = try paired(prediction, target, loss: "l1_loss")
        return try (p - t).abs().mean()
    }
}
