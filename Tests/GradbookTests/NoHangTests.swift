import Foundation
import Testing

/// What once hung the executable or lost its output, run in a child with a time limit so that a
/// regression fails here instead of hanging the suite.
@Suite struct NoHangTests {
    @Test func aCurveFlatUpToRoundingIsPlotted() throws {
        let result = try GradbookProcess.run(
            [], input: "plot sin(x)^2 + cos(x)^2 for x in -6..6\nok = 41 + 1\n", timeLimit: 60)
        #expect(!result.timedOut, "the plot hung")
        #expect(result.status == 0)
        #expect(result.lastLine == "ok = 42")
    }

    @Test func explainOnALongChainTakesSeconds() throws {
        // Naming the 100,000 nodes once searched w_1, w_2, … afresh for each: minutes.
        let result = try GradbookProcess.run(
            [], input: "w = randn(3); repeat 100000 { w = w * 1 }; explain sum(w)\n", timeLimit: 60)
        #expect(!result.timedOut, "explain took more than a minute")
        #expect(result.lines.contains("    ∂n1/∂w_old = [3] [1, 1, 1]"))
    }

    @Test func aLoopThatKeepsEveryOldValueStopsAtTheMemoryBudget() throws {
        // 8 MB a step: without the budget, 100 steps of a 5000 × 5000 x aborted the process.
        let script = "x = randn(1000, 1000);\nrepeat 100 { x = x + 1 }\nx = detach(x);\nok = 41 + 1\n"
        let result = try GradbookProcess.run(["--memory", "300MB"], input: script, timeLimit: 120)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("so x was not changed; x holds "))
        #expect(
            result.standardOutput.contains(
                "update in place with x += …, which records no graph, or cut the history with x = detach(x)"))
        #expect(result.lastLine == "ok = 42")
        #expect(try GradbookProcess.run(["--memory", "lots", "-e", "1"]).status == 64)
    }

    @Test func pipedOutputIsWrittenBeforeLongCodeRuns() throws {
        // Killed outright (no chance to flush), the lines of the entries that finished are out.
        let directory = try TemporaryDirectory()
        let result = try GradbookProcess.run(
            [], input: "a = 1\nb = 2\ns = 0; repeat 1000000000 { s += 1 }\n",
            in: directory.url, interruptAfter: 2, signal: SIGKILL, timeLimit: 60)
        #expect(result.lines.prefix(2) == ["a = 1", "b = 2"])
    }
}
