import Autograd
import Tensors

extension Loss {
    /// Cross-entropy of raw scores against class indices, as PyTorch's `F.cross_entropy`:
    /// −mean over samples i of log_softmax(logits)[i, targets[i]]
    /// = mean(−logits[i, tᵢ] + log Σⱼ exp(logits[i, j])). ∂/∂logits = (softmax − one_hot)/N.
    ///
    /// `logits` is (N, C); `targets` holds N class indices as whole numbers in 0..<C. The
    /// graph is log_softmax → pick (each row's target entry) → mean → neg, so `explain` shows
    /// the textbook steps; log_softmax is computed shifted by the row maximum, so logits of
    /// 1000 are fine.
    public static func crossEntropy(_ logits: Variable, targets: Tensor) throws -> Variable {
        let shape = logits.value.shape
        guard shape.count == 2 else {
            throw LossError.shapeMismatch(
                loss: "cross_entropy", prediction: shape, target: targets.shape,
                detail: "do not fit: the logits must be a matrix (N samples, C classes)")
        }
        guard shape[0] > 0, shape[1] > 0 else { throw LossError.empty(loss: "cross_entropy") }
        guard targets.shape == [shape[0]] else {
            throw LossError.shapeMismatch(
                loss: "cross_entropy", prediction: shape, target: targets.shape,
                detail: "do not fit: the targets must be one class index per row, shape [\(shape[0])]")
        }
        let classes = try classIndices(targets, classCount: shape[1], loss: "cross_entropy")
        return try -(logits.logSoftmax(axis: 1).pickColumns(classes).mean())
    }

    /// `targets` as integer class indices, each a whole number in 0..<classCount.
    static func classIndices(_ targets: Tensor, classCount: Int, loss: String) throws -> [Int] {
        try targets.scalars.enumerated().map { position, value in
            guard value.rounded() == value, value >= 0, value < Double(classCount) else {
                throw LossError.invalidTarget(
                    loss: loss,
                    "target \(position) is \(NumberFormat().string(value)); class indices must be whole numbers "
                        + "from 0 to \(classCount - 1) for \(classCount) classes")
            }
            return Int(value)
        }
    }
}
