import Autograd
import Tensors
import Testing

@testable import NN

/// The schedules' rates worked by hand, how they drive an optimizer, and their checks.
@Suite struct ScheduleTests {
    func rates(_ schedule: any LearningRateSchedule, epochs: Int) -> [Double] {
        (0..<epochs).map { _ in
            schedule.step()
            return schedule.currentLearningRate
        }
    }

    @Test func stepDecayMultipliesEveryStepSizeEpochs() throws {
        let sgd = try SGD([Variable(1.0)], lr: 1)
        let schedule = try StepLR(sgd, stepSize: 2, gamma: 0.5)
        #expect(schedule.epoch == 0 && schedule.currentLearningRate == 1)
        // γ₀·γ^⌊t/2⌋ for t = 1…5.
        #expect(rates(schedule, epochs: 5) == [1, 0.5, 0.5, 0.25, 0.25])
        #expect(sgd.learningRate == 0.25 && schedule.baseLearningRate == 1 && schedule.epoch == 5)
    }

    @Test func exponentialDecayMultipliesEveryEpoch() throws {
        let schedule = try ExponentialLR(try Adam([Variable(1.0)], lr: 0.8), gamma: 0.5)
        #expect(rates(schedule, epochs: 3) == [0.4, 0.2, 0.1])
    }

    @Test func inverseTimeDecayFallsAsOneOverT() throws {
        let schedule = try InverseTimeLR(try SGD([Variable(1.0)], lr: 1), k: 1)
        // 1/(1 + t): halved at t = 1/k.
        OptimizerReference.expectClose(rates(schedule, epochs: 4), [1.0 / 2, 1.0 / 3, 1.0 / 4, 1.0 / 5], "1/t")
    }

    @Test func chainedSchedulesCarryOnFromARateSetByHand() throws {
        // As PyTorch: StepLR and ExponentialLR multiply the optimizer's current rate;
        // the 1/t rule is computed from the base rate and overrides it.
        let sgd = try SGD([Variable(1.0)], lr: 1)
        let exponential = try ExponentialLR(sgd, gamma: 0.5)
        exponential.step()
        sgd.learningRate = 10
        exponential.step()
        #expect(sgd.learningRate == 5)

        let other = try SGD([Variable(1.0)], lr: 1)
        let inverse = try InverseTimeLR(other, k: 1)
        other.learningRate = 10
        inverse.step()
        #expect(other.learningRate == 0.5)
    }

    @Test func theOptimizerUsesTheScheduledRate() throws {
        let p = Variable(0.0)
        let sgd = try SGD([p], lr: 1)
        let schedule = try StepLR(sgd, stepSize: 1, gamma: 0.5)
        for _ in 0..<3 {
            p.grad = Tensor(-1.0)
            try sgd.step()
            schedule.step()
        }
        // Steps of 1, 0.5 and 0.25 against the gradient.
        #expect(p.value == Tensor(1.75))
    }

    @Test func reportsItsSettings() throws {
        let sgd = try SGD([Variable(1.0)])
        #expect(try StepLR(sgd, stepSize: 30).hyperparameters.map(\.name) == ["step_size", "gamma"])
        #expect(try StepLR(sgd, stepSize: 30).hyperparameters[1].value == .number(0.1))
        #expect(try ExponentialLR(sgd, gamma: 0.9).hyperparameters[0].value == .number(0.9))
        #expect(try InverseTimeLR(sgd, k: 0.5).hyperparameters[0].name == "k")
        #expect(try InverseTimeLR(sgd, k: 0.5).name == "InverseTimeLR")
    }

    @Test func refusesSettingsThatMakeNoSchedule() throws {
        let sgd = try SGD([Variable(1.0)])
        #expect(
            throws: OptimizerError.invalidHyperparameter(
                owner: "StepLR", name: "step_size", value: 0, requirement: "a whole number ≥ 1")
        ) {
            try StepLR(sgd, stepSize: 0)
        }
        #expect(throws: OptimizerError.self) { try StepLR(sgd, stepSize: Int.min) }
        #expect(throws: OptimizerError.self) { try StepLR(sgd, stepSize: 2, gamma: -1) }
        #expect(throws: OptimizerError.self) { try ExponentialLR(sgd, gamma: .nan) }
        #expect(throws: OptimizerError.self) { try InverseTimeLR(sgd, k: -0.5) }
        #expect(throws: OptimizerError.self) { try InverseTimeLR(sgd, k: .infinity) }
        #expect(sgd.learningRate == 1e-3, "a refused schedule leaves the optimizer alone")
    }
}
