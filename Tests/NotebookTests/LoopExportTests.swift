import Tensors
import Testing

@testable import Notebook

/// `:export torch` of a loop written by hand (micrograd's demo trains with one): what the
/// session records while the loop runs, the Python loop written from it, and the loops it
/// refuses, with why.
@Suite struct LoopExportTests {
    /// micrograd's demo, five steps: hinge + L2, the rate decaying by hand, losses kept in a tensor.
    static let demo = """
        :seed 1337
        data = moons(20, noise = 0.1, signed = true); X = data.X; y = data.y
        net = mlp(2, 4, 1, act = relu, init = "micrograd"); opt = sgd(net, lr = 1.0)
        losses = zeros(5); k = 0
        """
    static let loop =
        "repeat 5 { scores = net(X); loss = hinge(scores, y) + 1e-4 * l2(net); losses[k] = loss; zero opt; backward loss; set_lr(opt, 1.0 - 0.9 * k / 5); step opt; k += 1 }"

    static func loopRecord(_ session: Session) -> LoopRecord? {
        session.exportRecords.lazy.compactMap { if case let .loop(record) = $0 { record } else { nil } }.first
    }

    @Test func aLoopRecordsItsStartAndEachBackward() throws {
        let session = Session()
        run(Self.demo, in: session)
        let before = session.parameterScalars("net")
        run(Self.loop, in: session)
        let record = try #require(Self.loopRecord(session))
        #expect(record.start.networks.map { $0.parameters.map(\.value.scalars) } == [before])
        #expect(record.end?.networks.map { $0.parameters.map(\.value.scalars) } == [session.parameterScalars("net")])
        #expect(record.start.optimizers.map(\.steps) == [0] && record.end?.optimizers.map(\.steps) == [5])
        // The values backward saw are the losses the loop kept itself.
        guard case let .tensor(losses)? = session.bindings["losses"] else {
            Issue.record("no losses")
            return
        }
        #expect(record.backwardValues == losses.value.scalars)
        // The names the loop reads that were bound before it, in order of first use.
        #expect(record.inputs.map(\.name) == ["net", "X", "y", "losses", "k", "opt"])
        guard case let .tensor(k)? = record.inputs.first(where: { $0.name == "k" })?.value else {
            Issue.record("no k")
            return
        }
        #expect(k.scalars == [0])
    }

    @Test func theDemoLoopBecomesThePythonLoop() throws {
        let session = Session()
        run(Self.demo + "\n" + Self.loop, in: session)
        let script = ExportTests.script(session)
        let record = try #require(Self.loopRecord(session))
        for line in [
            "# Loop 1, written by hand: " + Self.loop.prefix(99) + "…",
            "k = 0.0  # as gradbook had it when the loop started", "net.train()  # the mode gradbook's net was in",
            "for _ in range(5):", "    scores = net(X)",
            "    loss = torch.relu(1 - y * scores.reshape(y.shape)).mean() + 0.0001 * sum((p ** 2).sum() for p in net.parameters())  # gradbook: loss = hinge(scores, y) + 1e-4 * l2(net)",
            "    # left out: losses[k] = loss", "    opt.zero_grad()  # gradbook: zero opt",
            "    step_losses.append(loss.item())\n    loss.backward()",
            "    opt.param_groups[0][\"lr\"] = 1.0 - 0.9 * k / 5.0  # gradbook: set_lr(opt, 1.0 - 0.9 * k / 5)",
            "    opt.step()", "    k += 1.0  # gradbook: k += 1",
            "compare(\"loop 1 losses\", step_losses, \(TorchText.list(Tensor(record.backwardValues))))",
            "#   - loop 1: losses[k] = loss (left out: it changes nothing the loop trains with)",
        ] {
            #expect(script.contains(line), "missing: \(line)")
        }
        // The network starts from its numbers when the loop started, exactly.
        let weight = try #require(record.start.networks.first?.parameters.first { $0.name == "0.weight" }?.value)
        #expect(script.contains("\"0.weight\": torch.tensor(\(TorchText.list(weight))),"))
        #expect(!script.contains("not translated"))
        #expect(run(":export torch", in: session).contains("opt = torch.optim.SGD(net.parameters(), lr=1.0"))
    }

    @Test func nestedAndWhileLoopsAreWrittenAsPython() {
        let session = Session()
        run(
            Self.demo
                + "\nwhile k < 2 { repeat 2 { loss = mse(net(X), y); zero net; backward loss; step opt }; k += 1 }",
            in: session)
        let script = ExportTests.script(session)
        for line in [
            "while k < 2.0:", "    for _ in range(2):",
            "        loss = F.mse_loss(net(X).reshape(y.shape), y)  # gradbook: loss = mse(net(X), y)",
            "        net.zero_grad()  # gradbook: zero net", "        opt.step()", "    k += 1.0  # gradbook: k += 1",
        ] {
            #expect(script.contains(line), "missing: \(line)")
        }
        #expect(Self.loopRecord(session)?.backwardValues.count == 4)
    }

    @Test func whatALoopCannotSayIsListedWithWhy() {
        let session = Session()
        run(Self.demo, in: session)
        run("repeat 2 { loss = max(net(X)); zero opt; backward loss; step opt }", in: session)
        run(
            "w = [1.0]; repeat 2 { w[0] = 2; loss = mean(net(X)) * sum(w); zero opt; backward loss; step opt }",
            in: session)
        run("repeat 2 { train net on data with opt for 1 steps }", in: session)
        run("j = 0; repeat 3 { j += 1 }", in: session)
        run("s = step_lr(opt, step_size = 2); repeat 1 { set_lr(s.optimizer, 0.1) }", in: session)
        run("w = [1.0]; o2 = sgd(w); repeat 1 { loss = mean(net(X)); zero o2; backward loss; step o2 }", in: session)
        let script = ExportTests.script(session)
        #expect(
            script.contains(
                "#   - repeat 2 { loss = max(net(X)); zero opt; backward loss; step opt } (not translated: it uses max(…), which the script cannot write in torch)"
            ))
        #expect(
            script.contains(
                "(not translated: w is changed by a statement the script cannot write (w[0] = 2) and read by the rest)")
        )
        #expect(
            script.contains(
                "#   - repeat 2 { train net on data with opt for 1 steps } (not translated: train net on data with opt for 1 steps is a train run inside the loop)"
            ))
        #expect(script.contains("#   - repeat 3 { j += 1 } (a loop that uses no network or optimizer)"))
        #expect(
            script.contains(
                "#   - repeat 1 { set_lr(s.optimizer, 0.1) } (not translated: set_lr(s.optimizer, 0.1) sets the rate of an optimizer the loop does not name)"
            ))
        #expect(
            script.contains(
                "(not translated: its SGD optimizer updates tensors outside the networks, which the script does not make)"
            ))
        #expect(!script.contains("# Loop "))
        // The train runs inside the loop export as runs; the first takes up where gradbook was.
        #expect(script.contains("# Run 1: train net on data with opt for 1 steps") && script.contains("# Run 2: "))
        #expect(script.contains("#   - run 1: the optimizer had taken 4 step(s) before"))
    }

    @Test func zeroAloneZeroesEveryNetworkTheLoopUses() throws {
        let session = Session()
        run(Self.demo + "\nbackward mse(net(X), y); zero", in: session)
        // zero alone clears every gradient in the session, the network's included.
        #expect(try #require(session.network("net")).parameters.allSatisfy { $0.grad == nil })
        run("repeat 2 { loss = mse(net(X), y); zero; backward loss; step opt }", in: session)
        #expect(
            ExportTests.script(session).contains(
                "    net.zero_grad()  # gradbook: zero\n    step_losses.append(loss.item())\n    loss.backward()"))
        // A parameter bound to a name is one of the network's: net.zero_grad() clears it too.
        run(
            "W = param(net, \"0.weight\")\nrepeat 1 { loss = mse(net(X), y); zero; backward loss; step opt }",
            in: session)
        #expect(!ExportTests.script(session).contains("not translated"))
    }

    @Test func aLoopStoppedByAnErrorIsNotKept() {
        let session = Session()
        run(Self.demo, in: session)
        #expect(
            failure("repeat 3 { loss = hinge(net(X), y); zero opt; backward loss; step opt; nope }", in: session)
                .contains("nope"))
        #expect(Self.loopRecord(session) == nil && session.loopRecording == nil)
        run("repeat 1 { loss = hinge(net(X), y); zero opt; backward loss; step opt }", in: session)
        #expect(Self.loopRecord(session)?.backwardValues.count == 1)
    }

    @Test func pythonNamesAvoidWhatPythonReserves() {
        #expect(LoopTranslation.python("lambda") == "lambda_")
        #expect(LoopTranslation.python("step_losses") == "step_losses_")
        #expect(LoopTranslation.python("k") == "k")
    }

    @Test func bracketsKeepGradbooksTree() throws {
        func text(_ source: String) throws -> String {
            try TorchExpression { .value($0) }.text(expression(source)).get()
        }
        #expect(try text("a + (b + c)") == "a + (b + c)")
        #expect(try text("(a + b) + c") == "a + b + c")
        #expect(try text("a - (b - c) * d") == "a - (b - c) * d")
        #expect(try text("-(a^2) + (-a)^2") == "-a ** 2.0 + (-a) ** 2.0")
        #expect(try text("mean(relu(-a) / (b * c))") == "(torch.relu(-a) / (b * c)).mean()")
    }
}
