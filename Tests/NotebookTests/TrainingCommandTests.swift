import Autograd
import NN
import Tensors
import Testing

@testable import Notebook

/// `train … on … with … for N steps`: the same numbers as the loop written out, reproducible,
/// stoppable, and safe when the numbers blow up.
@Suite struct TrainingCommandTests {
    static let setup = "net = mlp(2, 8, 1); opt = sgd(net, lr = 0.1, momentum = 0.9); d = moons(30, signed = true)"

    @Test func fullBatchTrainEqualsTheLoopWrittenOut() {
        let trained = Session(seed: 7)
        run(Self.setup, in: trained)
        run("train net on d with opt for 12 steps", in: trained)
        let manual = Session(seed: 7)
        run(Self.setup, in: manual)
        run("repeat 12 { loss = hinge(net(d.X), d.y); zero opt; backward loss; step opt }", in: manual)
        #expect(trained.parameterScalars("net") == manual.parameterScalars("net"))
        #expect(trained.optimizer("opt")?.stepCount == 12)
        // the history's last loss is the last loop's loss, computed before its update
        #expect(run("history.loss[11]", in: trained) == run("loss", in: manual))
    }

    @Test func trainWithTheSameSeedReproducesItsOutput() {
        let source =
            Self.setup + "; s = split(moons(40), 0.25); n2 = mlp(2, 4, 2); o2 = adam(n2, lr = 0.01)\n"
            + "train net on d with opt for 20 steps batch 8\ntrain n2 on s with o2 for 10 steps batch 5"
        let first = run(source, in: Session(seed: 3))
        let second = run(source, in: Session(seed: 3))
        #expect(first == second)
        #expect(first != run(source, in: Session(seed: 4)))
        #expect(first.contains("step 10/10  loss "))
        #expect(first.contains("val_loss"))
        #expect(first.contains("loss cross_entropy"))
    }

    @Test func summaryLinesAreEveryTenthStep() {
        let session = Session(seed: 1)
        run(Self.setup, in: session)
        let lines = run("train net on d with opt for 25 steps", in: session).split(separator: "\n")
        // The header breaks between its pieces to fit 80 columns.
        #expect(
            lines.prefix(2) == [
                "train network (33 parameters) on moons(30, noise=0.1) (30 samples), full batch,",
                "  loss hinge, SGD lr 0.1",
            ])
        let steps = lines.filter { $0.hasPrefix("step") }.map { $0.split(separator: " ").filter { !$0.isEmpty }[1] }
        #expect(
            steps == [
                "2/25", "4/25", "6/25", "8/25", "10/25", "12/25", "14/25", "16/25", "18/25", "20/25", "22/25", "24/25",
                "25/25",
            ])
        #expect(lines.last?.hasPrefix("done: 25 steps, loss ") == true)
        #expect(run("history.steps", in: session) == "25")
    }

    @Test func defaultLossFollowsTheData() {
        let cases = [
            ("moons(20, signed = true)", "mlp(2, 4, 1)", "loss hinge"),
            ("moons(20)", "mlp(2, 4, 1)", "loss bce_with_logits"),
            ("spirals(10)", "mlp(2, 4, 3)", "loss cross_entropy"),
            ("regression(20, features = 2)", "mlp(2, 4, 1)", "loss mse"),
        ]
        for (data, network, loss) in cases {
            let text = run(
                "n = \(network); o = sgd(n, lr = 0.01); train n on \(data) with o for 1 steps", in: Session())
            #expect(text.contains(loss), "\(data): \(text)")
        }
    }

    @Test func aScheduleIsSteppedAfterEveryOptimizerStep() {
        let session = Session(seed: 2)
        run(Self.setup + "; s = exponential_lr(opt, 0.5)", in: session)
        run("train net on d with s for 3 steps", in: session)
        #expect(run("opt.lr", in: session) == "0.0125")
        // the rate each step used
        #expect(run("history.lr", in: session) == "[0.1, 0.05, 0.025]")
    }

    @Test func aUserLossFunctionIsUsed() {
        let trained = Session(seed: 5)
        run(Self.setup + "; L(s, y) = hinge(s, y) + 1e-3 * l2(net)", in: trained)
        run("train net on d with opt for 5 steps loss L", in: trained)
        let manual = Session(seed: 5)
        run(Self.setup, in: manual)
        run("repeat 5 { loss = hinge(net(d.X), d.y) + 1e-3 * l2(net); zero opt; backward loss; step opt }", in: manual)
        #expect(trained.parameterScalars("net") == manual.parameterScalars("net"))
    }

    @Test func ctrlCInsideAStepsMatrixProductStopsBeforeTheUpdate() {
        let session = Session(seed: 1)
        run("d = moons(300); net = mlp(2, 400, 400, 1); opt = sgd(net, lr = 0.1)", in: session)
        let before = session.parameterScalars("net")
        var polls = 0
        // The statement's poll and step 1's are answered no; the first product large enough to
        // ask (300 × 400 × 400) is told to stop.
        session.interruptRequested = {
            polls += 1
            return polls == 3
        }
        let result = session.execute("train net on d with opt for 10 steps")
        #expect(result.interrupted)
        #expect(result.text == "interrupted at step 1 of 10: no step was taken")
        #expect(session.parameterScalars("net") == before)
    }

    @Test func ctrlCStopsBetweenStepsWithTheStateConsistent() {
        let session = Session(seed: 1)
        run(Self.setup, in: session)
        var polls = 0
        session.interruptRequested = {
            polls += 1
            return polls == 5  // the statement's poll, then steps 1, 2, 3: stop before step 4
        }
        let result = session.execute("train net on d with opt for 10 steps")
        #expect(result.interrupted)
        // What the run said before Ctrl-C stays: the header and the lines of steps 1 to 3.
        #expect(
            result.outputs.count == 5 && result.outputs.first?.text.hasPrefix("train network (33 parameters)") == true)
        #expect(result.outputs[1...3].map { String($0.text.prefix(9)) } == ["step  1/1", "step  2/1", "step  3/1"])
        #expect(
            result.lines.last
                == "interrupted at step 4 of 10: the network and optimizer are as after step 3; history holds those 3 steps"
        )
        session.interruptRequested = { false }
        #expect(session.optimizer("opt")?.stepCount == 3)
        #expect(run("history.steps", in: session) == "3")
        let manual = Session(seed: 1)
        run(Self.setup, in: manual)
        run("repeat 3 { loss = hinge(net(d.X), d.y); zero opt; backward loss; step opt }", in: manual)
        #expect(session.parameterScalars("net") == manual.parameterScalars("net"))
    }

    @Test func aLossThatStopsBeingFiniteStopsBeforeTheUpdate() throws {
        // A rate of 1e200 throws the weight to about 1e200 at step 1; step 2's squared error overflows.
        let setup = "net = mlp(1, 1); o = sgd(net, lr = 1e200); X = [[1], [2]]; y = [1, 2]"
        let session = Session(seed: 1)
        run(setup, in: session)
        session.settings.width = 1000  // the message on one line
        let result = session.execute("train net on X, y with o for 5 steps")
        #expect(result.failed)
        #expect(
            result.text.contains(
                "error: loss became inf at step 2 of 5; training stopped with the parameters as after step 1. Likely cause: a learning rate too high for this problem (lr = 1e+200)"
            ))
        #expect(session.optimizer("o")?.stepCount == 1)
        #expect(run("history.steps", in: session) == "1")
        let oneStep = Session(seed: 1)
        run(setup + "; train net on X, y with o for 1 steps", in: oneStep)
        #expect(session.parameterScalars("net") == oneStep.parameterScalars("net"))
        // the session goes on
        #expect(run("o.steps", in: session) == "1")
    }

    @Test func aLossNotFiniteAtTheFirstStepChangesNothing() {
        let session = Session(seed: 1)
        run("net = mlp(1, 1); o = sgd(net, lr = 0.1); X = [[1e200], [2e200]]; y = [1, 2]", in: session)
        let before = session.parameterScalars("net")
        session.settings.width = 1000  // the message on one line
        let stopped = session.execute("train net on X, y with o for 5 steps")
        #expect(
            stopped.text.contains(
                "loss became inf at step 1 of 5; training stopped with the parameters as after step 0"))
        #expect(session.parameterScalars("net") == before)
        #expect(session.optimizer("o")?.stepCount == 0)
        #expect(run("history.steps", in: session) == "0")
        #expect(failure("history.loss", in: session).contains("the history is empty"))
    }

    @Test func progressIsReportedEachStepAndOnceAtTheEnd() {
        let session = Session(seed: 1)
        run(Self.setup, in: session)
        var reports: [TrainingProgress] = []
        session.progress = { reports.append($0) }
        run("train net on d with opt for 4 steps", in: session)
        #expect(reports.map(\.step) == [1, 2, 3, 4, 4])
        #expect(reports.map(\.finished) == [false, false, false, false, true])
        #expect(reports.allSatisfy { $0.totalSteps == 4 && $0.accuracy != nil })
        #expect(reports[3].loss == reports[4].loss)
    }

    @Test func trainAndEvalSwitchModes() {
        let session = Session()
        run("net = sequential(linear(2, 2), dropout(0.5))", in: session)
        #expect(run("eval net", in: session) == "net: eval mode (dropout off, batchnorm uses its running statistics)")
        #expect(session.network("net")?.namedModules.allSatisfy { !$0.module.isTraining } == true)
        #expect(
            run("train net", in: session)
                == "net: training mode (dropout active, batchnorm uses and updates batch statistics)")
        // a training run puts the network in training mode, and validation leaves it so
        run("eval net; o = sgd(net, lr = 0.1); train net on split(moons(20), 0.5) with o for 2 steps", in: session)
        #expect(session.network("net")?.namedModules.allSatisfy(\.module.isTraining) == true)
    }

    @Test(arguments: [
        ("train net on d with opt", "train needs a number of steps"),
        ("train net on d for 3 steps", "train needs an optimizer"),
        ("train net with opt for 3 steps", "train with options needs data"),
        ("train net on d with opt for 0 steps", "from 1 to 1000000 steps"),
        ("train net on d with opt for 2.5 steps", "must be a whole number"),
        ("train net on d with opt for 3 steps 4", "steps ends the count"),
        ("train net on d with opt for 3 steps batch 0", "the batch size must be at least 1"),
        (
            "train net on d with opt for 3 steps loss relu",
            "relu is not a loss train knows; loss takes mse, bce, bce_with_logits, cross_entropy, hinge"
        ),
        (
            "train net on d with opt for 3 steps loss \"mae\"",
            "mae is not a loss train knows; did you mean mse? loss takes mse, bce"
        ),
        (
            "train net on d with opt for 3 steps loss 2",
            "loss takes mse, bce, bce_with_logits, cross_entropy, hinge, or a function"
        ),
        ("train net on d with d for 3 steps", "with takes an optimizer"),
        ("train net on opt with opt for 3 steps", "train on takes a data set"),
        ("train d", "train takes a layer or network"),
        ("train net on d with other for 3 steps", "updates none of the parameters of net"),
        (
            "train net on spirals(5) with opt for 3 steps",
            "has 3 classes but the network gives 1 score per sample; for cross_entropy end it with 3 outputs"
        ),
        (
            "train bn on d with ob for 3 steps batch 1",
            "train stopped at step 1 of 3: BatchNorm1d(2) needs more than 1 value per channel when training"
        ),
        ("train net on [[1, 2, 3]], [1] with opt for 1 steps", "Linear(2 → 8) expects 2 features"),
        ("train net on [[1, 2]], [1, 2] with opt for 1 steps", "needs X of shape [N, features] and N targets"),
        // Issue 14 item 19: bad data is said to be bad data, not a learning rate too high.
        (
            "train net on [[1, 2], [nan, 3]], [1, 0] with opt for 5 steps",
            "the training inputs hold nan at row 1, column 0 (the only value that is not finite); no step was taken: the loss would be nan from the start, whatever the learning rate"
        ),
        (
            "train net on [[1, 2], [2, 3], [0, 1]], [1, inf, -inf] with opt for 5 steps",
            "the training targets hold inf at row 1 (2 values are not finite)"
        ),
    ])
    func errorsAreClearAndLeaveTheSessionIntact(_ source: String, _ message: String) {
        let session = Session(seed: 1)
        run(Self.setup + "; w = [1.0]; other = sgd(w); bn = batchnorm1d(2); ob = sgd(bn)", in: session)
        let before = session.parameterScalars("net")
        let text = failure(source, in: session)
        #expect(text.contains(message), "\(source): \(text)")
        #expect(session.parameterScalars("net") == before)
        #expect(!run("net", in: session).isEmpty)
    }
}
