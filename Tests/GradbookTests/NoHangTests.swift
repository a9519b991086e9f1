import Foundation
import Testing

/// What once hung the executable or lost its output, run in a child with a time limit so that a
/// regression fails here instead of hanging the suite.
@Suite struct NoHangTests {
    @Test func aCurveFlatUpToRoundingIsPlotted() throws {
        let result = try GradbookProcess.run([], input: "plot sin(x)^2 + cos(x)^2 for x in -6..6\nok = 41 + 1\n", timeLimit: 60)
        #expect(!result.timedOut, "the plot hung")
        #expect(result.status == 0)
        #expect(result.lastLine == "ok = 42")
    }

    @Test func pipedOutputIsWrittenBeforeLongCodeRuns() throws {
        // Killed outright (no chance to flush), the lines of the entries that finished are out.
        let directory = try TemporaryDirectory()
        let result = try GradbookProcess.run([], input: "a = 1\nb = 2\ns = 0; repeat 1000000000 { s += 1 }\n",
                                             in: directory.url, interruptAfter: 2, signal: SIGKILL, timeLimit: 60)
        #expect(result.lines.prefix(2) == ["a = 1", "b = 2"])
    }
}
