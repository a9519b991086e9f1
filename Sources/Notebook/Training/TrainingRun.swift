import Autograd
import NN
import Tensors

/// The loss a `train` run minimises: a builtin by name, or a function of (scores, targets)
/// defined in the session, such as `L(s, y) = hinge(s, y) + 1e-4 * l2(net)`.
enum TrainingLoss {
    case builtin(BuiltinLoss)
    case function(FunctionDefinition)

    /// The builtin losses `train` can use by name. A case is a name the compiler sees: adding
    /// one fails to build until ``TrainingRun/lossValue(_:_:_:training:)`` computes it.
    enum BuiltinLoss: String, CaseIterable {
        case mse, bce
        case bceWithLogits = "bce_with_logits"
        case crossEntropy = "cross_entropy"
        case hinge
    }

    /// The builtin loss called `name`; an unknown name is an error that lists the known ones.
    static func named(_ name: String, at location: SourceLocation? = nil) throws -> TrainingLoss {
        guard let loss = BuiltinLoss(rawValue: name) else {
            let names = BuiltinLoss.allCases.map(\.rawValue)
            let hint = Suggestions.nearest(to: name, in: names).map { "did you mean \($0)? " } ?? ""
            throw NotebookError.evaluation(
                "\(name) is not a loss train knows; \(hint)loss takes \(names.joined(separator: ", ")), or a function L(scores, targets) defined in the session",
                at: location)
        }
        return .builtin(loss)
    }

    /// The loss used when none is given: hinge for −1/+1 labels, bce_with_logits for 0/1
    /// labels and a single output column, cross_entropy for classes with one column each,
    /// mse for regression. Targets given as a bare tensor (`on X, y`) that look like class
    /// indices but meet a single output column are taken as numbers to regress.
    static func automatic(for kind: TargetKind, outputColumns: Int, inferred: Bool) -> TrainingLoss {
        switch kind {
        case .signed: return .builtin(.hinge)
        case let .classes(n) where outputColumns == 1:
            return .builtin(n <= 2 ? .bceWithLogits : inferred ? .mse : .crossEntropy)
        case .classes: return .builtin(.crossEntropy)
        case .regression: return .builtin(.mse)
        }
    }

    var name: String {
        switch self {
        case let .builtin(loss): loss.rawValue
        case let .function(definition): definition.name
        }
    }
}

/// One `train net on data with opt for N steps …` being run: the loop of forward, loss, zero,
/// backward, step (and schedule step), with a history, progress reports, Ctrl-C between steps
/// and a stop when the numbers stop being finite.
struct TrainingRun {
    let session: Session
    let module: any Module
    let data: Dataset
    let targetKind: TargetKind
    /// Whether ``targetKind`` was guessed from a bare tensor of targets.
    let targetsInferred: Bool
    let validation: Dataset?
    let optimizer: any Optimizer
    let schedule: (any LearningRateSchedule)?
    let steps: Int
    /// Rows drawn per step; nil for the whole set.
    let batchSize: Int?
    /// nil: chosen from the data and the network's output at the first step.
    let chosenLoss: TrainingLoss?
    let location: SourceLocation
    /// Where the run writes down its starting point, batches and losses for `:export`.
    var record: TrainingRecord? = nil

    func run() throws -> [Output] {
        let history = TrainingHistory(title: "\(optimizer.name) on \(data.name)")
        // The header and log lines go out as they happen (LiveLines.swift); collected here
        // only where no statement receives them.
        var collected: [Output] = []
        let settings = session.settings
        func plain(_ text: String) -> String { TableObject.plain(text, ascii: settings.ascii) }
        // Fitted to the width, so that the terminal never breaks a line inside a word.
        func show(_ lines: [String], _ style: Output.Style) {
            let output = Output(lines.joined(separator: "\n"), style)
            if let live = session.live { live.emit(output) } else { collected.append(output) }
        }
        var loss = chosenLoss
        var last: (loss: Double, accuracy: Double?, validation: (loss: Double, accuracy: Double?)?)?
        let startingRate = optimizer.learningRate
        let every = Swift.max(1, steps / 10)
        let width = String(steps).count
        defer {
            session.bindings["history"] = .object(history)
            if let record {
                record.loss = loss
                record.losses = history.loss
                session.keep(record)
            }
            session.progress?(
                TrainingProgress(
                    step: history.steps, totalSteps: steps, loss: last?.loss, accuracy: last?.accuracy, finished: true))
        }
        try requireFinite(data, "training")
        if let validation { try requireFinite(validation, "validation") }
        for step in 1...steps {
            func interrupted() -> NotebookError {
                let done = step - 1
                return NotebookError(
                    .interrupted,
                    "interrupted at step \(step) of \(steps): "
                        + (done == 0
                            ? "no step was taken"
                            : "the network and optimizer are as after step \(done); history holds those \(done) step\(done == 1 ? "" : "s")"),
                    at: location)
            }
            if session.interruptRequested() { throw interrupted() }
            let lr = optimizer.learningRate
            // A kernel stopped by Ctrl-C stops the step before the update: the state is as after the last one.
            let measured: (loss: Double, accuracy: Double?)
            do { measured = try self.step(step, loss: &loss) } catch is Interrupted { throw interrupted() }
            let validated = try validation.map { try self.validate($0, loss: loss ?? .builtin(.mse)) }
            history.record(loss: measured.loss, accuracy: measured.accuracy, learningRate: lr, validation: validated)
            last = (measured.loss, measured.accuracy, validated)
            // The loss is known once the first step has chosen it.
            if step == 1 {
                show(
                    TextWrap.pieces(
                        header(loss: loss, startingRate: startingRate).map(plain), width: settings.width, rest: "  "),
                    .info)
            }
            if step % every == 0 || step == steps {
                let parts = logLine(
                    step: step, width: width, loss: measured.loss, accuracy: measured.accuracy, validation: validated,
                    lr: lr)
                show(TextWrap.pieces(parts.map(plain), separator: "  ", width: settings.width, rest: "  "), .result)
            }
            session.progress?(
                TrainingProgress(
                    step: step, totalSteps: steps, loss: measured.loss, accuracy: measured.accuracy, finished: false))
        }
        var footer = "done: \(steps) step\(steps == 1 ? "" : "s"), loss \(number(last?.loss ?? .nan))"
        if let accuracy = last?.accuracy { footer += ", acc \(number(accuracy))" }
        if let validated = last?.validation {
            footer += ", val_loss \(number(validated.loss))"
            if let accuracy = validated.accuracy { footer += ", val_acc \(number(accuracy))" }
        }
        footer += "; plot history to see it"
        return collected + [
            Output(FormulaWrap.lines(footer, width: settings.width, indent: 2).joined(separator: "\n"), .info)
        ]
    }

    /// `train network (337 parameters) on moons(100, noise=0.1) (100 samples), full batch, …`
    /// in the pieces a line may break between (never inside a name or its arguments).
    private func header(loss: TrainingLoss?, startingRate: Double) -> [String] {
        let batch = batchSize.map { $0 >= data.count ? "full batch" : "batch \($0)" } ?? "full batch"
        return [
            "train \(moduleSummary)", "on \(data.name)", "(\(data.count) samples),", "\(batch),",
            "loss \(loss?.name ?? "?"),",
            "\(optimizer.name) lr \(number(startingRate))",
        ] + (schedule.map { ["with \($0.name)"] } ?? [])
    }

    private var moduleSummary: String {
        let count = module.parameterCount
        return (module is Sequential ? "network" : module.description) + " (\(count) parameter\(count == 1 ? "" : "s"))"
    }

    private func number(_ x: Double) -> String { session.renderer.number(x) }

    /// `step  10/100  loss 0.523  acc 0.87  val_loss 0.61  val_acc 0.85`, in parts printed two
    /// spaces apart.
    private func logLine(
        step: Int, width: Int, loss: Double, accuracy: Double?, validation: (loss: Double, accuracy: Double?)?,
        lr: Double
    ) -> [String] {
        let counter = String(repeating: " ", count: Swift.max(width - String(step).count, 0)) + "\(step)/\(steps)"
        var parts = ["step \(counter)", "loss \(number(loss))"]
        if let accuracy { parts.append("acc \(number(accuracy))") }
        if let validation {
            parts.append("val_loss \(number(validation.loss))")
            if let accuracy = validation.accuracy { parts.append("val_acc \(number(accuracy))") }
        }
        if schedule != nil { parts.append("lr \(number(lr))") }
        return parts
    }

    // MARK: One step

    /// Forward, loss, zero, backward, step: returns the batch's loss and accuracy. Nothing is
    /// updated unless the loss and every gradient are finite.
    private func step(_ step: Int, loss: inout TrainingLoss?) throws -> (loss: Double, accuracy: Double?) {
        do {
            let batch = try self.batch()
            let output = try module(Variable(batch.inputs, requiresGrad: false), random: &session.random)
            let columns = output.value.rank == 2 ? output.value.shape[1] : 1
            if loss == nil, !targetsInferred, case let .classes(n) = targetKind, n > 2, columns != n {
                throw TrainingStop(
                    "\(data.name) has \(n) classes but the network gives \(columns) score\(columns == 1 ? "" : "s") per sample; "
                        + "for cross_entropy end it with \(n) outputs, one per class (mlp(…, \(n)))")
            }
            let chosen =
                loss ?? TrainingLoss.automatic(for: targetKind, outputColumns: columns, inferred: targetsInferred)
            loss = chosen
            let value = try lossValue(chosen, output, batch.targets)
            let scalar = value.value.scalars[0]
            guard scalar.isFinite else {
                throw TrainingStop(
                    "loss became \(number(scalar)) at step \(step) of \(steps); training stopped with the parameters as after step \(step - 1). "
                        + "Likely cause: a learning rate too high for this problem (lr = \(number(optimizer.learningRate))), so that updates overshoot and grow; "
                        + "or the log of 0 in a loss on probabilities (bce: use bce_with_logits on raw scores)")
            }
            optimizer.zeroGrad()
            module.zeroGrad()
            try value.backward()
            try checkFinite(gradients: true, step: step)
            try optimizer.step()
            schedule?.step()
            try checkFinite(gradients: false, step: step)
            return (scalar, accuracy(output.value, batch.targets, loss: chosen))
        } catch let stop as TrainingStop {
            throw NotebookError.evaluation(stop.message, at: location)
        } catch let interrupted as Interrupted {
            throw interrupted
        } catch let error as NotebookError where error.kind == .interrupted {
            throw Interrupted()
        } catch {
            throw NotebookError.within("train stopped at step \(step) of \(steps): ", error, at: location)
        }
    }

    /// This step's rows: the whole set, or `batchSize` rows drawn without replacement from a
    /// fresh permutation (the session's generator), as micrograd's demo draws its batches.
    private func batch() throws -> Dataset {
        guard let batchSize, batchSize < data.count else { return data }
        let rows = Array(session.random.permutation(data.count).prefix(batchSize))
        record?.batches.append(rows)
        return try data.rows(rows)
    }

    func lossValue(_ loss: TrainingLoss, _ output: Variable, _ targets: Tensor, training: Bool = true) throws
        -> Variable
    {
        let y = Variable(targets, requiresGrad: false)
        let value: Variable
        switch loss {
        case .builtin(.mse): value = try Loss.mse(output, y)
        case .builtin(.bce): value = try Loss.binaryCrossEntropy(output, y)
        case .builtin(.bceWithLogits): value = try Loss.binaryCrossEntropyWithLogits(output, y)
        case .builtin(.crossEntropy): value = try Loss.crossEntropy(output, targets: targets)
        case .builtin(.hinge): value = try Loss.hinge(output, y)
        case let .function(definition):
            let result = try Evaluator(session: session).callUserFunction(
                definition, [(nil, .tensor(output), location), (nil, .constant(targets), location)], at: location)
            value = try Arguments.variable(result, describing: "the loss \(definition.name)", at: location)
        }
        guard value.value.count == 1 else {
            throw TrainingStop(
                "the loss \(loss.name) must be one number, got shape \(Shape.describe(value.value.shape)); reduce it with mean(…)"
            )
        }
        guard value.requiresGrad || !training else {
            throw TrainingStop(
                "the loss \(loss.name) does not depend on the network's parameters, so there is nothing to train")
        }
        return value
    }

    /// The fraction right, for classification; nil for regression or outputs it cannot read.
    private func accuracy(_ output: Tensor, _ targets: Tensor, loss: TrainingLoss) -> Double? {
        guard targetKind != .regression else { return nil }
        let threshold: Double
        if case .builtin(.bce) = loss { threshold = 0.5 } else { threshold = 0 }
        return try? BuiltinTable.accuracy(output, targets, threshold: threshold)
    }

    /// Stops with a clear message when a gradient (before the update) or a parameter (after
    /// it) is not finite.
    private func checkFinite(gradients: Bool, step: Int) throws {
        for (name, variable) in zip(optimizer.parameterNames, optimizer.parameters) {
            let values = gradients ? (variable.grad?.scalars ?? []) : variable.value.scalars
            guard let bad = values.first(where: { !$0.isFinite }) else { continue }
            if gradients {
                throw TrainingStop(
                    "the gradient of \(name) became \(number(bad)) at step \(step) of \(steps); training stopped before updating, with the parameters as after step \(step - 1). Likely cause: exploding activations or gradients; try a smaller learning rate (lr = \(number(optimizer.learningRate))) or another init"
                )
            }
            throw TrainingStop(
                "the update at step \(step) of \(steps) made \(name) \(number(bad)): the learning rate (lr = \(number(optimizer.learningRate))) is far too high. The network is broken now: make it and its optimizer again before training"
            )
        }
    }

    /// Refuses data holding nan or ±inf before the first step: the loss would be nan at once,
    /// and the learning rate is not to blame for that.
    private func requireFinite(_ set: Dataset, _ role: String) throws {
        for (part, values) in [("inputs", set.inputs), ("targets", set.targets)] {
            let bad = values.scalars.indices.filter { !values.scalars[$0].isFinite }
            guard let first = bad.first else { continue }
            let rowLength = Swift.max(1, values.shape.dropFirst().reduce(1, *))
            let position =
                values.rank == 2 ? "row \(first / rowLength), column \(first % rowLength)" : "row \(first / rowLength)"
            let count = bad.count == 1 ? "the only value that is not finite" : "\(bad.count) values are not finite"
            throw NotebookError.evaluation(
                "the \(role) \(part) hold \(number(values.scalars[first])) at \(position) (\(count)); "
                    + "no step was taken: the loss would be nan from the start, whatever the learning rate. Remove or replace those values first",
                at: location)
        }
    }

    // MARK: Validation

    /// Loss and accuracy on `set` in eval mode without gradients; the modes are put back after.
    private func validate(_ set: Dataset, loss: TrainingLoss) throws -> (loss: Double, accuracy: Double?) {
        let modules = module.namedModules.map(\.module)
        let modes = modules.map(\.isTraining)
        module.eval()
        defer { for (layer, mode) in zip(modules, modes) { layer.isTraining = mode } }
        do {
            return try withoutGradients {
                let output = try module(Variable(set.inputs, requiresGrad: false), random: &session.random)
                let value = try lossValue(loss, output, set.targets, training: false)
                return (value.value.scalars[0], accuracy(output.value, set.targets, loss: loss))
            }
        } catch let stop as TrainingStop {
            throw NotebookError.evaluation("on the validation set: " + stop.message, at: location)
        } catch {
            throw NotebookError.within("on the validation set: ", error, at: location)
        }
    }
}

/// A reason to stop training, worded in full by the loop.
struct TrainingStop: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
