import NN
import Tensors

/// What a data set's targets are, which decides `train`'s default loss and its accuracy.
enum TargetKind: Equatable {
    /// Class indices 0…classes−1.
    case classes(Int)
    /// Binary labels −1/+1 (for the hinge loss).
    case signed
    /// Real numbers.
    case regression

    /// The kind of `targets` given as a bare tensor: −1/+1, whole numbers ≥ 0, or anything else.
    init(inferredFrom targets: Tensor) {
        let values = targets.scalars
        if !values.isEmpty, values.allSatisfy({ $0 == 1 || $0 == -1 }) {
            self = .signed
        } else if !values.isEmpty, values.allSatisfy({ $0 >= 0 && $0 == $0.rounded() && $0 < 1e6 }) {
            self = .classes(Int(values.max() ?? 0) + 1)
        } else {
            self = .regression
        }
    }

    var text: String {
        switch self {
        case let .classes(n): "\(n) classes (0…\(n - 1))"
        case .signed: "labels −1/+1"
        case .regression: "real-valued targets"
        }
    }
}

/// A data set in the session (`moons(100)`): inputs `.X` (N, d) and targets `.y` (N,).
final class DatasetObject: NotebookObject {
    let dataset: Dataset
    let targetKind: TargetKind
    /// The true weights and bias of a regression problem.
    let truth: (weights: Tensor, bias: Double)?

    init(_ dataset: Dataset, kind: TargetKind, truth: (weights: Tensor, bias: Double)? = nil) {
        self.dataset = dataset
        self.targetKind = kind
        self.truth = truth
    }

    var kindName: String { "data set" }

    var attributeNames: [String] {
        ["X", "y", "size", "features"] + (truth == nil ? [] : ["w", "b"])
            + (targetKind == .regression ? [] : ["classes"])
    }

    func attribute(_ name: String, session: Session) throws -> Value {
        switch name {
        case "X": return .constant(dataset.inputs)
        case "y": return .constant(dataset.targets)
        case "size": return .constant(Tensor(Double(dataset.count)))
        case "features": return .constant(Tensor(Double(dataset.featureCount)))
        case "w": return .constant(truth?.weights ?? Tensor(0))
        case "b": return .constant(Tensor(truth?.bias ?? 0))
        default:
            if case let .classes(n) = targetKind { return .constant(Tensor(Double(n))) }
            return .constant(Tensor(2))
        }
    }

    /// `moons(100, noise=0.1): 100 samples, 2 features, 2 classes (0…1)`.
    var headline: String {
        "\(dataset.name): \(dataset.count) sample\(dataset.count == 1 ? "" : "s"), \(dataset.featureCount) feature\(dataset.featureCount == 1 ? "" : "s"), \(targetKind.text)"
    }

    func render(settings: Settings) -> String {
        var line = headline + "; " + attributeNames.map { "." + $0 }.joined(separator: ", ")
        if let truth {
            let format = settings.numberFormat
            line +=
                "\ntrue w = " + settings.tensorFormat.string(truth.weights, indent: 9) + ", b = "
                + format.string(truth.bias)
        }
        return TableObject.plain(line, ascii: settings.ascii)
    }
}

/// `split(data, 0.2)`: a training part `.train` and a validation part `.val`.
final class SplitObject: NotebookObject {
    let train: DatasetObject
    let validation: DatasetObject

    init(train: DatasetObject, validation: DatasetObject) {
        self.train = train
        self.validation = validation
    }

    var kindName: String { "split" }
    var attributeNames: [String] { ["train", "val"] }

    func attribute(_ name: String, session: Session) throws -> Value {
        .object(name == "train" ? train : validation)
    }

    func render(settings: Settings) -> String {
        TableObject.plain(
            "split into .train: \(train.headline)\n       and .val: \(validation.headline)", ascii: settings.ascii)
    }
}
