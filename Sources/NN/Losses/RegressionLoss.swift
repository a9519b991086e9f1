import Autograd
import Tensors

extension Loss {
    /// Mean squared error, mean((prediction − target)²) (PyTorch's `F.mse_loss`).
    public static func mse(_ prediction: Variable, _ target: Variable) throws -> Variable {
        let (p, t) = try paired(prediction, target, loss: "mse")
        return try (p - t).pow(2).mean()
    }
}
