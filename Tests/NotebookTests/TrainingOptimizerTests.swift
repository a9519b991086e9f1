import Autograd
import NN
import Tensors
import Testing

@testable import Notebook

/// Optimizers and schedules from the prompt: the same updates as the engine's, state visible,
/// bindings updated in place.
@Suite struct TrainingOptimizerTests {
    @Test func aRepeatLoopWithSGDEqualsTheEngine() throws {
        let session = Session()
        run(
            "w = [1.5, -0.5]; opt = sgd(w, lr = 0.1, momentum = 0.9, nesterov = true, weight_decay = 0.01)", in: session
        )
        run("repeat 5 { loss = rosenbrock(w); zero opt; backward loss; step opt }", in: session)
        let w = Variable(Tensor([1.5, -0.5]), requiresGrad: true, label: "w")
        let sgd = try SGD([w], lr: 0.1, momentum: 0.9, weightDecay: 0.01, nesterov: true)
        for _ in 0..<5 {
            sgd.zeroGrad()
            try TestFunction.rosenbrock(w).backward()
            try sgd.step()
        }
        #expect(session.scalars("w") == w.value.scalars)
        #expect(run("opt.steps", in: session) == "5")
        // the binding is the optimizer's own variable, updated in place
        #expect(session.variable("w") === session.optimizer("opt")?.parameters.first)
    }

    @Test func adamStateAfterOneStepIsWorkedByHand() {
        let session = Session()
        run("w = [1.0, -2.0]; opt = adam(w, lr = 0.1); backward sum(w^2); step opt", in: session)
        // g = 2w = (2, −4): m = 0.1·g, v = 0.001·g², p ← p − 0.1·m̂/(√v̂ + ε) = p − 0.1·sign(g)
        #expect(run("opt.exp_avg", in: session) == "[0.2, -0.4]")
        #expect(run("opt.exp_avg_sq", in: session) == "[0.004, 0.016]")
        #expect(run("state(opt, w, \"step\")", in: session) == "1")
        #expect(close(session.scalars("w"), [0.9, -1.9], tolerance: 1e-9))
        let table = run("opt.state", in: session)
        #expect(table.hasPrefix("Adam after 1 step:\nparameter  state       value\nw          exp_avg     [0.2, -0.4]"))
        #expect(
            failure("state(opt, w, \"momentum_buffer\")", in: session).contains(
                "keeps no momentum_buffer for w; it keeps exp_avg, exp_avg_sq, step"))
    }

    @Test(arguments: ["sgd", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam"])
    func everyOptimizerMatchesTheEngineOnANetwork(_ name: String) throws {
        let session = Session(seed: 11)
        run("net = mlp(2, 3, 1); opt = \(name)(net, lr = 0.05)", in: session)
        run("X = [[1, 2], [-1, 0.5], [0, -1]]; y = [1, -1, 1]", in: session)
        var random = RandomSource(seed: 11)
        let net = try Sequential.mlp([2, 3, 1], using: &random)
        let optimizer: any Optimizer =
            switch name {
            case "sgd": try SGD(net.parameters, lr: 0.05)
            case "adagrad": try Adagrad(net.parameters, lr: 0.05)
            case "rmsprop": try RMSprop(net.parameters, lr: 0.05)
            case "adadelta": try Adadelta(net.parameters, lr: 0.05)
            case "adam": try Adam(net.parameters, lr: 0.05)
            case "adamw": try Adam.adamW(net.parameters, lr: 0.05)
            default: try NAdam(net.parameters, lr: 0.05)
            }
        run("repeat 3 { loss = mse(net(X), y); zero opt; backward loss; step opt }", in: session)
        let x = Variable(try Tensor(shape: [3, 2], scalars: [1, 2, -1, 0.5, 0, -1]), requiresGrad: false)
        for _ in 0..<3 {
            optimizer.zeroGrad()
            try Loss.mse(try net(x, random: &random), Variable(Tensor([1, -1, 1]), requiresGrad: false)).backward()
            try optimizer.step()
        }
        #expect(session.parameterScalars("net") == net.parameters.map(\.value.scalars))
    }

    @Test func zeroClearsTheGradientsOfAnOptimizerOrANetwork() {
        let session = Session(seed: 1)
        run("net = mlp(2, 2, 1); opt = sgd(net, lr = 0.1); loss = sum(net([[1, 1]])); backward loss", in: session)
        #expect(session.network("net")?.parameters.allSatisfy { $0.grad != nil } == true)
        #expect(run("zero opt", in: session) == "cleared the gradients of 0.weight, 0.bias, 2.weight, 2.bias")
        #expect(session.network("net")?.parameters.allSatisfy { $0.grad == nil } == true)
        #expect(run("zero net", in: session) == "no gradients to clear")
        #expect(
            run("step opt", in: session)
                == "SGD step 1: no parameter has a gradient (run backward first), nothing changed")
    }

    /// `zero` alone is PyTorch's zero_grad for the whole session: named tensors, and the
    /// parameters of every network and optimizer (it used to leave the networks' gradients).
    @Test func zeroAloneClearsEveryGradientInTheSession() {
        let session = Session(seed: 1)
        run(
            "net = mlp(2, 2, 1); v = [1.0, 2.0]; o = sgd(v); loss = sum(net([[1, 1]])) + sum(v * v); backward loss",
            in: session)
        #expect(run("zero", in: session) == "cleared the gradients of loss, v, net (4 parameter tensors)")
        #expect(session.network("net")?.parameters.allSatisfy { $0.grad == nil } == true)
        #expect(failure("grad v", in: session).contains("no gradient yet"))
        #expect(run("zero", in: session) == "no gradients to clear")
    }

    @Test func schedulesSetTheOptimizersRate() {
        let session = Session()
        run("w = [1.0]; opt = sgd(w, lr = 1); s = step_lr(opt, step_size = 2, gamma = 0.5)", in: session)
        #expect(
            run("step s\nstep s\nstep s", in: session)
                == "StepLR epoch 1: lr 1\nStepLR epoch 2: lr 0.5\nStepLR epoch 3: lr 0.5")
        #expect(run("opt.lr", in: session) == "0.5")
        run("e = exponential_lr(opt, 0.9); step e", in: session)
        #expect(run("e.lr", in: session) == "0.45")
        run("w2 = [1.0]; o2 = sgd(w2, lr = 1); t = inverse_time_lr(o2, 0.5); step t, t", in: session)
        // 1/(1 + 0.5·2)
        #expect(run("t.lr", in: session) == "0.5")
        #expect(run("set_lr(o2, 0.25)\no2.lr", in: session) == "0.25\n0.25")
        #expect(failure("set_lr(o2, -1)", in: session).contains("lr must be a finite number ≥ 0"))
    }

    @Test func optimizerArgumentErrors() {
        let session = Session()
        #expect(failure("adam(3)", in: session).contains("adam's argument 1 is a constant; bind it to a name first"))
        run("w = [1.0, 2.0]", in: session)
        #expect(failure("sgd(w, w)", in: session).contains("listed more than once"))
        #expect(failure("sgd(w, lr = -1)", in: session).contains("lr must be a finite number ≥ 0"))
        #expect(failure("adam(w, betas = [0.9])", in: session).contains("betas are two numbers"))
        #expect(failure("sgd(w, nesterov = true)", in: session).contains("nesterov needs momentum > 0"))
        #expect(failure("step w", in: session).contains("step takes an optimizer or a schedule, got a tensor"))
        #expect(failure("sgd(moons(4))", in: session).contains("sgd optimizes networks and tensors"))
    }
}
