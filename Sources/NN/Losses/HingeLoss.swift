import Autograd
import Tensors

extension Loss {
    /// The max-margin (hinge) loss of micrograd's demo: mean(relu(1 − y·score)) for labels
    /// y = ±1. A sample costs nothing once its score is on the right side with margin 1.
    ///
    /// Labels must be −1 or +1: with 0/1 labels every y = 0 sample would cost a constant 1 and
    /// teach nothing, so that is an error (map them with 2·y − 1). (micrograd sums the terms and
    /// multiplies by 1/N; the mean divides, which can differ in the last bit.)
    public static func hinge(_ scores: Variable, _ labels: Variable) throws -> Variable {
        let (s, y) = try paired(scores, labels, loss: "hinge")
        if let bad = y.value.scalars.first(where: { $0 != 1 && $0 != -1 }) {
            throw LossError.invalidTarget(
                loss: "hinge", "labels must be −1 or +1, got \(NumberFormat().string(bad)) (for 0/1 labels use 2·y − 1)"
            )
        }
        return try (1 - y * s).relu().mean()
    }
}
