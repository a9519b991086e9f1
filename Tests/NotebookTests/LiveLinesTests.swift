import Testing

@testable import Notebook

@Suite struct LiveLinesTests {
    static let setup = "net = mlp(2, 4, 1); opt = sgd(net, lr = 0.1); d = moons(20)"

    @Test func trainsLinesGoToTheHostAsTheyHappenAndLeadTheEntrysOutput() {
        let session = Session()
        run(Self.setup, in: session)
        var shown: [String] = []
        var stepsWhenShown: [Int] = []
        var step = 0
        session.progress = { step = $0.step }
        session.liveOutput = {
            shown.append($0.text)
            stepsWhenShown.append(step)
        }
        let execution = session.execute("x = 1\ntrain net on d with opt for 100 steps\ny = 2")
        #expect(shown.first == "x = 1")
        #expect(shown.dropFirst().first?.hasPrefix("train network (17 parameters)") == true)
        #expect(shown.count == 12, "x, the header and ten log lines: \(shown)")
        // Each log line reached the host before the steps after it ran.
        #expect(stepsWhenShown.dropFirst(2) == [9, 19, 29, 39, 49, 59, 69, 79, 89, 99])
        #expect(execution.shownLive == 12)
        // Outputs, not lines: the header is one output broken over two lines at 80 columns.
        #expect(execution.outputs.prefix(12).map(\.text) == shown)
        #expect(execution.outputs.dropFirst(12).first?.text.hasPrefix("done: 100 steps") == true)
        #expect(execution.lines.last == "y = 2")
    }

    @Test func withoutAHostOrInsideALoopNothingStreams() {
        let session = Session()
        run(Self.setup, in: session)
        let plain = session.execute("train net on d with opt for 10 steps")
        #expect(plain.shownLive == 0 && plain.outputs.count == 12)
        var shown = 0
        session.liveOutput = { _ in shown += 1 }
        _ = session.execute("repeat 2 { train net on d with opt for 10 steps }")
        _ = session.execute("train net on d with opt for 10 steps;")
        #expect(shown == 0)
    }

    @Test func aRunThatFailsKeepsTheLinesItShowed() {
        let session = Session()
        run("n4 = mlp(1, 1); o4 = sgd(n4, lr = 1e200)", in: session)
        var shown: [String] = []
        session.liveOutput = { shown.append($0.text) }
        let execution = session.execute("train n4 on [[1], [2]], [1, 2] with o4 for 5 steps")
        #expect(shown.count == 2)
        #expect(execution.shownLive == 2 && execution.outputs.prefix(2).map(\.text) == shown)
        #expect(execution.outputs[2].text.hasPrefix("error: loss became inf at step 2"))
    }
}
