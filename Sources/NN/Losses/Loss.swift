import Autograd
import Tensors

/// Loss functions of a prediction and a target, each returning a scalar `Variable` averaged
/// over the batch (PyTorch's default `reduction='mean'`), so `backward` starts from it.
///
/// Prediction and target must have the same shape, with one exception for the common case of
/// a network's column of scores: a prediction of shape (N, 1) pairs with N targets (and N
/// predictions with targets (N, 1)). Anything else is an error rather than PyTorch's silent
/// broadcast of (N, 1) against (N,) to (N, N).
public enum Loss {
    /// `prediction` and `target` made the same shape, or an error naming both shapes.
    static func paired(_ prediction: Variable, _ target: Variable, loss: String) throws -> (Variable, Variable) {
        let (p, t) = (prediction.value.shape, target.value.shape)
        guard prediction.value.count > 0, target.value.count > 0 else { throw LossError.empty(loss: loss) }
        if p == t { return (prediction, target) }
        if p.count == 2, p[1] == 1, t == [p[0]] { return (try prediction.reshaped(t), target) }
        if t.count == 2, t[1] == 1, p == [t[0]] { return (prediction, try target.reshaped(p)) }
        throw LossError.shapeMismatch(
            loss: loss, prediction: p, target: t,
            detail: "must match (a column [N, 1] of predictions may go with N targets)")
    }
}
