import Autograd
import Tensors
import Testing

@testable import NN

/// Each optimizer's update worked by hand on one number with a gradient set directly (g = 2
/// unless said), each expectation written as the documented formula, so that a reader can
/// follow the algorithm step by step. The parity tests check the same code against torch.
@Suite struct OptimizerUpdateTests {
    /// Runs `steps` updates of `optimizer` on its single parameter with the given gradients and
    /// returns the parameter after each.
    func trajectory(_ optimizer: any Optimizer, gradients: [Double]) throws -> [Double] {
        try gradients.map { g in
            optimizer.parameters[0].grad = Tensor(g)
            try optimizer.step()
            return optimizer.parameters[0].value.scalars[0]
        }
    }

    @Test func sgdMomentumStartsItsBufferAtTheGradient() throws {
        let sgd = try SGD([Variable(1.0)], lr: 0.1, momentum: 0.9, dampening: 0.5)
        let path = try trajectory(sgd, gradients: [2, 2])
        // Step 1: b = g = 2 (no dampening), p = 1 − 0.1·2. Step 2: b = 0.9·2 + (1 − 0.5)·2 = 2.8.
        OptimizerReference.expectClose(path, [1 - 0.1 * 2, (1 - 0.1 * 2) - 0.1 * (0.9 * 2 + 0.5 * 2)], "sgd momentum")
        OptimizerReference.expectClose(sgd.state(at: 0)[0].value.scalars, [0.9 * 2 + 0.5 * 2], "momentum_buffer")
    }

    @Test func sgdNesterovLooksAheadAlongTheBuffer() throws {
        let sgd = try SGD([Variable(1.0)], lr: 0.1, momentum: 0.9, nesterov: true)
        let path = try trajectory(sgd, gradients: [2, 2])
        // Step 1: b = 2, step g + μ·b = 2 + 1.8. Step 2: b = 0.9·2 + 2 = 3.8, step 2 + 0.9·3.8.
        let first = 1 - 0.1 * (2 + 0.9 * 2)
        OptimizerReference.expectClose(path, [first, first - 0.1 * (2 + 0.9 * 3.8)], "nesterov")
    }

    @Test func sgdWeightDecayAddsL2ToTheGradient() throws {
        let sgd = try SGD([Variable(1.0)], lr: 0.1, weightDecay: 0.5)
        // g = 2 + 0.5·1 = 2.5; no momentum, so no state.
        OptimizerReference.expectClose(try trajectory(sgd, gradients: [2]), [1 - 0.1 * 2.5], "sgd weight decay")
        #expect(sgd.state(at: 0).isEmpty)
    }

    @Test func adagradDividesByTheRootOfTheSumOfSquares() throws {
        let adagrad = try Adagrad([Variable(1.0)], lr: 0.1, lrDecay: 0.5, eps: 0)
        let path = try trajectory(adagrad, gradients: [2, 2])
        // Step 1: s = 4, rate 0.1, p = 1 − 0.1·2/√4. Step 2: s = 8, rate 0.1/(1 + 0.5).
        OptimizerReference.expectClose(path, [0.9, 0.9 - 0.1 / 1.5 * 2 / 8.0.squareRoot()], "adagrad")
        #expect(adagrad.state(at: 0).map(\.name) == ["sum", "step"])
        OptimizerReference.expectClose(adagrad.state(at: 0)[0].value.scalars, [8], "sum")
    }

    @Test func adagradPutsEpsOutsideTheRoot() throws {
        let adagrad = try Adagrad([Variable(1.0)], lr: 1, initialAccumulatorValue: 5, eps: 1)
        // s = 5 + 4 = 9: the step is g/(√9 + 1) = 2/4, not g/√(9 + 1).
        OptimizerReference.expectClose(try trajectory(adagrad, gradients: [2]), [0.5], "adagrad eps")
    }

    @Test func rmspropKeepsARunningMeanOfSquares() throws {
        let plain = try RMSprop([Variable(1.0)], lr: 0.01, eps: 0)
        // v = (1 − 0.99)·4 = 0.04, p = 1 − 0.01·2/√0.04 = 1 − 0.1.
        OptimizerReference.expectClose(try trajectory(plain, gradients: [2]), [1 - 0.01 * 2 / 0.2], "rmsprop")

        let centered = try RMSprop([Variable(1.0)], lr: 0.01, eps: 0, centered: true)
        // ḡ = 0.01·2 = 0.02, so the denominator is √(0.04 − 0.02²).
        OptimizerReference.expectClose(
            try trajectory(centered, gradients: [2]), [1 - 0.01 * 2 / (0.04 - 0.0004).squareRoot()], "centered")
        #expect(centered.state(at: 0).map(\.name) == ["square_avg", "grad_avg", "step"])
    }

    @Test func rmspropMomentumAccumulatesScaledSteps() throws {
        let rmsprop = try RMSprop([Variable(1.0)], lr: 0.01, alpha: 0.5, eps: 0, momentum: 0.9)
        let path = try trajectory(rmsprop, gradients: [2, 2])
        // Step 1: v = 0.5·4 = 2, b = 2/√2. Step 2: v = 0.5·2 + 0.5·4 = 3, b = 0.9·√2 + 2/√3.
        let b1 = 2 / 2.0.squareRoot()
        let b2 = 0.9 * b1 + 2 / 3.0.squareRoot()
        OptimizerReference.expectClose(path, [1 - 0.01 * b1, 1 - 0.01 * b1 - 0.01 * b2], "rmsprop momentum")
        #expect(rmsprop.state(at: 0).map(\.name) == ["square_avg", "momentum_buffer", "step"])
    }

    @Test func adadeltaScalesByTheRatioOfRunningRoots() throws {
        let adadelta = try Adadelta([Variable(1.0)], rho: 0.5, eps: 1e-2)
        let path = try trajectory(adadelta, gradients: [2, 2])
        // Step 1: v = 0.5·4 = 2, Δ = √(0 + 0.01)/√(2 + 0.01)·2, u = 0.5·Δ².
        let delta1 = 0.1 / 2.01.squareRoot() * 2
        let u1 = 0.5 * delta1 * delta1
        // Step 2: v = 0.5·2 + 0.5·4 = 3, Δ = √(u + 0.01)/√(3 + 0.01)·2.
        let delta2 = (u1 + 0.01).squareRoot() / 3.01.squareRoot() * 2
        OptimizerReference.expectClose(path, [1 - delta1, 1 - delta1 - delta2], "adadelta")
        OptimizerReference.expectClose(
            adadelta.state(at: 0)[1].value.scalars, [0.5 * u1 + 0.5 * delta2 * delta2], "acc_delta")
    }

    @Test func adamCorrectsItsBiasSoAConstantGradientStepsByTheRate() throws {
        let adam = try Adam([Variable(1.0)], lr: 0.1, eps: 0)
        // With a constant g, m̂ = g and v̂ = g² at every step: each step is exactly lr.
        OptimizerReference.expectClose(try trajectory(adam, gradients: [2, 2, 2]), [0.9, 0.8, 0.7], "adam")
        let state = adam.state(at: 0)
        #expect(state.map(\.name) == ["exp_avg", "exp_avg_sq", "step"])
        // m = (1 − 0.9³)·2, v = (1 − 0.999³)·4, step 3.
        OptimizerReference.expectClose(state[0].value.scalars, [(1 - 0.729) * 2], "exp_avg")
        OptimizerReference.expectClose(state[1].value.scalars, [(1 - 0.999 * 0.999 * 0.999) * 4], "exp_avg_sq")
        #expect(state[2].value == Tensor(3.0))
    }

    @Test func amsgradDividesByTheLargestSecondMoment() throws {
        let plain = try Adam([Variable(1.0)], lr: 0.1, betas: (0.9, 0.5), eps: 0)
        let ams = try Adam([Variable(1.0)], lr: 0.1, betas: (0.9, 0.5), eps: 0, amsgrad: true)
        // g = 2 then 0.1: v = 2 then 0.5·2 + 0.5·0.01 = 1.005, which falls; amsgrad keeps 2.
        // m = 0.2 then 0.9·0.2 + 0.1·0.1 = 0.19, m̂ = 0.19/(1 − 0.81) = 1; bias correction 1 − 0.25.
        let plainPath = try trajectory(plain, gradients: [2, 0.1])
        let amsPath = try trajectory(ams, gradients: [2, 0.1])
        OptimizerReference.expectClose(plainPath, [0.9, 0.9 - 0.1 * 1 / (1.005 / 0.75).squareRoot()], "adam")
        OptimizerReference.expectClose(amsPath, [0.9, 0.9 - 0.1 * 1 / (2 / 0.75).squareRoot()], "amsgrad")
        #expect(ams.state(at: 0).map(\.name) == ["exp_avg", "exp_avg_sq", "max_exp_avg_sq", "step"])
        OptimizerReference.expectClose(ams.state(at: 0)[2].value.scalars, [2], "max_exp_avg_sq")
    }

    @Test func adamWDecaysTheWeightWhereAdamsL2IsNormalisedAway() throws {
        // Adam's L2 term joins the gradient (2 + 0.5·1) and the first step is still exactly lr.
        let adam = try Adam([Variable(1.0)], lr: 0.1, eps: 0, weightDecay: 0.5)
        OptimizerReference.expectClose(try trajectory(adam, gradients: [2]), [0.9], "adam L2")
        // AdamW shrinks p by (1 − 0.1·0.5) first, then takes the same step.
        let adamW = try Adam.adamW([Variable(1.0)], lr: 0.1, eps: 0, weightDecay: 0.5)
        #expect(adamW.name == "AdamW")
        OptimizerReference.expectClose(try trajectory(adamW, gradients: [2]), [1 * (1 - 0.1 * 0.5) - 0.1], "adamw")
    }

    @Test func nadamWarmsItsMomentumUp() throws {
        let nadam = try NAdam([Variable(1.0)], lr: 0.1, eps: 0)
        // μ₁ = 0.9·(1 − ½·0.96^0.004), μ₂ = 0.9·(1 − ½·0.96^0.008); m = 0.2, √v̂ = 2.
        let mu1 = 0.9 * (1 - 0.5 * Tensor.power(0.96, 0.004))
        let mu2 = 0.9 * (1 - 0.5 * Tensor.power(0.96, 0.008))
        let expected = 1 - 0.1 * (1 - mu1) / (1 - mu1) * 2 / 2 - 0.1 * mu2 / (1 - mu1 * mu2) * 0.2 / 2
        OptimizerReference.expectClose(try trajectory(nadam, gradients: [2]), [expected], "nadam")
        let state = nadam.state(at: 0)
        #expect(state.map(\.name) == ["exp_avg", "exp_avg_sq", "mu_product", "step"])
        OptimizerReference.expectClose(state[2].value.scalars, [mu1], "mu_product")
    }

    @Test func updatesEveryElementOfATensorParameter() throws {
        let w = Variable(try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]))
        let sgd = try SGD([w], lr: 0.5)
        w.grad = try Tensor(shape: [2, 2], scalars: [1, -1, 2, 0])
        try sgd.step()
        #expect(w.value == (try Tensor(shape: [2, 2], scalars: [0.5, 2.5, 2, 4])))
    }
}
