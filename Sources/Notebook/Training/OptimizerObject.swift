import Autograd
import NN
import Tensors

/// An optimizer in the session (`adam(net, lr = 3e-4)`): `step opt` updates its parameters in
/// place, `zero opt` clears their gradients, and its learning rate, step count and per-parameter
/// state (PyTorch's names: momentum_buffer, exp_avg, …) can be read and printed.
final class OptimizerObject: NotebookObject {
    let optimizer: any Optimizer

    init(_ optimizer: any Optimizer) { self.optimizer = optimizer }

    var kindName: String { "optimizer" }

    /// With a single parameter (`adam(w)`), its state entries read directly: `opt.exp_avg`.
    var attributeNames: [String] {
        ["lr", "steps", "state", "hyperparameters", "parameters"]
            + (optimizer.parameters.count == 1 ? optimizer.state(at: 0).map(\.name) : [])
    }

    func attribute(_ name: String, session: Session) throws -> Value {
        switch name {
        case "lr": return .constant(Tensor(optimizer.learningRate))
        case "steps": return .constant(Tensor(Double(optimizer.stepCount)))
        case "state": return .object(stateTable(settings: session.settings))
        case "hyperparameters": return .object(hyperparameterTable(settings: session.settings))
        case "parameters":
            return .object(
                TableObject(
                    kindName: "parameter table", columns: ["parameter", "shape", "gradient"],
                    rows: zip(optimizer.parameterNames, optimizer.parameters).map { name, variable in
                        [name, Shape.describe(variable.value.shape), variable.grad == nil ? "none" : "yes"]
                    }))
        default:
            guard let entry = optimizer.state(at: 0).first(where: { $0.name == name }) else {
                throw NotebookError.evaluation("\(optimizer.name) has no state \(name) yet")
            }
            return .constant(entry.value)
        }
    }

    func render(settings: Settings) -> String {
        let format = settings.numberFormat
        let names = optimizer.parameterNames
        let shown =
            names.count > 6
            ? names.prefix(5).joined(separator: ", ") + ", … (\(names.count) in all)" : names.joined(separator: ", ")
        let line =
            "\(optimizer.name)(\(OptimizerObject.hyperparameterText(optimizer.hyperparameters, format: format))) on \(shown); "
            + "\(optimizer.stepCount) step\(optimizer.stepCount == 1 ? "" : "s") taken"
        return TableObject.plain(line, ascii: settings.ascii)
    }

    /// `lr=0.1, momentum=0.9, nesterov=false`.
    static func hyperparameterText(_ values: [(name: String, value: HyperparameterValue)], format: NumberFormat)
        -> String
    {
        values.map { "\($0.name)=\(text($0.value, format: format))" }.joined(separator: ", ")
    }

    static func text(_ value: HyperparameterValue, format: NumberFormat) -> String {
        switch value {
        case let .number(x): format.string(x)
        case let .flag(b): b ? "true" : "false"
        case let .pair(a, b): "(\(format.string(a)), \(format.string(b)))"
        }
    }

    /// Each parameter's state entries, its tensors printed in full.
    func stateTable(settings: Settings) -> TableObject {
        let format = settings.tensorFormat
        var rows: [[String]] = []
        for (index, name) in optimizer.parameterNames.enumerated() {
            let state = optimizer.state(at: index)
            if state.isEmpty { rows.append([name, "(none yet)", ""]) }
            for entry in state { rows.append([name, entry.name, format.string(entry.value)]) }
        }
        return TableObject(
            kindName: "optimizer state",
            heading: ["\(optimizer.name) after \(optimizer.stepCount) step\(optimizer.stepCount == 1 ? "" : "s"):"],
            columns: ["parameter", "state", "value"], rows: rows)
    }

    func hyperparameterTable(settings: Settings) -> TableObject {
        TableObject(
            kindName: "hyperparameters", columns: ["hyperparameter", "value"],
            rows: optimizer.hyperparameters.map {
                [$0.name, OptimizerObject.text($0.value, format: settings.numberFormat)]
            })
    }
}

/// A learning-rate schedule in the session (`step_lr(opt, step_size = 30)`): `step sched`
/// advances it one epoch and writes the new rate into its optimizer.
final class ScheduleObject: NotebookObject {
    let schedule: any LearningRateSchedule
    /// The session object of the optimizer it drives, so that `sched.optimizer` is the same object.
    let optimizerObject: OptimizerObject

    init(_ schedule: any LearningRateSchedule, optimizer: OptimizerObject) {
        self.schedule = schedule
        self.optimizerObject = optimizer
    }

    var kindName: String { "schedule" }
    var attributeNames: [String] { ["lr", "epoch", "base_lr", "optimizer"] }

    func attribute(_ name: String, session: Session) throws -> Value {
        switch name {
        case "lr": return .constant(Tensor(schedule.optimizer.learningRate))
        case "epoch": return .constant(Tensor(Double(schedule.epoch)))
        case "base_lr": return .constant(Tensor(schedule.baseLearningRate))
        default: return .object(optimizerObject)
        }
    }

    func render(settings: Settings) -> String {
        let format = settings.numberFormat
        return
            "\(schedule.name)(\(OptimizerObject.hyperparameterText(schedule.hyperparameters, format: format))) of \(schedule.optimizer.name): "
            + "epoch \(schedule.epoch), lr \(format.string(schedule.optimizer.learningRate)) (base \(format.string(schedule.baseLearningRate)))"
    }
}
