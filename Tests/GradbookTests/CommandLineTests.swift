import Foundation
import Testing

/// The executable end to end: scripts on stdin, `run`, `-e`, and the exit statuses of DESIGN.md.
@Suite struct CommandLineTests {
    static let microgradSanityCheck = """
        x = -4
        z = 2*x + 2 + x
        q = relu(z) + z*x
        h = relu(z*z)
        y = h + q + q*x
        backward y
        grad x

        """

    @Test func pipedMicrogradSanityCheckPrintsTheGradient() throws {
        let result = try GradbookProcess.run([], input: Self.microgradSanityCheck)
        #expect(result.status == 0)
        #expect(result.lastLine == "46")
        #expect(result.standardError.isEmpty)
    }

    @Test func pipedInputGoesOnAfterAnErrorAndExitsOne() throws {
        let result = try GradbookProcess.run([], input: "a = 1\nb = a + nope\nc = (a +\n 1)\n")
        #expect(result.status == 1)
        #expect(result.lines.contains("<stdin>:2:9: error: unknown name 'nope'"))
        #expect(result.lines.contains("  b = a + nope"))
        #expect(result.lines.contains("          ^"))
        #expect(result.lastLine == "c = 2")
    }

    @Test func pipedInputCountsLinesFromTheStartOfStdin() throws {
        let result = try GradbookProcess.run([], input: "a = (1 +\n2)\n\nb = a + nope\n")
        #expect(result.status == 1)
        #expect(result.lines.contains("<stdin>:4:9: error: unknown name 'nope'"))
    }

    @Test func quitStopsPipedInput() throws {
        let result = try GradbookProcess.run([], input: "a = 1\n:quit\nb = 2\n")
        #expect(result.status == 0)
        #expect(result.lines.filter { !$0.isEmpty } == ["a = 1"])
    }

    @Test func runExecutesAScriptWithTheGivenSeed() throws {
        let directory = try TemporaryDirectory()
        try directory.write("r = randn(2)\n", to: "f.gb")
        let run = try GradbookProcess.run(["run", "--seed", "3", "f.gb"], in: directory.url)
        let eval = try GradbookProcess.run(["--seed", "3", "-e", "r = randn(2)"])
        #expect(run.status == 0)
        #expect(run.standardOutput == eval.standardOutput)
        #expect(run.lastLine?.hasPrefix("r = [") == true)
    }

    @Test func runStopsAtTheFirstErrorAndExitsOne() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a = 1\nb = a + nope\nc = 3\n", to: "fails.gb")
        let result = try GradbookProcess.run(["run", "fails.gb"], in: directory.url)
        #expect(result.status == 1)
        #expect(result.lines.contains("fails.gb:2:9: error: unknown name 'nope'"))
        #expect(!result.lines.contains("c = 3"))
    }

    @Test func runWithAMissingFileExitsTwo() throws {
        let result = try GradbookProcess.run(["run", "missing.gb"])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "gradbook: cannot read missing.gb: no such file\n")
    }

    @Test func runOfAFifoSaysSoInsteadOfWaitingForAWriter() throws {
        let directory = try TemporaryDirectory()
        #expect(mkfifo(directory.url.appendingPathComponent("pipe.gb").path, 0o644) == 0)
        let result = try GradbookProcess.run(["run", "pipe.gb"], in: directory.url)
        #expect(result.status == 2)
        #expect(
            result.standardError == "gradbook: cannot read pipe.gb: it is a FIFO (named pipe), not a regular file\n")
    }

    @Test func recordRefusesAnExistingFileUnlessReplacing() throws {
        let directory = try TemporaryDirectory()
        try directory.write("mine\n", to: "s.t")
        let refused = try GradbookProcess.run(["--record", "s.t"], input: "x = 1\n", in: directory.url)
        #expect(refused.status == 2)
        #expect(refused.standardError == "gradbook: s.t exists; --record s.t --replace replaces it\n")
        #expect(try String(contentsOf: directory.url.appendingPathComponent("s.t"), encoding: .utf8) == "mine\n")
        let replaced = try GradbookProcess.run(["--record", "s.t", "--replace"], input: "x = 1\n", in: directory.url)
        #expect(replaced.status == 0)
        #expect(
            try String(contentsOf: directory.url.appendingPathComponent("s.t"), encoding: .utf8).contains(
                "gb> x = 1\nx = 1\n"))
    }

    @Test func runWithASyntaxErrorExitsTwoBeforeRunningAnything() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a = 1\nb = (a +\nc = ]\n", to: "broken.gb")
        let result = try GradbookProcess.run(["run", "broken.gb"], in: directory.url)
        #expect(result.status == 2)
        #expect(result.standardOutput.hasPrefix("broken.gb:3:5: error:"))
        #expect(!result.lines.contains("a = 1"))
    }

    @Test func ctrlCStopsAScriptWithStatus130() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a = 1\ns = 0; repeat 1000000000 { s += 1 }\nb = 2\n", to: "long.gb")
        let result = try GradbookProcess.run(["run", "long.gb"], in: directory.url, interruptAfter: 0.5)
        #expect(result.status == 130)
        #expect(result.lastLine == "interrupted")
        #expect(!result.lines.contains("b = 2"))
    }

    @Test func evalPrintsTheResult() throws {
        let result = try GradbookProcess.run(["-e", "relu(-3)"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "0\n")
    }

    @Test func evalStatementsRunInOrderAndAFailureExitsOne() throws {
        let result = try GradbookProcess.run(["-e", "a = 2", "--eval", "a * nope", "-e", "a"])
        #expect(result.status == 1)
        #expect(result.lines.first == "a = 2")
        #expect(result.lines.contains("-e:2:5: error: unknown name 'nope'"))
    }

    @Test func versionPrintsTheName() throws {
        let result = try GradbookProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "gradbook 0.1.0\n")
    }

    @Test func helpShowsTheFirstThingsToType() throws {
        let result = try GradbookProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("First things to type"))
    }

    @Test(arguments: [["--no-such-option"], ["--digits", "0", "-e", "1"], ["run"], ["--seed", "-1"]])
    func usageErrorsExitSixtyFour(arguments: [String]) throws {
        let result = try GradbookProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("Usage:"))
    }
}
