import NN
import Tensors

/// A network's numbers at one moment of the session (tensors are values: a snapshot costs
/// nothing until training changes them).
struct NetworkState {
    let module: any Module
    let parameters: [(name: String, value: Tensor)]
    let buffers: [(name: String, value: Tensor)]
    /// Training mode (dropout active, batchnorm on batch statistics) or eval mode.
    let training: Bool

    init(_ module: any Module) {
        self.module = module
        training = module.isTraining
        parameters = module.namedParameters.map { ($0.name, $0.variable.value) }
        buffers = module.namedBuffers
    }

    /// Whether both hold the same numbers under the same names.
    func sameNumbers(as other: NetworkState) -> Bool {
        func same(_ a: [(name: String, value: Tensor)], _ b: [(name: String, value: Tensor)]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.name == $1.name && $0.value == $1.value }
        }
        return same(parameters, other.parameters) && same(buffers, other.buffers)
    }
}

/// An optimizer's settings and progress at one moment: what the script compares to carry the
/// same torch optimizer from one run to the next.
struct OptimizerState {
    let optimizer: any Optimizer
    let hyperparameters: [(name: String, value: HyperparameterValue)]
    let steps: Int

    init(_ optimizer: any Optimizer) {
        self.optimizer = optimizer
        hyperparameters = optimizer.hyperparameters
        steps = optimizer.stepCount
    }

    /// The number-valued settings that differ from `earlier` (a rate set by `set_lr` or a
    /// schedule between two runs), by PyTorch's name.
    func changedNumbers(since earlier: OptimizerState) -> [(name: String, value: Double)] {
        zip(hyperparameters, earlier.hyperparameters).compactMap { now, then in
            guard case let .number(x) = now.value, now.name == then.name, now.value != then.value else { return nil }
            return (now.name, x)
        }
    }
}

/// A schedule and how many epochs it had stepped at one moment.
struct ScheduleState {
    let schedule: any LearningRateSchedule
    let epoch: Int

    init(_ schedule: any LearningRateSchedule) {
        self.schedule = schedule
        epoch = schedule.epoch
    }
}

/// The networks, optimizers and schedules a run uses, as they were at one moment.
struct ObjectStates {
    var networks: [NetworkState] = []
    var optimizers: [OptimizerState] = []
    var schedules: [ScheduleState] = []

    /// The same objects as they are now.
    func now() -> ObjectStates {
        ObjectStates(
            networks: networks.map { NetworkState($0.module) },
            optimizers: optimizers.map { OptimizerState($0.optimizer) },
            schedules: schedules.map { ScheduleState($0.schedule) })
    }
}

/// A `train` run or a loop written by hand, in the order the session ran them: what
/// `:export torch` writes a section for.
enum ExportRecord {
    case train(TrainingRecord)
    case loop(LoopRecord)

    /// The objects as the run found them, and as it left them (nil while it runs).
    var start: ObjectStates {
        switch self {
        case let .train(record): record.start
        case let .loop(record): record.start
        }
    }
    var end: ObjectStates? {
        switch self {
        case let .train(record): record.end
        case let .loop(record): record.end
        }
    }
}
