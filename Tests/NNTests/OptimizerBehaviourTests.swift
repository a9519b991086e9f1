import Autograd
import Tensors
import Testing

@testable import NN

/// What every optimizer shares: the checks PyTorch makes, skipping parameters without a
/// gradient, refusing a bad gradient without changing anything, reporting in a fixed order.
@Suite struct OptimizerBehaviourTests {
    /// One of each optimizer over `parameters`, with settings that make every piece of state.
    static func everyOptimizer(_ parameters: [Variable]) throws -> [any Optimizer] {
        [
            try SGD(parameters, lr: 0.1, momentum: 0.9), try Adagrad(parameters),
            try RMSprop(parameters, momentum: 0.5, centered: true), try Adadelta(parameters),
            try Adam(parameters, amsgrad: true), try NAdam(parameters), try Adam.adamW(parameters),
        ]
    }

    @Test func skipsAParameterWithoutAGradient() throws {
        for index in 0..<7 {
            let (used, unused) = (Variable(Tensor([1.0, 2.0])), Variable(Tensor([3.0])))
            let optimizer = try Self.everyOptimizer([used, unused])[index]
            try (used * used).sum().backward()
            try optimizer.step()
            #expect(used.value != Tensor([1.0, 2.0]), "\(optimizer.name) moves the parameter with a gradient")
            #expect(unused.value == Tensor([3.0]), "\(optimizer.name) leaves the other alone")
            #expect(unused.grad == nil)
            // PyTorch makes state lazily, on a parameter's first update; Adagrad's sum at once.
            let names = optimizer.state(of: unused).map(\.name)
            #expect(names == (optimizer.name == "Adagrad" ? ["sum", "step"] : []))
            if optimizer.name == "Adagrad" { #expect(optimizer.state(of: unused)[1].value == Tensor(0.0)) }
            #expect(!optimizer.state(of: used).isEmpty)
        }
    }

    @Test func aGradientOfTheWrongShapeChangesNothing() throws {
        for index in 0..<7 {
            let (a, b) = (Variable(Tensor([1.0, 2.0]), label: "a"), Variable(Tensor([3.0, 4.0]), label: "b"))
            let optimizer = try Self.everyOptimizer([a, b])[index]
            a.grad = Tensor([1.0, 1.0])
            b.grad = Tensor([1.0, 1.0, 1.0])
            let stateBefore = optimizer.state(at: 0).map(\.value)
            #expect(
                throws: OptimizerError.gradientShapeMismatch(
                    optimizer: optimizer.name, parameter: "b", parameterShape: [2], gradientShape: [3])
            ) {
                try optimizer.step()
            }
            #expect(a.value == Tensor([1.0, 2.0]), "\(optimizer.name) must check every gradient before updating")
            #expect(optimizer.state(at: 0).map(\.value) == stateBefore)
            #expect(optimizer.stepCount == 0)
            // The session goes on: with a good gradient the step works.
            b.grad = Tensor([1.0, 1.0])
            try optimizer.step()
            #expect(optimizer.stepCount == 1)
        }
    }

    @Test func anUpdateInvalidatesGraphsBuiltFromTheOldValue() throws {
        let w = Variable(Tensor([1.0, 2.0]), label: "w")
        let optimizer = try SGD([w], lr: 0.1)
        let loss = try (w * w).sum()
        try loss.backward()
        try optimizer.step()
        #expect(w.isLeaf && w.requiresGrad, "the update records no graph")
        #expect(throws: AutogradError.modifiedAfterUse(label: "w", operation: "mul")) { try loss.backward() }
    }

    @Test func zeroGradForgetsEveryGradient() throws {
        let (a, b) = (Variable(1.0), Variable(2.0))
        let optimizer = try Adam([a, b])
        try (a * b).backward()
        #expect(a.grad != nil && b.grad != nil)
        optimizer.zeroGrad()
        #expect(a.grad == nil && b.grad == nil)
        try optimizer.step()  // nothing to do, as in PyTorch
        #expect(a.value == Tensor(1.0) && optimizer.state(at: 0).isEmpty)
    }

    @Test func hyperparametersComeInAFixedOrderLearningRateFirst() throws {
        let names = try Self.everyOptimizer([Variable(1.0)]).map { $0.hyperparameters.map(\.name) }
        #expect(
            names == [
                ["lr", "momentum", "dampening", "weight_decay", "nesterov"],
                ["lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps"],
                ["lr", "alpha", "eps", "weight_decay", "momentum", "centered"],
                ["lr", "rho", "eps", "weight_decay"],
                ["lr", "betas", "eps", "weight_decay", "amsgrad", "decoupled_weight_decay"],
                ["lr", "betas", "eps", "weight_decay", "momentum_decay", "decoupled_weight_decay"],
                ["lr", "betas", "eps", "weight_decay", "amsgrad", "decoupled_weight_decay"],
            ])
        let adamW = try Adam.adamW([Variable(1.0)], lr: 0.01)
        #expect(adamW.hyperparameters[1].value == .pair(0.9, 0.999))
        #expect(adamW.hyperparameters[3].value == .number(0.01))
    }

    @Test func stateComesInAFixedOrderUnderPyTorchsNames() throws {
        let p = Variable(1.0)
        let optimizers = try Self.everyOptimizer([p])
        try (p * p).backward()
        for optimizer in optimizers { try optimizer.step() }
        #expect(
            optimizers.map { $0.state(at: 0).map(\.name) } == [
                ["momentum_buffer"],
                ["sum", "step"],
                ["square_avg", "grad_avg", "momentum_buffer", "step"],
                ["square_avg", "acc_delta", "step"],
                ["exp_avg", "exp_avg_sq", "max_exp_avg_sq", "step"],
                ["exp_avg", "exp_avg_sq", "mu_product", "step"],
                ["exp_avg", "exp_avg_sq", "step"],
            ])
        #expect(optimizers.allSatisfy { $0.state(at: 5).isEmpty && $0.state(of: Variable(1.0)).isEmpty })
    }

    @Test func namesParametersByLabelOrPosition() throws {
        let (w, b) = (Variable(1.0, label: "w"), Variable(2.0))
        #expect(try SGD([w, b]).parameterNames == ["w", "1"])
        #expect(
            try SGD([w, b], names: ["layer.weight", "layer.bias"]).parameterNames == ["layer.weight", "layer.bias"])
        #expect(try SGD([w, b]).index(of: b) == 1)
        #expect(throws: OptimizerError.parameterNameCount(optimizer: "SGD", parameters: 2, names: 1)) {
            try SGD([w, b], names: ["w"])
        }
    }

    @Test func refusesWhatPyTorchRefuses() throws {
        let p = Variable(1.0, label: "p")
        let computed = try p * 2
        func invalid(_ owner: String, _ name: String, _ value: Double, _ requirement: String) -> OptimizerError {
            .invalidHyperparameter(owner: owner, name: name, value: value, requirement: requirement)
        }
        let atLeastZero = "a finite number ≥ 0"
        #expect(throws: invalid("SGD", "lr", -0.1, atLeastZero)) { try SGD([p], lr: -0.1) }
        #expect(throws: invalid("SGD", "momentum", -1, atLeastZero)) { try SGD([p], momentum: -1) }
        #expect(throws: OptimizerError.nesterovNeedsMomentumWithoutDampening(momentum: 0, dampening: 0)) {
            try SGD([p], nesterov: true)
        }
        #expect(throws: OptimizerError.nesterovNeedsMomentumWithoutDampening(momentum: 0.9, dampening: 0.1)) {
            try SGD([p], momentum: 0.9, dampening: 0.1, nesterov: true)
        }
        #expect(throws: invalid("Adagrad", "lr_decay", -1, atLeastZero)) { try Adagrad([p], lrDecay: -1) }
        #expect(throws: invalid("Adagrad", "initial_accumulator_value", -1, atLeastZero)) {
            try Adagrad([p], initialAccumulatorValue: -1)
        }
        #expect(throws: invalid("RMSprop", "alpha", -0.5, atLeastZero)) { try RMSprop([p], alpha: -0.5) }
        #expect(throws: invalid("Adadelta", "rho", 1.5, "in [0, 1]")) { try Adadelta([p], rho: 1.5) }
        #expect(throws: invalid("Adam", "beta1", 1, "in [0, 1)")) { try Adam([p], betas: (1, 0.999)) }
        #expect(throws: invalid("AdamW", "beta2", -0.1, "in [0, 1)")) { try Adam.adamW([p], betas: (0.9, -0.1)) }
        #expect(throws: invalid("AdamW", "weight_decay", -0.01, atLeastZero)) {
            try Adam.adamW([p], weightDecay: -0.01)
        }
        #expect(throws: invalid("NAdam", "momentum_decay", -1, atLeastZero)) { try NAdam([p], momentumDecay: -1) }
        #expect(throws: invalid("Adam", "eps", -1, atLeastZero)) { try Adam([p], eps: -1) }
        #expect(throws: OptimizerError.emptyParameterList(optimizer: "Adam")) { try Adam([]) }
        #expect(throws: OptimizerError.duplicateParameter(optimizer: "SGD", name: "p")) { try SGD([p, p]) }
        #expect(throws: OptimizerError.nonLeafParameter(optimizer: "RMSprop", name: "0")) { try RMSprop([computed]) }
    }

    @Test func rejectsNonFiniteHyperparameters() {
        let p = Variable(1.0)
        // NaN and infinity fail every range check (the error carries the value, so compare text).
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: OptimizerError.self) { try SGD([p], lr: value) }
            #expect(throws: OptimizerError.self) { try Adam([p], betas: (value, 0.999)) }
            #expect(throws: OptimizerError.self) { try Adadelta([p], rho: value) }
            #expect(throws: OptimizerError.self) { try SGD([p], dampening: value) }
        }
    }

    @Test func learningRateCanBeSetWithOrWithoutACheck() throws {
        let adam = try Adam([Variable(1.0)], lr: 0.1)
        adam.learningRate = 0.05
        #expect(adam.hyperparameters[0].value == .number(0.05))
        try adam.setLearningRate(0.2)
        #expect(adam.learningRate == 0.2)
        #expect(
            throws: OptimizerError.invalidHyperparameter(
                owner: "Adam", name: "lr", value: -1, requirement: "a finite number ≥ 0")
        ) {
            try adam.setLearningRate(-1)
        }
        #expect(adam.learningRate == 0.2)
    }

    @Test func errorsSayWhatWasWrong() {
        #expect(
            OptimizerError.gradientShapeMismatch(
                optimizer: "Adam", parameter: "w", parameterShape: [2, 3], gradientShape: [3]
            ).description
                == "Adam: the gradient of w has shape [3] but the parameter has shape [2, 3]")
        #expect(
            OptimizerError.invalidHyperparameter(owner: "Adam", name: "beta1", value: 1, requirement: "in [0, 1)")
                .description
                == "Adam: beta1 must be in [0, 1), got 1.0")
        #expect(
            OptimizerError.nesterovNeedsMomentumWithoutDampening(momentum: 0, dampening: 0).description.contains(
                "nesterov needs momentum > 0"))
    }
}
