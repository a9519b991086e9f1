import Foundation
import NN
import Tensors
import Testing

@testable import Notebook

/// `:export torch`: what a train run records, the script written from it (the same numbers,
/// exactly), what it lists as not exported, and how it writes its files.
@Suite struct ExportTests {
    static let setup = """
        d = moons(40, noise = 0.1); net = sequential(linear(2, 4), batchnorm1d(4), relu, linear(4, 1))
        opt = adam(net, lr = 0.01); sched = step_lr(opt, step_size = 3, gamma = 0.5)
        """

    /// The script's lines, printed by `:export torch` without a file.
    static func script(_ session: Session) -> String { run(":export torch", in: session) }

    @Test func aTrainRunRecordsItsStartBatchesAndLosses() throws {
        let session = Session(seed: 5)
        run(Self.setup, in: session)
        let before = session.parameterScalars("net")
        run("train net on d with sched for 6 steps batch 8", in: session)
        let record = try #require(session.trainingRecords.first)
        #expect(session.trainingRecords.count == 1)
        #expect(record.parametersAtStart.map(\.value.scalars) == before)
        #expect(record.parametersAtStart.map(\.value.scalars) != session.parameterScalars("net"))
        #expect(record.batches.count == 6 && record.batches.allSatisfy { $0.count == 8 && Set($0).count == 8 })
        guard case let .object(history as TrainingHistory)? = session.bindings["history"] else {
            Issue.record("no history")
            return
        }
        #expect(record.losses == history.loss)
        #expect(record.loss?.name == "bce_with_logits")
        #expect(record.statement == "train net on d with sched for 6 steps batch 8")
        #expect(record.schedule?.schedule.name == "StepLR")
    }

    @Test func recordingARunChangesNoNumberOfIt() {
        // The batches drawn are the session's permutations: a second session drawing them by
        // hand from the same seed gets the same rows.
        let session = Session(seed: 9)
        run(Self.setup, in: session)
        run("train net on d with opt for 3 steps batch 10", in: session)
        let other = Session(seed: 9)
        run(Self.setup, in: other)
        var random = other.random
        let rows = (0..<3).map { _ in Array(random.permutation(40).prefix(10)) }
        #expect(session.trainingRecords.first?.batches == rows)
    }

    @Test func theScriptStartsFromTheSameNumbersExactly() throws {
        let session = Session(seed: 5)
        run(Self.setup, in: session)
        run("train net on d with sched for 6 steps batch 8", in: session)
        let script = Self.script(session)
        let record = try #require(session.trainingRecords.first)
        for line in [
            "nn.Linear(2, 4),  # 0", "nn.BatchNorm1d(4, eps=1e-05, momentum=0.1),  # 1", "nn.ReLU(),  # 2",
            "opt = torch.optim.Adam(net.parameters(), lr=0.01, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.0, amsgrad=False)",
            "sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)",
            "    loss = F.binary_cross_entropy_with_logits(out.reshape(yb.shape), yb)",
            "    sched.step()", "for step in range(6):", "\"1.num_batches_tracked\": torch.tensor(0),",
            "# gradbook: d = moons(40, noise = 0.1)", "# Run 1: train net on d with sched for 6 steps batch 8",
        ] {
            #expect(script.contains(line), "missing: \(line)")
        }
        // Every number written reads back as exactly the double gradbook used.
        let weight = try #require(record.parametersAtStart.first { $0.name == "0.weight" }?.value)
        #expect(script.contains("\"0.weight\": torch.tensor(\(TorchText.list(weight))),"))
        #expect(script.contains("batches = \(TorchText.integers(record.batches))"))
        #expect(script.contains("compare(\"run 1 losses\", losses, \(TorchText.list(Tensor(record.losses))))"))
    }

    @Test func numbersReadBackExactly() {
        for x in [0.1, 1.0 / 3, -2.5e-300, 1e300, Double.leastNonzeroMagnitude, 123456789.123456789, -0.0] {
            #expect(Double(TorchText.number(x)) == x)
        }
        #expect(TorchText.number(.nan) == "float('nan')")
        #expect(TorchText.list(try! Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])) == "[[1.0, 2.0], [3.0, 4.0]]")
    }

    @Test func largeTensorsGoToTheJsonFileWhichReadsBack() throws {
        let session = Session(seed: 2)
        run(Self.setup, in: session)
        run("train net on d with opt for 2 steps", in: session)
        let exported = try TorchExport.script(session.exportSource, jsonFileName: "m.json")
        #expect(exported.script.contains("X = torch.tensor(DATA[\"run1.X\"])"))
        let json = try #require(exported.json)
        // Foundation's JSON reader rounds some doubles, so the numbers are read back one by one.
        let entry = try #require(json.split(separator: "\n").first { $0.hasPrefix("  \"run1.X\": ") })
        let numbers = entry.dropFirst("  \"run1.X\": ".count).split(whereSeparator: { "[], ".contains($0) }).map {
            Double($0)
        }
        #expect(numbers == session.trainingRecords[0].data.inputs.scalars)
    }

    @Test func whatCannotBeExpressedIsListedAndTheRestExports() {
        let session = Session(seed: 1)
        run(Self.setup, in: session)
        run("L(s, y) = mse(s, y) + max(s); train net on d with opt for 2 steps loss L; M(a) = a", in: session)
        run("plot history; repeat 2 { step opt }; backward sum(net(d.X))", in: session)
        let script = Self.script(session)
        #expect(script.contains("#   - plot history\n"))
        // The loop steps with the gradients the last training step left, which the script may not have.
        #expect(
            script.contains(
                "#   - loop 1: its first step comes before any zero, so it works with the gradients left from before the loop"
            ))
        #expect(script.contains("for _ in range(2):\n    opt.step()\n"))
        #expect(script.contains("#   - backward sum(net(d.X))"))
        #expect(script.contains("#   - L(s, y) = mse(s, y) + max(s) (a function no train run uses as its loss)"))
        #expect(script.contains("#   - M(a) = a (a function no train run uses as its loss)"))
        #expect(script.contains("#   - run 1: the loss L uses max(…), which the script cannot write in torch"))
        #expect(script.contains("net = nn.Sequential(") && !script.contains("for step in range"))
        // The run's loop is not written, so the loop after it starts from gradbook's numbers and says what it cannot retrace.
        #expect(script.contains("#   - loop 1: opt took 2 step(s) the script does not take"))
    }

    @Test func dropoutRunsCompareTheEvalOutputsAtTheStart() throws {
        let session = Session(seed: 4)
        run(
            "d = moons(20); net = sequential(linear(2, 3), dropout(0.5), linear(3, 1)); opt = sgd(net, lr = 0.1)",
            in: session)
        run("train net on d with opt for 2 steps", in: session)
        let record = try #require(session.trainingRecords.first)
        let expected = try #require(record.evalOutputsAtStart)
        #expect(expected.shape == [20, 1])
        let script = Self.script(session)
        #expect(script.contains("nn.Dropout(p=0.5),  # 1"))
        #expect(script.contains("compare(\"run 1 eval-mode outputs at the start\", net(X).flatten().tolist(), "))
        #expect(script.contains("# With dropout the masks differ from gradbook's"))
    }

    @Test func anEmptySessionOrOneWithoutANetworkSaysSo() {
        #expect(failure(":export torch").contains("nothing to export: the session is empty"))
        let session = Session()
        run("x = 1", in: session)
        #expect(failure(":export torch", in: session).contains("nothing to export: the session has no network"))
        #expect(failure(":export onnx m.onnx", in: session).contains(":export takes a framework and a file"))
    }

    @Test func writesTheScriptAndJsonBesideItNeverOverwritingUnasked() throws {
        let folder = try UserFilesTests.Folder()
        let path = folder.path("m.py")
        let session = Session(seed: 2)
        run(Self.setup, in: session)
        run("train net on d with opt for 2 steps", in: session)
        #expect(
            run(":export torch \(path)", in: session).hasPrefix(
                "exported 1 train run to \(path) (large tensors in \(folder.path("m.json")))"))
        #expect(try folder.text("m.py") == TorchExport.script(session.exportSource, jsonFileName: "m.json").script)
        #expect(try folder.text("m.json").contains("\"run1.X\": [["))
        #expect(
            failure(":export torch \(path)", in: session).contains(
                "\(path) exists; :export! torch \(path) replaces the files"))
        try "mine\n".write(toFile: folder.path("m.json"), atomically: true, encoding: .utf8)
        run(":export! torch \(path)", in: session)
        #expect(try folder.text("m.json").contains("\"run1.X\""))
        session.refusingFileWrites("in a lesson's code") {
            #expect(
                failure(":export! torch \(path)", in: session).contains(":export! writes no files in a lesson's code"))
        }
    }

    @Test func resetForgetsTheRuns() {
        let session = Session()
        run(Self.setup + "\ntrain net on d with opt for 1 steps\n:reset", in: session)
        #expect(session.trainingRecords.isEmpty && session.statementsRun.isEmpty)
    }

    @Test func aLossFunctionOfTheSessionIsWrittenWithTorch() throws {
        let definition = try #require(
            parse("L(s, y) = hinge(s, y) + 1e-4 * l2(net) - mean(relu(-s))").first.flatMap {
                statement -> FunctionDefinition? in
                if case let .function(definition) = statement.kind { return definition }
                return nil
            })
        let text = try LossTranslation(definition: definition, networkNames: ["net"], network: "model").text().get()
        #expect(
            text
                == "torch.relu(1 - yb * out.reshape(yb.shape)).mean() + 0.0001 * sum((p ** 2).sum() for p in model.parameters()) - torch.relu(-out).mean()"
        )
        let other = LossTranslation(definition: definition, networkNames: ["m"], network: "m").text()
        guard case let .failure(unsupported) = other else {
            Issue.record("net is not the trained network")
            return
        }
        #expect(unsupported.what == "the name net")
    }
}
