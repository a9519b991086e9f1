import Tensors

/// What a `train` run recorded at each step, bound to `history` when it ends: `plot history`
/// draws the training (and validation) loss against the step, `.loss`, `.accuracy`, `.val_loss`,
/// `.val_accuracy` and `.lr` give the numbers.
final class TrainingHistory: PlotSeriesSource {
    /// What was trained, on what, with what: for printing.
    let title: String
    /// The training batch's loss at each step, before that step's update.
    private(set) var loss: [Double] = []
    /// The training batch's accuracy at each step (classification only).
    private(set) var accuracy: [Double] = []
    /// The validation loss after each step's update.
    private(set) var validationLoss: [Double] = []
    private(set) var validationAccuracy: [Double] = []
    /// The learning rate each step used.
    private(set) var learningRate: [Double] = []

    init(title: String) { self.title = title }

    var steps: Int { loss.count }

    func record(
        loss: Double, accuracy: Double?, learningRate: Double,
        validation: (loss: Double, accuracy: Double?)?
    ) {
        self.loss.append(loss)
        if let accuracy { self.accuracy.append(accuracy) }
        self.learningRate.append(learningRate)
        if let validation {
            validationLoss.append(validation.loss)
            if let accuracy = validation.accuracy { validationAccuracy.append(accuracy) }
        }
    }

    var kindName: String { "training history" }

    var plotSeries: [(label: String, values: [Double])] {
        [("loss", loss)] + (validationLoss.isEmpty ? [] : [("val_loss", validationLoss)])
    }

    var attributeNames: [String] { ["loss", "accuracy", "val_loss", "val_accuracy", "lr", "steps"] }

    func attribute(_ name: String, session: Session) throws -> Value {
        let series: [Double]
        switch name {
        case "steps": return .constant(Tensor(Double(steps)))
        case "loss": series = loss
        case "accuracy": series = accuracy
        case "val_loss": series = validationLoss
        case "val_accuracy": series = validationAccuracy
        default: series = learningRate
        }
        guard !series.isEmpty else {
            let reason =
                name.hasPrefix("val")
                ? "give val DATA (or train on a split)" : "accuracy is kept for classification only"
            throw NotebookError.evaluation(
                steps == 0 ? "the history is empty: no step was taken" : "this run recorded no \(name): \(reason)")
        }
        return .constant(Tensor(series))
    }

    func render(settings: Settings) -> String {
        let format = settings.numberFormat
        var lines = ["training history: \(steps) step\(steps == 1 ? "" : "s") of \(title)"]
        func trend(_ name: String, _ values: [Double], lowest: Bool) -> String? {
            guard let first = values.first, let last = values.last else { return nil }
            var text = "\(name) \(format.string(first)) → \(format.string(last))"
            if lowest, let best = values.indices.min(by: { values[$0] < values[$1] }), values.count > 2 {
                text += " (lowest \(format.string(values[best])) at step \(best + 1))"
            }
            return text
        }
        let trends = [
            trend("loss", loss, lowest: true), trend("acc", accuracy, lowest: false),
            trend("val_loss", validationLoss, lowest: true), trend("val_acc", validationAccuracy, lowest: false),
        ].compactMap { $0 }
        if !trends.isEmpty { lines.append(trends.joined(separator: "; ")) }
        lines.append(
            "plot history draws the losses; .loss, .accuracy, .val_loss, .val_accuracy and .lr give them per step")
        return lines.map { TableObject.plain($0, ascii: settings.ascii) }.joined(separator: "\n")
    }
}
