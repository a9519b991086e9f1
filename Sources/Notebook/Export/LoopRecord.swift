import Autograd
import NN
import Tensors

/// A loop written by hand (`repeat 100 { … zero opt; backward loss; step opt … }`) as it ran,
/// kept so that `:export torch` can write the same loop in PyTorch from the same numbers: the
/// values of the names it reads as it found them, the networks, optimizers and schedules as it
/// found and left them, and the value of every `backward` it ran (its per-step losses).
final class LoopRecord {
    /// The loop statement (`repeat` or `while`), as parsed.
    let statement: Statement
    /// Where the loop falls among the statements the session ran.
    let statementIndex: Int
    /// The names the loop reads that were bound when it started, with their values then, in
    /// order of first use.
    let inputs: [(name: String, value: Input)]
    let start: ObjectStates
    var end: ObjectStates?
    /// Whether a parameter of the networks had a gradient when the loop started (a first step
    /// before any `zero` uses it).
    let hadGradients: Bool
    /// The value of each `backward` the loop ran, in order.
    var backwardValues: [Double] = []

    /// What a name the loop reads held when it started.
    enum Input {
        case tensor(Tensor)
        case network(any Module)
        case optimizer(any Optimizer)
        case schedule(any LearningRateSchedule)
        /// Something a script cannot hold as it is (a function, a data set, a string …), by kind.
        case other(String)
    }

    init(_ statement: Statement, statementIndex: Int, session: Session) {
        self.statement = statement
        self.statementIndex = statementIndex
        let parameters = session.networks.flatMap { $0.module.parameters }
        func isParameter(_ variable: Variable) -> Bool { parameters.contains { $0 === variable } }
        inputs = Self.names(read: statement).compactMap { name in
            guard let value = session.bindings[name] else { return nil }
            switch value {
            // A network's parameter bound to a name is not a constant the script could copy.
            case let .tensor(variable) where isParameter(variable): return (name, .other("parameter of a network"))
            case let .tensor(variable): return (name, .tensor(variable.value))
            case let .object(network as NetworkObject): return (name, .network(network.module))
            case let .object(optimizer as OptimizerObject): return (name, .optimizer(optimizer.optimizer))
            case let .object(schedule as ScheduleObject): return (name, .schedule(schedule.schedule))
            default: return (name, .other(value.kindName))
            }
        }
        var objects = ObjectStates()
        func add(network module: any Module) {
            if !objects.networks.contains(where: { $0.module === module }) {
                objects.networks.append(NetworkState(module))
            }
        }
        func add(optimizer: any Optimizer) {
            guard !objects.optimizers.contains(where: { $0.optimizer === optimizer }) else { return }
            objects.optimizers.append(OptimizerState(optimizer))
            // The network whose parameters it updates, even when the loop does not name it.
            if let owner = session.networks.first(where: { Self.owns($0.module, optimizer) }) {
                add(network: owner.module)
            }
        }
        for (_, input) in inputs {
            switch input {
            case let .network(module): add(network: module)
            case let .optimizer(optimizer): add(optimizer: optimizer)
            case let .schedule(schedule):
                add(optimizer: schedule.optimizer)
                if !objects.schedules.contains(where: { $0.schedule === schedule }) {
                    objects.schedules.append(ScheduleState(schedule))
                }
            case .tensor, .other: break
            }
        }
        start = objects
        hadGradients = objects.networks.contains { $0.module.parameters.contains { $0.grad != nil } }
    }

    /// Whether every parameter the optimizer updates is one of the module's.
    static func owns(_ module: any Module, _ optimizer: any Optimizer) -> Bool {
        let parameters = module.parameters
        return optimizer.parameters.allSatisfy { p in parameters.contains { $0 === p } }
    }

    /// The names a statement reads (its loops' bodies included), in order of first use; the
    /// walk keeps its own stack, so no nesting makes it recurse.
    static func names(read statement: Statement) -> [String] {
        var expressions: [Expression] = []
        var pending = [statement]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            switch next.kind {
            case let .expression(e): expressions.append(e)
            case let .assignment(name, indices, compound, value):
                // An update reads the name it changes.
                let target = Expression(.name(name), at: next.location)
                if let indices {
                    expressions.append(Expression(.index(target, indices), at: next.location))
                } else if compound != nil {
                    expressions.append(target)
                }
                expressions.append(value)
            case let .memberAssignment(target, _, value): expressions += [target, value]
            case let .command(_, arguments, clauses):
                expressions += (arguments + clauses.flatMap(\.arguments)).map(\.value)
            case let .repeatLoop(count, body):
                expressions.append(count)
                pending.insert(contentsOf: body, at: 0)
            case let .whileLoop(condition, body):
                expressions.append(condition)
                pending.insert(contentsOf: body, at: 0)
            case .function, .meta: break
            }
        }
        return Expression.names(in: expressions)
    }
}

extension Session {
    /// The bound networks, by name.
    var networks: [(name: String, module: any Module)] {
        names.compactMap { name in
            guard case let .object(network as NetworkObject) = bindings[name] else { return nil }
            return (name, network.module)
        }
    }

    /// Runs a loop, recording it for `:export` when it is not inside another loop and uses a
    /// network or an optimizer. A loop stopped by an error or Ctrl-C is not kept.
    func recordingLoop(_ statement: Statement, _ body: () throws -> [Output]) rethrows -> [Output] {
        guard loopDepth == 0, loopRecording == nil else { return try body() }
        let record = LoopRecord(statement, statementIndex: statementsRun.count, session: self)
        guard !record.start.networks.isEmpty || !record.start.optimizers.isEmpty else { return try body() }
        loopRecording = record
        defer { loopRecording = nil }
        let outputs = try body()
        record.end = record.start.now()
        keep(.loop(record))
        return outputs
    }

    /// `backward` notes the value it back-propagated from, for the loop being recorded.
    func noteBackward(of value: Tensor) {
        if let loopRecording, value.count == 1 { loopRecording.backwardValues.append(value.scalars[0]) }
    }
}
