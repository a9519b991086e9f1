import Autograd
import NN
import Tensors

extension BuiltinTable {
    /// The most steps one `train` statement takes.
    static let maximumTrainingSteps = 1_000_000

    /// `train net` (mode switch) or `train net on … with … for N steps …` (a training run).
    static func trainCommand(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        let network = try networkArgument(invocation, session, command: "train")
        guard !invocation.clauses.isEmpty else {
            network.module.train()
            return [
                Output(
                    "\(invocation.arguments[0].value): training mode (dropout active, batchnorm uses and updates batch statistics)",
                    .info)
            ]
        }
        let evaluator = Evaluator(session: session)
        let usage = "train net on DATA with OPT for N steps [batch B] [loss L] [val DATA]"
        func single(_ keyword: String) throws -> Expression? {
            let matching = invocation.clauses.filter { $0.keyword == keyword }
            guard let clause = matching.first else { return nil }
            guard matching.count == 1 else {
                throw NotebookError.evaluation("train got \(keyword) twice", at: invocation.location)
            }
            guard clause.arguments.count == 1, clause.arguments[0].label == nil else {
                throw NotebookError.evaluation(
                    "\(keyword) takes one value: \(usage)",
                    at: clause.arguments.first?.value.location ?? invocation.location)
            }
            return clause.arguments[0].value
        }
        if let steps = invocation.clause("steps"), !steps.arguments.isEmpty {
            throw NotebookError.evaluation(
                "steps ends the count and takes nothing after it: for 100 steps", at: steps.arguments[0].value.location)
        }
        guard let dataClause = invocation.clause("on") else {
            throw NotebookError.evaluation("train with options needs data: \(usage)", at: invocation.location)
        }
        guard let optimizerExpression = try single("with") else {
            throw NotebookError.evaluation("train needs an optimizer: \(usage)", at: invocation.location)
        }
        guard let stepsExpression = try single("for") else {
            throw NotebookError.evaluation("train needs a number of steps: \(usage)", at: invocation.location)
        }
        let (data, kind, inferred, splitValidation) = try trainingData(dataClause, evaluator, at: invocation.location)
        let (optimizer, schedule) = try trainingOptimizer(
            evaluator.evaluate(optimizerExpression), at: optimizerExpression.location)
        let owned = network.module.parameters
        guard optimizer.parameters.contains(where: { p in owned.contains { $0 === p } }) else {
            throw NotebookError.evaluation(
                "\(optimizerExpression) updates none of the parameters of \(invocation.arguments[0].value); make it from the network: sgd(net, lr = 0.1)",
                at: optimizerExpression.location)
        }
        let steps = try Arguments.integer(
            evaluator.evaluate(stepsExpression), describing: "train's number of steps", at: stepsExpression.location)
        guard (1...maximumTrainingSteps).contains(steps) else {
            throw NotebookError.evaluation(
                "train takes from 1 to \(maximumTrainingSteps) steps, got \(steps)", at: stepsExpression.location)
        }
        let batch = try single("batch").map { expression -> Int in
            let size = try Arguments.integer(
                evaluator.evaluate(expression), describing: "the batch size", at: expression.location)
            guard size >= 1 else {
                throw NotebookError.evaluation(
                    "the batch size must be at least 1, got \(size)", at: expression.location)
            }
            return size
        }
        let loss = try single("loss").map { try trainingLoss(evaluator.evaluate($0), at: $0.location) }
        var validation = splitValidation
        if let expression = try single("val") {
            switch try evaluator.evaluate(expression) {
            case let .object(set as DatasetObject): validation = set.dataset
            case let .object(split as SplitObject): validation = split.validation.dataset
            case let other:
                throw NotebookError.evaluation("val takes a data set, got a \(other.kindName)", at: expression.location)
            }
        }
        network.module.train()
        return try TrainingRun(
            session: session, module: network.module, data: data, targetKind: kind, targetsInferred: inferred,
            validation: validation,
            optimizer: optimizer, schedule: schedule, steps: steps, batchSize: batch, chosenLoss: loss,
            location: invocation.location,
            record: try TrainingRecord.starting(
                invocation, network.module, data, optimizer, schedule, steps: steps, batchSize: batch,
                hasValidation: validation != nil, session: session)
        ).run()
    }

    /// `on data`, `on split(…)` or `on X, y`.
    private static func trainingData(_ clause: Clause, _ evaluator: Evaluator, at location: SourceLocation) throws
        -> (Dataset, TargetKind, inferred: Bool, validation: Dataset?)
    {
        let values = try clause.arguments.map { try evaluator.evaluate($0.value) }
        switch values.count {
        case 1:
            switch values[0] {
            case let .object(set as DatasetObject): return (set.dataset, set.targetKind, false, nil)
            case let .object(split as SplitObject):
                return (split.train.dataset, split.train.targetKind, false, split.validation.dataset)
            default: break
            }
        case 2:
            if case let .tensor(x) = values[0], case let .tensor(y) = values[1] {
                var targets = y.value
                if targets.rank == 2, targets.shape[1] == 1 { targets = try targets.reshaped([targets.shape[0]]) }
                guard x.value.rank == 2, targets.shape == [x.value.shape[0]], x.value.shape[0] >= 1 else {
                    throw NotebookError.evaluation(
                        "train on X, y needs X of shape [N, features] and N targets y, got \(Shape.describe(x.value.shape)) and \(Shape.describe(y.value.shape))",
                        at: location)
                }
                return (
                    try Dataset(name: "X, y", inputs: x.value, targets: targets), TargetKind(inferredFrom: targets),
                    true, nil
                )
            }
        default: break
        }
        throw NotebookError.evaluation(
            "train on takes a data set (moons(100), …), a split, or X, y",
            at: clause.arguments.first?.value.location ?? location)
    }

    private static func trainingOptimizer(_ value: Value, at location: SourceLocation) throws -> (
        any Optimizer, (any LearningRateSchedule)?
    ) {
        switch value {
        case let .object(object as OptimizerObject): return (object.optimizer, nil)
        case let .object(object as ScheduleObject): return (object.schedule.optimizer, object.schedule)
        default:
            throw NotebookError.evaluation(
                "with takes an optimizer (sgd(net, lr = 0.1), …) or a schedule, got a \(value.kindName)", at: location)
        }
    }

    private static func trainingLoss(_ value: Value, at location: SourceLocation) throws -> TrainingLoss {
        switch value {
        case let .builtin(builtin): return try TrainingLoss.named(builtin.name, at: location)
        case let .string(name): return try TrainingLoss.named(name, at: location)
        case let .function(definition) where definition.parameters.count == 2: return .function(definition)
        case let .function(definition):
            throw NotebookError.evaluation(
                "a loss function takes (scores, targets); \(definition.name) takes \(definition.parameters.count) parameter(s)",
                at: location)
        default:
            let names = TrainingLoss.BuiltinLoss.allCases.map(\.rawValue).joined(separator: ", ")
            throw NotebookError.evaluation(
                "loss takes \(names), or a function L(scores, targets) defined in the session", at: location)
        }
    }
}
