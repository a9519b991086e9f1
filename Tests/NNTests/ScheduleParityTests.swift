import Autograd
import Tensors
import Testing

@testable import NN

/// StepLR and ExponentialLR against torch's, and InverseTimeLR against torch's LambdaLR with
/// λ(t) = 1/(1 + k·t), from scripts/reference/pytorch_optim_reference.py.
@Suite struct ScheduleParityTests {
    @Test(arguments: OptimizerReference.schedules.map(\.name))
    func matchesPyTorch(_ name: String) throws {
        let run = try #require(OptimizerReference.schedules.first { $0.name == name })
        let optimizer = try SGD([Variable(Tensor([0.0]))], lr: run.baseLearningRate)
        let schedule = try Self.makeSchedule(run.schedule, optimizer, run.options)
        #expect(schedule.baseLearningRate == run.baseLearningRate)
        #expect(schedule.currentLearningRate == run.baseLearningRate)
        for (epoch, expected) in run.learningRates.enumerated() {
            schedule.step()
            #expect(schedule.epoch == epoch + 1)
            OptimizerReference.expectClose([schedule.currentLearningRate], [expected], "lr after epoch \(epoch + 1)")
            #expect(optimizer.learningRate == schedule.currentLearningRate)
        }
    }

    static func makeSchedule(_ kind: String, _ optimizer: any Optimizer, _ options: [String: Double]) throws
        -> any LearningRateSchedule
    {
        func number(_ key: String) -> Double { options[key] ?? .nan }
        switch kind {
        case "step":
            return try StepLR(optimizer, stepSize: Int(exactly: number("step_size")) ?? 0, gamma: number("gamma"))
        case "exponential": return try ExponentialLR(optimizer, gamma: number("gamma"))
        case "inverse_time": return try InverseTimeLR(optimizer, k: number("k"))
        default: throw OptimizerError.emptyParameterList(optimizer: "unknown schedule \(kind)")
        }
    }
}
