import Foundation
import Testing

@testable import gradbook

/// `gradbook replay` and `--record` end to end: statuses, diffs, the closing line, updates.
@Suite struct ReplayCommandTests {
    /// The repository's transcripts/ folder.
    static let transcripts = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("transcripts")

    static let passing = "#! gradbook seed=0\ngb> x = 1 + 1\nx = 2\n"

    @Test func theRepositoryTranscriptsAllPass() throws {
        let result = try GradbookProcess.run(["replay", Self.transcripts.path])
        let count = FileManager.default.enumerator(atPath: Self.transcripts.path)!
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".t") }.count
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.lastLine == "\(count) passed, 0 failed")
        #expect(result.standardError.isEmpty)
    }

    @Test func aFailingTranscriptPrintsItsDiffAndExitsOne() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Self.passing, to: "good.t")
        try directory.write(Self.passing.replacingOccurrences(of: "x = 2", with: "x = 3"), to: "bad.t")
        let result = try GradbookProcess.run(["replay", "."], in: directory.url)
        #expect(result.status == 1)
        #expect(
            result.lines == [
                "--- ./bad.t", "+++ ./bad.t (actual)", "@@ -2,2 +2,2 @@", " gb> x = 1 + 1", "-x = 3", "+x = 2",
                "1 passed, 1 failed", "",
            ])
    }

    @Test func anUnreadableTranscriptIsNamedAndTheOthersStillRun() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Self.passing, to: "a.t")
        try directory.write("# fine\n#! gradbook seed=1 speed=3\ngb> 1\n1\n", to: "b.t")
        let result = try GradbookProcess.run(["replay", "a.t", "b.t", "missing.t"], in: directory.url)
        #expect(result.status == 2)
        #expect(result.lastLine == "1 passed, 1 failed")
        #expect(
            result.standardError.contains(
                "gradbook: b.t:2: unknown header option 'speed' (known: seed, width, digits, charset, colour)"))
        #expect(result.standardError.contains("gradbook: missing.t: no such file or directory"))
    }

    @Test func aDirectoryWithoutTranscriptsIsUnreadableInput() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x = 1\n", to: "script.gb")
        let result = try GradbookProcess.run(["replay", "."], in: directory.url)
        #expect(result.status == 2)
        #expect(result.lastLine == "0 passed, 0 failed")
        #expect(result.standardError.contains("gradbook: .: no transcripts (*.t) in this directory"))
    }

    @Test func emptyAndCarelessFilesAreFine() throws {
        let directory = try TemporaryDirectory()
        try directory.write("", to: "empty.t")
        try directory.write("gb> 1 + 1\r\n2", to: "crlf.t")
        let result = try GradbookProcess.run(["replay", "empty.t", "crlf.t"], in: directory.url)
        #expect(result.status == 0)
        #expect(result.lastLine == "2 passed, 0 failed")
    }

    @Test func noTranscriptIsAUsageError() throws {
        let result = try GradbookProcess.run(["replay"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("name at least one transcript"))
    }

    @Test func updateRewritesTheFailingTranscriptKeepingPatterns() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("gb> :seed\nseed [0-9] (re)\ngb> 40 + 2\n41\n", to: "u.t")
        let update = try GradbookProcess.run(["replay", "--update", "u.t"], in: directory.url)
        #expect(update.status == 0)
        #expect(update.lines.suffix(3) == ["updated u.t", "0 passed, 1 failed (1 updated)", ""])
        #expect(try String(contentsOf: file, encoding: .utf8) == "gb> :seed\nseed [0-9] (re)\ngb> 40 + 2\n42\n")
        let again = try GradbookProcess.run(["replay", "u.t"], in: directory.url)
        #expect(again.status == 0 && again.lastLine == "1 passed, 0 failed")
    }

    @Test func recordedPipedInputReplaysGreen() throws {
        let directory = try TemporaryDirectory()
        let script = "W = randn(2, 3)\nb = (1 +\n 2)\nnope\n:help relu\n:record off\nafter = 1\n"
        let record = try GradbookProcess.run(
            ["--seed", "9", "--digits", "4", "--record", "s.t"], input: script, in: directory.url)
        #expect(record.status == 1, "nope fails")
        #expect(
            record.standardError.contains("recording to s.t (random numbers restart from seed 9); :record off stops"))
        #expect(record.lines.contains("error: unknown name 'nope'"), "no <stdin>:line: while recording")
        let text = try String(contentsOf: directory.url.appendingPathComponent("s.t"), encoding: .utf8)
        #expect(text.contains("#! gradbook seed=9 width=80 digits=4 charset=unicode colour=off\ngb> W = randn(2, 3)\n"))
        #expect(text.contains("gb> b = (1 +\n..>  2)\nb = 3\n"))
        #expect(!text.contains("after"))
        let replay = try GradbookProcess.run(["replay", "s.t"], in: directory.url)
        #expect(replay.status == 0, "\(replay.standardOutput)")
    }

    @Test func recordCannotBeCombinedWithStatements() throws {
        let result = try GradbookProcess.run(["--record", "x.t", "-e", "1"])
        #expect(result.status == 64)
    }

    /// Replays through `/bin/sh -c SCRIPT`, one script per "file".
    static func shellJobs(timeout: Double = 60, jobs: Int = 2) -> ReplayJobs {
        ReplayJobs(executable: "/bin/sh", arguments: { ["-c", $0] }, timeout: timeout, jobs: jobs)
    }

    @Test func aChildThatCrashesIsReportedNotFatal() {
        var results: [ReplayJobs.Result] = []
        let complete = Self.shellJobs().run([
            "echo partial; kill -KILL $$", "exit 3", "exit 5", "echo oops >&2; exit 1",
        ]) { results.append($1) }
        #expect(complete)
        #expect(
            results.map(\.outcome) == [
                .crashed("stopped by signal 9"), .updated, .crashed("exited with status 5"), .failed,
            ])
        #expect(results[0].output == "partial\n")
        #expect(results[3].errors == "oops\n")
    }

    @Test func childrenRunSideBySideAndReportInOrder() {
        // The first finishes last; with two at a time the whole takes the longest one's time.
        var order: [String] = []
        let started = Date()
        let complete = Self.shellJobs().run(["sleep 1; echo a", "echo b"]) { order.append($1.output) }
        #expect(complete && order == ["a\n", "b\n"])
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aChildPastItsTimeLimitIsStopped() {
        var results: [ReplayJobs.Result] = []
        let started = Date()
        let complete = Self.shellJobs(timeout: 0.5).run(["echo started; exec sleep 600", "echo fine"]) {
            results.append($1)
        }
        #expect(complete && Date().timeIntervalSince(started) < 30)
        #expect(
            results == [
                .init(outcome: .timedOut(0.5), output: "started\n", errors: ""),
                .init(outcome: .passed, output: "fine\n", errors: ""),
            ])
    }

    @Test func tallyCountsUpdatesAndUnreadableAsFailures() {
        var tally = ReplayCommand.Tally()
        [.passed, .failed, .updated, .unreadable, .crashed("x"), .timedOut(1)].forEach { tally.add($0) }
        #expect(tally.summary == "1 passed, 5 failed (1 updated)")
        #expect(!tally.allGood(updating: true))
    }

    static let endless = "#! gradbook seed=0\ngb> s = 0; repeat 1000000000 { s += 1 }\n"

    @Test func aTranscriptThatRunsForeverTimesOutByName() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Self.passing, to: "a.t")
        try directory.write(Self.endless, to: "loop.t")
        let result = try GradbookProcess.run(
            ["replay", "--timeout", "2", "a.t", "loop.t"], in: directory.url, timeLimit: 120)
        #expect(result.status == 1)
        #expect(
            result.lines.contains(
                "loop.t: still running after 2 s, stopped (replay --timeout SECONDS sets the limit): an entry loops or is too slow"
            ))
        #expect(result.lastLine == "1 passed, 1 failed")
        #expect(Self.processes(mentioning: directory.url.path).isEmpty)
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
    func noChildOutlivesTheParent(_ signal: Int32) throws {
        // Sent to the parent alone (a Ctrl-C at the terminal reaches the children as well).
        let directory = try TemporaryDirectory()
        try directory.write(Self.endless, to: "loop.t")
        let result = try GradbookProcess.run(
            ["replay", directory.url.appendingPathComponent("loop.t").path],
            interruptAfter: 3, signal: signal, timeLimit: 60)
        if signal == SIGINT {
            #expect(result.status == 130)
            #expect(result.lastLine == "interrupted after 0 of 1 transcripts: 0 passed, 0 failed")
        }
        let deadline = Date().addingTimeInterval(10)
        while !Self.processes(mentioning: directory.url.path).isEmpty && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(Self.processes(mentioning: directory.url.path).isEmpty, "a replay child was left running")
    }

    /// The command lines of running processes that contain `text` (ps, on Linux and macOS).
    static func processes(mentioning text: String) -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ps", "-A", "-o", "args="]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return [] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter {
            $0.contains(text)
        }
    }
}
