import NN
import Tensors

extension BuiltinTable {
    /// A data set made from tensors: augmented copies, a subset, data of one's own.
    static let augmentationFunctions: [Builtin] = [
        Builtin(
            "dataset", .data, [.required("X"), .required("y")],
            summary:
                "A data set from inputs X (N, d) and targets y (N values), so that train's on and val clauses take data built in the session: augmented copies (dataset(concat(X, X + 0.1 * randn(N, d), axis = 0), concat(y, y, axis = 0))), a subset, or numbers of your own. The kind of targets (0/1 labels, −1/+1, class indices, real numbers) is read from y, as train does for on X, y.",
            formula: "dataset(X, y).X = X;  .y = y (flattened)",
            example: "d = dataset([[0, 0], [1, 1], [2, 0]], [0, 1, 0]); d.size"
        ) { args, _ in
            let inputs = try args.variable("X").value
            let targets = try args.variable("y").value
            guard targets.rank <= 1 || (targets.rank == 2 && targets.shape[1] == 1) else {
                throw NotebookError.evaluation(
                    "dataset's y has one target per row of X: shape [N] or [N, 1], got \(Shape.describe(targets.shape))",
                    at: args.location)
            }
            let flat = try targets.reshaped([targets.count])
            do {
                let data = try Dataset(name: "dataset(X, y)", inputs: inputs, targets: flat)
                return .object(DatasetObject(data, kind: TargetKind(inferredFrom: flat)))
            } catch let error as DatasetError {
                throw NotebookError.evaluation(error.description, at: args.location)
            }
        }
    ]
}
