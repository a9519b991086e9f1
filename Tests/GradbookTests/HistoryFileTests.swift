import Foundation
import Testing

@testable import gradbook

/// The REPL's history file: its escaping, its limits and how it is written.
@Suite struct HistoryFileTests {
    @Test(arguments: [
        "plain", "a = (1 +\n2)", #"back\slash"#, #"\n literally"#, "trailing\\", "\\\\n", "crlf\r\nline", "",
    ])
    func escapingRoundTrips(entry: String) {
        let line = HistoryFile.escape(entry)
        #expect(!line.contains("\n"))
        #expect(HistoryFile.unescape(Substring(line)) == entry)
    }

    @Test func escapedFormIsReadable() {
        #expect(HistoryFile.escape("f = (1 +\n2)") == #"f = (1 +\n2)"#)
        #expect(HistoryFile.escape(#"a\b"#) == #"a\\b"#)
    }

    @Test func blankAndRepeatedEntriesAreSkipped() throws {
        let directory = try TemporaryDirectory()
        var history = HistoryFile(url: directory.url.appendingPathComponent("history"))
        let added = ["x = 1", "x = 1", "   ", "", "y = 2", "x = 1"].map { history.append($0) }
        #expect(added == [true, false, false, false, true, true])
        #expect(history.entries == ["x = 1", "y = 2", "x = 1"])
    }

    @Test func keepsOnlyTheNewestEntries() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("history")
        var history = HistoryFile(url: url, limit: 3)
        for index in 1...5 { history.append("x = \(index)") }
        #expect(history.entries == ["x = 3", "x = 4", "x = 5"])
        try history.save()
        #expect(HistoryFile(url: url, limit: 2).entries == ["x = 4", "x = 5"])
        #expect(HistoryFile.defaultLimit == 1000)
    }

    @Test func savedHistoryLoadsBackWithMultiLineEntries() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("nested/gradbook/history")
        var history = HistoryFile(url: url)
        try history.record("f = (1 +\n2)")
        try history.record(#"path = "a\b""#)
        #expect(HistoryFile(url: url).entries == ["f = (1 +\n2)", #"path = "a\b""#])
        #expect(try String(contentsOf: url, encoding: .utf8) == "f = (1 +\\n2)\npath = \"a\\\\b\"\n")
    }

    @Test func atomicWriteLeavesNoTemporaryFiles() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("gradbook/history")
        var history = HistoryFile(url: url)
        for index in 1...20 { try history.record("x = \(index)") }
        let files = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(files.sorted() == ["history", "history.lock"], "the lock file stays; no temporary file does")
    }

    @Test func concurrentSessionsLoseNoEntries() throws {
        // Issue 14 item 10: sessions at once (4 × 100 entries once kept 136). Each thread has its
        // own HistoryFile and descriptor, so flock serialises them as it does processes.
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("gradbook/history")
        let (sessions, entriesEach) = (6, 40)
        DispatchQueue.concurrentPerform(iterations: sessions) { session in
            var history = HistoryFile(url: url)
            for index in 0..<entriesEach { _ = try? history.record("x\(session) = \(index)") }
        }
        let kept = HistoryFile(url: url).entries
        #expect(kept.count == sessions * entriesEach)
        for session in 0..<sessions {
            #expect(
                kept.filter { $0.hasPrefix("x\(session) =") } == (0..<entriesEach).map { "x\(session) = \($0)" },
                "each session's entries, all of them, in its order")
        }
    }

    @Test func aFailureIsSaidInPlainWords() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.url.appendingPathComponent("state")
        try Data("not a folder".utf8).write(to: blocker)
        var history = HistoryFile(url: blocker.appendingPathComponent("gradbook/history"))
        do {
            try history.record("x = 1")
            Issue.record("recording under a regular file must fail")
        } catch {
            let text = "\(error)"
            #expect(text == "cannot create \(blocker.path)/gradbook: \(blocker.path) is not a folder", "\(text)")
            #expect(!text.contains("Domain") && !text.contains("NSCocoa") && !text.contains("UserInfo"), "\(text)")
        }
    }

    @Test func recordMergesWhatAnotherSessionWrote() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("history")
        var first = HistoryFile(url: url)
        var second = HistoryFile(url: url)
        try first.record("a = 1")
        try second.record("b = 2")
        try first.record("c = 3")
        #expect(HistoryFile(url: url).entries == ["a = 1", "b = 2", "c = 3"])
    }

    @Test func locationFollowsXDGStateHome() {
        let xdg = HistoryFile.defaultURL(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/u"])
        #expect(xdg?.path == "/state/gradbook/history")
        let home = HistoryFile.defaultURL(environment: ["HOME": "/home/u"])
        #expect(home?.path == "/home/u/.local/state/gradbook/history")
        let relative = HistoryFile.defaultURL(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/u"])
        #expect(relative?.path == "/home/u/.local/state/gradbook/history")
        #expect(HistoryFile.defaultURL(environment: [:]) == nil)
    }
}
