import Autograd
import NN
import Tensors

/// What one `train` run started from and what it did, kept by the session so that
/// `:export torch` can rebuild the run elsewhere from the same numbers: the parameters and
/// buffers before the first step, the data, the optimizer's and the schedule's settings, the
/// rows of every mini-batch and the loss of every step.
///
/// Tensors are values, so the snapshots cost nothing until the run changes the parameters.
final class TrainingRecord {
    /// `train net on data with opt for 100 steps batch 16`, rebuilt from the statement.
    let statement: String
    /// Where the statement falls among the statements the session ran, so
    /// that the definitions it uses are looked up before it.
    let statementIndex: Int
    /// The names the statement uses (`net`, `data`, `opt`), whose definitions the script quotes.
    let names: [String]
    /// The network, optimizer and schedule as the run found them; the parameters and buffers
    /// before the first step are the network's.
    let start: ObjectStates
    /// The same as the run left them, for the run after it (set when the run ends).
    var end: ObjectStates?
    let data: Dataset
    let steps: Int
    let batchSize: Int?
    let hasValidation: Bool
    /// The network's outputs on the data in eval mode before the first step, kept only for a
    /// network with dropout, whose training losses depend on the generator's masks.
    let evalOutputsAtStart: Tensor?
    /// The rows of each step's mini-batch (empty for full-batch runs).
    var batches: [[Int]] = []
    /// The loss used (chosen at the first step when none was given).
    var loss: TrainingLoss?
    /// The loss of each step taken, as `history` holds it.
    var losses: [Double] = []

    init(
        statement: String, statementIndex: Int, names: [String], module: any Module, data: Dataset,
        optimizer: any Optimizer, schedule: (any LearningRateSchedule)?,
        steps: Int, batchSize: Int?, hasValidation: Bool, evalOutputsAtStart: Tensor?
    ) {
        self.statement = statement
        self.statementIndex = statementIndex
        self.names = names
        start = ObjectStates(
            networks: [NetworkState(module)], optimizers: [OptimizerState(optimizer)],
            schedules: schedule.map { [ScheduleState($0)] } ?? [])
        self.data = data
        self.steps = steps
        self.batchSize = batchSize
        self.hasValidation = hasValidation
        self.evalOutputsAtStart = evalOutputsAtStart
    }

    /// The network trained (its identity names it at export time), and its numbers before the first step.
    var module: any Module { start.networks[0].module }
    var parametersAtStart: [(name: String, value: Tensor)] { start.networks[0].parameters }
    var buffersAtStart: [(name: String, value: Tensor)] { start.networks[0].buffers }
    var optimizer: OptimizerState { start.optimizers[0] }
    var schedule: ScheduleState? { start.schedules.first }

    /// Whether the network holds a dropout layer that is active in training.
    static func hasDropout(_ module: any Module) -> Bool {
        module.namedModules.contains { ($0.module as? Dropout).map { $0.p > 0 } ?? false }
    }

    /// `train net on data with opt for 100 steps batch 16` from the parsed command.
    static func statementText(_ invocation: CommandInvocation) -> String {
        func arguments(_ list: [Argument]) -> String {
            list.map { ($0.label.map { "\($0) = " } ?? "") + $0.value.description }.joined(separator: ", ")
        }
        return
            (["train " + arguments(invocation.arguments)]
            + invocation.clauses.map {
                $0.arguments.isEmpty ? $0.keyword : "\($0.keyword) \(arguments($0.arguments))"
            }).joined(separator: " ")
    }
}

extension TrainingRecord {
    /// The record of a run about to start; for a network with dropout it also keeps the
    /// eval-mode outputs on the data (computed on a copy of the generator, so the run draws
    /// exactly what it would have drawn without the record).
    static func starting(
        _ invocation: CommandInvocation, _ module: any Module, _ data: Dataset, _ optimizer: any Optimizer,
        _ schedule: (any LearningRateSchedule)?, steps: Int, batchSize: Int?, hasValidation: Bool,
        session: Session
    ) throws -> TrainingRecord {
        var outputs: Tensor?
        if hasDropout(module) {
            let layers = module.namedModules.map(\.module)
            let modes = layers.map(\.isTraining)
            module.eval()
            defer { for (layer, mode) in zip(layers, modes) { layer.isTraining = mode } }
            var scratch = session.random
            outputs = try? withoutGradients {
                try module(Variable(data.inputs, requiresGrad: false), random: &scratch).value
            }
        }
        let expressions = (invocation.arguments + invocation.clauses.flatMap(\.arguments)).map(\.value)
        return TrainingRecord(
            statement: statementText(invocation), statementIndex: session.statementsRun.count,
            names: Expression.names(in: expressions), module: module, data: data, optimizer: optimizer,
            schedule: schedule,
            steps: steps, batchSize: batchSize, hasValidation: hasValidation, evalOutputsAtStart: outputs)
    }
}

extension Session {
    /// The most `train` runs and loops the session remembers for `:export`; older ones are forgotten.
    static let maximumTrainingRecords = 32

    /// Remembers a finished (or stopped) run for `:export`, with the state it left.
    func keep(_ record: TrainingRecord) {
        record.end = record.start.now()
        keep(.train(record))
    }

    func keep(_ record: ExportRecord) {
        exportRecords.append(record)
        if exportRecords.count > Session.maximumTrainingRecords { exportRecords.removeFirst() }
    }

    /// The `train` runs among the records, oldest first.
    var trainingRecords: [TrainingRecord] {
        exportRecords.compactMap { if case let .train(record) = $0 { record } else { nil } }
    }
}

extension Expression {
    /// The names an expression list reads (the functions it calls by name included: `net(X)`
    /// reads net), in order of first use; the walk keeps its own stack, so no input nests it
    /// too deep.
    static func names(in expressions: [Expression]) -> [String] {
        var names: [String] = []
        var pending = expressions.reversed() as [Expression]
        while let expression = pending.popLast() {
            switch expression.kind {
            case let .name(name), let .call(name, _): if !names.contains(name) { names.append(name) }
            default: break
            }
            pending += expression.kind.children.reversed()
        }
        return names
    }
}
