import Foundation
import Testing

/// Hostile input through the real binary, so that a crash fails the test instead of killing the
/// test runner: every statement is answered and the next one still runs.
@Suite struct InputHardeningTests {
    @Test(arguments: [
        "x = " + String(repeating: "2^", count: 60_000) + "2",
        "x = " + String(repeating: "-2^", count: 60_000) + "2",
        "f(x) = " + String(repeating: "-", count: 250) + "f(x)\nf(1)",
        "f(x) = " + String(repeating: "sin(", count: 250) + "f(x)" + String(repeating: ")", count: 250)
            + "\nplot f(x) for x in 0..1",
        "x = (" + String(repeating: "\n", count: 200_000) + "1)",
        "x = 1 " + String(repeating: "\\\n", count: 200_000) + "+ 1",
    ])
    func deepInputIsAnErrorNotACrash(_ script: String) throws {
        let path = try TemporaryDirectory().write(script + "\nok = 41 + 1\n", to: "deep.gb")
        for arguments in [["run", path.path], []] {
            let result = try GradbookProcess.run(arguments, input: arguments.isEmpty ? script + "\nok = 41 + 1\n" : nil)
            #expect(
                result.status != 139 && result.status != 134 && result.status < 128,
                "\(arguments): status \(result.status)")
            #expect(!result.standardError.contains("crashed"))
            if arguments.isEmpty { #expect(result.lastLine == "ok = 42") }
        }
    }

    @Test func deepInputThroughLoadAndReplay() throws {
        let directory = try TemporaryDirectory()
        let deep = "x = " + String(repeating: "2^", count: 60_000) + "2"
        let script = try directory.write(deep + "\n", to: "deep.gb")
        let load = try GradbookProcess.run([], input: ":load \(script.path)\nok = 41 + 1\n")
        #expect(load.status == 1 && load.lastLine == "ok = 42")
        let transcript = try directory.write("gb> \(deep)\ngb> ok = 41 + 1\nok = 42\n", to: "deep.t")
        let replay = try GradbookProcess.run(["replay", transcript.path])
        #expect(replay.status == 1, "the transcript lacks the error, so it fails; it must not crash")
        #expect(replay.standardOutput.contains("+error: powers nest more than 256 levels deep"))
    }

    /// Each line of an open entry is lexed once, not the whole entry again per line: a pasted
    /// 20,000-line literal took minutes (quadratic); it takes about a second.
    @Test func aLongPastedLiteralIsReadInLinearTime() throws {
        let input = "x = [\n" + (0..<20_000).map { "  \($0),\n" }.joined() + "  1]\nx.size\n"
        let start = Date()
        let result = try GradbookProcess.run([], input: input)
        #expect(result.lastLine == "20001")
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func windowsLineEndsRunEveryStatement() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("# setup\r\nx = 1\r\ny = x + 1\r\ny\r\n", to: "crlf.gb")
        let run = try GradbookProcess.run(["run", path.path])
        #expect(run.status == 0 && run.lines == ["x = 1", "y = 2", "2", ""])
        let load = try GradbookProcess.run([], input: ":load \(path.path)\n")
        #expect(load.lastLine == "2")
        let piped = try GradbookProcess.run([], input: "\u{FEFF}# setup\r\nx = 1\r\nx + 1\r\n")
        #expect(piped.status == 0 && piped.lines == ["x = 1", "2", ""])
    }

    @Test func anUnclosedBracketDoesNotSwallowTheNextEntry() throws {
        let result = try GradbookProcess.run([], input: "x = [1, 2,\n\nok = 41 + 1\n")
        #expect(result.status == 1)
        #expect(
            result.lines.first == "<stdin>:1:5: error: this '[' is never closed with ']'; a blank line ends the entry")
        #expect(result.lastLine == "ok = 42")
        let script = try GradbookProcess.run(["-e", "x = [1, 2,\n\nok = 41 + 1"])
        #expect(script.lines.first?.hasPrefix("-e:1:5: error: this '[' is never closed with ']'") == true)
    }

    /// README's first session, pasted line by line with its `gb> ` prompts, prints what README shows.
    @Test func readmeFirstSessionPastesWithPrompts() throws {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("README.md").path) {
            directory.deleteLastPathComponent()
        }
        let readme = try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## A first session\n\n```\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "\n```").first).split(separator: "\n").map(String.init)
        let input = block.filter { $0.hasPrefix("gb> ") }
        let expected = block.filter { !$0.hasPrefix("gb> ") }
        #expect(input.count > 5)
        let result = try GradbookProcess.run([], input: input.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.lines.dropLast() == expected[...])
    }
}
