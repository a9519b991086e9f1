import Testing

@testable import Notebook

/// `:export torch` of a session that trains, then trains again with the same optimizer and
/// schedule: the script makes each torch object once and goes on with it, so Adam's moments,
/// the step count and the schedule's epoch carry forward; what changed between two runs in a
/// way the script does not retrace is set again or listed.
@Suite struct ExportContinuationTests {
    static func count(_ text: String, in script: String) -> Int {
        script.components(separatedBy: text).count - 1
    }

    @Test func aSecondRunGoesOnWithTheSameOptimizerAndSchedule() {
        let session = Session(seed: 5)
        run(
            ExportTests.setup
                + "\ntrain net on d with sched for 4 steps batch 8\ntrain net on d with sched for 3 steps batch 8",
            in: session)
        let script = ExportTests.script(session)
        #expect(Self.count("opt = torch.optim.Adam(", in: script) == 1)
        #expect(Self.count("sched = torch.optim.lr_scheduler.StepLR(", in: script) == 1)
        #expect(Self.count("net = nn.Sequential(", in: script) == 1)
        for line in [
            "# Run 2: train net on d with sched for 3 steps batch 8",
            "# net goes on from where the last section left it.",
            "# opt goes on with its state (4 steps taken: moments, buffers and step counts carry on).",
            "# sched goes on from epoch 4.", "compare(\"run 2 losses\", losses, ",
        ] {
            #expect(script.contains(line), "missing: \(line)")
        }
        #expect(script.contains("# Everything in the session is exported."))
    }

    @Test func aRateSetBetweenRunsIsSetInTheScript() {
        let session = Session(seed: 5)
        run(
            ExportTests.setup
                + "\ntrain net on d with opt for 2 steps\nset_lr(opt, 0.001)\ntrain net on d with opt for 2 steps",
            in: session)
        let script = ExportTests.script(session)
        #expect(script.contains("opt.param_groups[0][\"lr\"] = 0.001  # set since the last section that used opt"))
        #expect(Self.count("opt = torch.optim.Adam(", in: script) == 1)
    }

    @Test func whatChangedOutsideTheRunsIsSetAgainOrListed() {
        let session = Session(seed: 5)
        run(
            ExportTests.setup
                + "\ntrain net on d with opt for 2 steps\nbackward sum(net(d.X)); step opt\ntrain net on d with opt for 2 steps",
            in: session)
        let script = ExportTests.script(session)
        // The step by hand moved the parameters: the second run loads gradbook's numbers into the same network …
        #expect(
            script.contains(
                "net.load_state_dict({  # its parameters and running statistics before the run's first step (they changed since the last section that used net)"
            ))
        #expect(Self.count("net = nn.Sequential(", in: script) == 1)
        // … but the optimizer's state after that step is not retraced, and the list says so.
        #expect(
            script.contains(
                "#   - run 2: opt took 1 step(s) the script does not take (outside the runs and loops it writes); its state differs from here on"
            ))
    }

    @Test func anotherOptimizerGetsItsOwnName() {
        let session = Session(seed: 5)
        run(
            ExportTests.setup
                + "\ntrain net on d with opt for 2 steps\nopt = sgd(net, lr = 0.1)\ntrain net on d with opt for 2 steps",
            in: session)
        let script = ExportTests.script(session)
        #expect(script.contains("opt = torch.optim.Adam(net.parameters()"))
        #expect(script.contains("opt2 = torch.optim.SGD(net.parameters()"))
        #expect(script.contains("    opt2.step()"))
    }

    @Test func aLoopTakesUpTheRunsOptimizer() {
        let session = Session(seed: 5)
        run(
            ExportTests.setup
                + "\ntrain net on d with sched for 3 steps\nX = d.X; y = d.y\nrepeat 2 { loss = bce_with_logits(net(X), y); zero opt; backward loss; step opt, sched }",
            in: session)
        let script = ExportTests.script(session)
        for line in [
            "# Loop 1, written by hand: repeat 2 {", "# opt goes on with its state (3 steps taken",
            "# sched goes on from epoch 3.",
            "    opt.step()\n    sched.step()\ncompare(\"loop 1 losses\", step_losses, ",
        ] {
            #expect(script.contains(line), "missing: \(line)")
        }
        #expect(Self.count("opt = torch.optim.Adam(", in: script) == 1)
    }
}
