import Autograd
import NN
import Tensors

/// Everything a statement can change in a session, captured so that it can be put back: a
/// lesson evaluates an answer, or runs a solution to learn what it binds, and then undoes it.
///
/// Captured: the bindings, the last value (`_`), the random stream, the seed, the statements `:save` keeps, the
/// settings; every variable reachable from a binding (through the graph, a network's
/// parameters, an optimizer's parameters) with its value, gradient and label; every layer's
/// mode and BatchNorm's running statistics; an optimizer's learning rate. Not captured: an
/// optimizer's per-parameter state and step count, and a schedule's epoch, which no
/// expression can change (only `step`, `train`); ``restore(_:keeping:)`` names any that did.
public struct SessionSnapshot {
    private let bindings: [String: Value]
    private let lastValue: Value?
    private let random: RandomSource
    private let seed: UInt64
    private let savedInput: [String]
    private let settings: Settings
    private let variables: [(Variable, Variable.State)]
    private let modes: [(any Module, Bool)]
    private let batchNorms: [(BatchNorm1d, BatchNorm1d.State)]
    private let learningRates: [(any Optimizer, Double)]
    private let stepCounts: [(String, any Optimizer, Int)]

    public init(_ session: Session) {
        bindings = session.bindings
        lastValue = session.lastValue
        random = session.random
        seed = session.seed
        savedInput = session.savedInput
        settings = session.settings
        var roots: [Variable] = []
        var modules: [any Module] = []
        var optimizers: [any Optimizer] = []
        var stepped: [(String, any Optimizer)] = []
        for name in session.names {
            switch session.bindings[name] {
            case let .tensor(variable): roots.append(variable)
            case let .object(network as NetworkObject):
                modules += network.module.namedModules.map(\.module)
                roots += network.module.parameters
            case let .object(optimizer as OptimizerObject):
                optimizers.append(optimizer.optimizer)
                stepped.append((name, optimizer.optimizer))
                roots += optimizer.optimizer.parameters
            case let .object(schedule as ScheduleObject):
                optimizers.append(schedule.optimizerObject.optimizer)
            default: break
            }
        }
        variables = Self.reachable(from: roots).map { ($0, $0.state) }
        modes = modules.map { ($0, $0.isTraining) }
        batchNorms = modules.compactMap { $0 as? BatchNorm1d }.map { ($0, $0.state) }
        learningRates = optimizers.map { ($0, $0.learningRate) }
        stepCounts = stepped.map { ($0.0, $0.1, $0.1.stepCount) }
    }

    /// Puts the session back as it was, except for the bindings named in `keeping`, which
    /// keep what they are bound to now (a command exercise's answer). Returns the names of
    /// the optimizers that took a step meanwhile, which cannot be undone.
    @discardableResult
    public func restore(_ session: Session, keeping names: [String] = []) -> [String] {
        var restored = bindings
        for name in names { restored[name] = session.bindings[name] }
        session.bindings = restored
        session.lastValue = lastValue
        session.random = random
        session.seed = seed
        session.savedInput = savedInput
        session.settings = settings
        for (variable, state) in variables { variable.restore(state) }
        for (module, mode) in modes { module.isTraining = mode }
        for (layer, state) in batchNorms { layer.restore(state) }
        for (optimizer, rate) in learningRates { optimizer.learningRate = rate }
        return stepCounts.filter { $0.1.stepCount != $0.2 }.map(\.0)
    }

    /// Every variable the roots were computed from, each once, without recursion (a graph
    /// can be a million nodes deep).
    private static func reachable(from roots: [Variable]) -> [Variable] {
        var seen = Set<ObjectIdentifier>()
        var found: [Variable] = []
        var pending = roots
        while let variable = pending.popLast() {
            guard seen.insert(ObjectIdentifier(variable)).inserted else { continue }
            found.append(variable)
            pending += variable.inputs
        }
        return found
    }
}
