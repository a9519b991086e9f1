import Notebook
import Testing

@testable import gradbook

/// The live bar of `train`: how often it redraws, what it says about time, and no escape
/// sequences under TERM=dumb.
@Suite struct ProgressBarTests {
    /// A bar on a fake clock that advances `secondsPerStep` per report, recording what it wrote.
    final class Recorder {
        var now = 0.0
        var written: [String] = []
        func bar(plain: Bool) -> ProgressBar {
            ProgressBar(plain: plain, clock: { self.now }, output: { self.written.append($0) })
        }
    }

    static func run(_ steps: Int, secondsPerStep: Double, plain: Bool) -> [String] {
        let recorder = Recorder()
        let bar = recorder.bar(plain: plain)
        for step in 1...steps {
            recorder.now += secondsPerStep
            bar.update(TrainingProgress(step: step, totalSteps: steps, loss: 0.5, accuracy: nil, finished: false))
        }
        bar.update(TrainingProgress(step: steps, totalSteps: steps, loss: 0.5, accuracy: nil, finished: true))
        return recorder.written
    }

    @Test func redrawsAtMostTenTimesASecond() {
        // 20,000 steps in 2 seconds: about 20 redraws and the clearing, not 20,000.
        let written = Self.run(20_000, secondsPerStep: 0.0001, plain: false)
        #expect(written.count <= 22, "\(written.count) redraws")
        #expect(written.joined().utf8.count < 3_000)
    }

    @Test func showsElapsedStepsPerSecondAndTimeLeft() {
        let line = ProgressBar.line(
            TrainingProgress(step: 25, totalSteps: 100, loss: 0.5, accuracy: 0.75, finished: false),
            elapsed: 12, stepsTimed: 24)
        #expect(line == "[#####---------------]  25/100  loss 0.5  acc 0.75  0:12, 2 steps/s, ETA 0:37")
        #expect(ProgressBar.clockText(3725) == "1:02:05")
    }

    @Test func aDumbTerminalGetsNoEscapeSequences() {
        let written = Self.run(50, secondsPerStep: 0.2, plain: true)
        #expect(!written.joined().contains("\u{1B}"))
        #expect(written.last?.allSatisfy { $0 == " " || $0 == "\r" } == true, "the line is cleared with spaces")
        let coloured = Self.run(50, secondsPerStep: 0.2, plain: false)
        #expect(coloured.last == "\r\u{1B}[K")
    }
}
