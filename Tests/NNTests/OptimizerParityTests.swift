import Autograd
import Tensors
import Testing

@testable import NN

/// Every optimizer configuration, alone or driven by a schedule, against torch.optim over
/// several steps, from the numbers scripts/reference/pytorch_optim_reference.py recorded: the
/// loss before each step, every parameter after each step, the rate each step used and the
/// final state under PyTorch's names.
@Suite struct OptimizerParityTests {
    typealias Reference = OptimizerReference

    @Test(arguments: Reference.runs.map(\.name))
    func matchesPyTorch(_ name: String) throws {
        let run = try #require(Reference.runs.first { $0.name == name })
        let parameters = try Reference.initialParameters.map { Variable(try Reference.tensor($0)) }
        let optimizer = try Self.makeOptimizer(run.optimizer, parameters, run.group)
        let schedule = try run.schedule.map { try ScheduleParityTests.makeSchedule($0, optimizer, run.scheduleOptions) }
        #expect(run.parameters.count >= 5)
        for (step, expected) in run.parameters.enumerated() {
            optimizer.zeroGrad()
            let loss = try Self.loss(parameters[0], parameters[1])
            Reference.expectClose(loss.value.scalars, [run.losses[step]], "loss before step \(step + 1)")
            Reference.expectClose([optimizer.learningRate], [run.learningRates[step]], "lr of step \(step + 1)")
            try loss.backward()
            try optimizer.step()
            schedule?.step()
            for (i, (parameter, reference)) in zip(parameters, expected).enumerated() {
                #expect(parameter.value.shape == reference.shape)
                Reference.expectClose(
                    parameter.value.scalars, reference.scalars, "parameter \(i) after step \(step + 1)")
            }
        }
        #expect(optimizer.stepCount == run.parameters.count)
        for (i, reference) in run.finalState.enumerated() {
            let state = optimizer.state(at: i).sorted { $0.name < $1.name }
            #expect(state.map(\.name) == reference.map(\.name), "state names of parameter \(i)")
            for (entry, expected) in zip(state, reference) {
                #expect(entry.value.shape == expected.value.shape, "\(entry.name) shape")
                Reference.expectClose(entry.value.scalars, expected.value.scalars, "\(entry.name) of parameter \(i)")
            }
        }
    }

    /// Each optimizer made with no arguments reports exactly torch's defaults.
    @Test(arguments: Reference.runs.filter { $0.name.hasSuffix("defaults") }.map(\.name))
    func defaultsAreTorchs(_ name: String) throws {
        let run = try #require(Reference.runs.first { $0.name == name })
        let parameter = [Variable(Tensor([1.0]))]
        let optimizer: any Optimizer
        switch run.optimizer {
        case "sgd": optimizer = try SGD(parameter)
        case "adagrad": optimizer = try Adagrad(parameter)
        case "rmsprop": optimizer = try RMSprop(parameter)
        case "adadelta": optimizer = try Adadelta(parameter)
        case "adam": optimizer = try Adam(parameter)
        case "nadam": optimizer = try NAdam(parameter)
        case "adamw": optimizer = try Adam.adamW(parameter)
        case "adamax": optimizer = try Adamax(parameter)
        default:
            Issue.record("no optimizer \(run.optimizer)")
            return
        }
        #expect(Self.flattened(optimizer.hyperparameters) == run.group)
    }

    @Test func everyOptimizerHasADefaultsRun() {
        let optimizers = Set(Reference.runs.filter { $0.name.hasSuffix("defaults") }.map(\.optimizer))
        #expect(optimizers == ["sgd", "adagrad", "rmsprop", "adadelta", "adam", "nadam", "adamw", "adamax"])
    }

    /// Rosenbrock(a) + Σ weights·sin(B) + ½·Σ(B − shift)², the generator's loss.
    static func loss(_ a: Variable, _ b: Variable) throws -> Variable {
        let weights = Variable(try Reference.tensor(Reference.weights), requiresGrad: false)
        let wave = try (weights * b.sin()).sum()
        let pull = try 0.5 * (b - Reference.shift).pow(2).sum()
        return try TestFunction.rosenbrock(a) + wave + pull
    }

    /// An optimizer with every hyperparameter taken from torch's resolved param group; a
    /// missing one becomes NaN, which the optimizer rejects.
    static func makeOptimizer(_ kind: String, _ parameters: [Variable], _ group: [String: Double]) throws
        -> any Optimizer
    {
        func number(_ key: String) -> Double { group[key] ?? .nan }
        func flag(_ key: String) -> Bool { group[key] == 1 }
        let betas = (number("beta1"), number("beta2"))
        switch kind {
        case "sgd":
            return try SGD(
                parameters, lr: number("lr"), momentum: number("momentum"), dampening: number("dampening"),
                weightDecay: number("weight_decay"), nesterov: flag("nesterov"))
        case "adagrad":
            return try Adagrad(
                parameters, lr: number("lr"), lrDecay: number("lr_decay"), weightDecay: number("weight_decay"),
                initialAccumulatorValue: number("initial_accumulator_value"), eps: number("eps"))
        case "rmsprop":
            return try RMSprop(
                parameters, lr: number("lr"), alpha: number("alpha"), eps: number("eps"),
                weightDecay: number("weight_decay"), momentum: number("momentum"), centered: flag("centered"))
        case "adadelta":
            return try Adadelta(
                parameters, lr: number("lr"), rho: number("rho"), eps: number("eps"),
                weightDecay: number("weight_decay"))
        case "adam":
            return try Adam(
                parameters, lr: number("lr"), betas: betas, eps: number("eps"), weightDecay: number("weight_decay"),
                amsgrad: flag("amsgrad"), decoupledWeightDecay: flag("decoupled_weight_decay"))
        case "nadam":
            return try NAdam(
                parameters, lr: number("lr"), betas: betas, eps: number("eps"), weightDecay: number("weight_decay"),
                momentumDecay: number("momentum_decay"), decoupledWeightDecay: flag("decoupled_weight_decay"))
        case "adamw":
            return try Adam.adamW(
                parameters, lr: number("lr"), betas: betas, eps: number("eps"),
                weightDecay: number("weight_decay"), amsgrad: flag("amsgrad"))
        case "adamax":
            return try Adamax(
                parameters, lr: number("lr"), betas: betas, eps: number("eps"), weightDecay: number("weight_decay"))
        default:
            throw OptimizerError.emptyParameterList(optimizer: "unknown optimizer \(kind)")
        }
    }

    /// Hyperparameters as the generator writes them: flags as 0/1, betas as beta1/beta2.
    static func flattened(_ hyperparameters: [(name: String, value: HyperparameterValue)]) -> [String: Double] {
        var result: [String: Double] = [:]
        for (name, value) in hyperparameters {
            switch value {
            case let .number(x): result[name] = x
            case let .flag(b): result[name] = b ? 1 : 0
            case let .pair(first, second):
                result["beta1"] = first
                result["beta2"] = second
            }
        }
        return result
    }
}

/// Helpers for comparing with the recorded numbers (named here, not globally, so that other
/// reference files in this test target cannot clash with them).
extension OptimizerReference {
    static func tensor(_ values: OptimizerReference.Values) throws -> Tensor {
        try Tensor(shape: values.shape, scalars: values.scalars)
    }

    /// Equal within 1e-12 relative, or 1e-13 absolute for values near zero (PyTorch's kernels may
    /// round an intermediate differently, e.g. with a fused multiply-add). The hand-worked tests
    /// use it too: their formulas round differently from the optimizers' loops.
    static func expectClose(
        _ actual: [Double], _ expected: [Double], _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            let close = a == e || Swift.abs(a - e) <= 1e-12 * Swift.abs(e) + 1e-13
            #expect(close, "\(what): \(a), expected \(e)", sourceLocation: sourceLocation)
        }
    }
}
