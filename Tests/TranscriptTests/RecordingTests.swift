import Foundation
import Notebook
import Testing

@testable import Transcript

/// `:record`: what is recorded replays green at once, from wherever in a session it started.
@Suite struct RecordingTests {
    /// A session that can record, as gradbook's prompt sets it up.
    static func recordingSession(seed: UInt64 = 0, settings: Settings = Settings()) -> Session {
        let session = Session(seed: seed, settings: settings)
        session.recording.open = { try TranscriptWriter($0) }
        return session
    }

    /// Runs `entries` one at a time as the prompt does, returning their screen lines.
    @discardableResult
    static func type(_ entries: [String], into session: Session) -> [String] {
        entries.flatMap { session.runEntry($0).lines }
    }

    @Test func aRecordingFromTheStartReplaysGreen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("start.t")
        let session = Self.recordingSession(seed: 7, settings: Settings(digits: 4, width: 40, ascii: true))
        _ = try session.startRecording(to: path)
        Self.type(["W = randn(3, 4)", "b = (1 +\n2)", "nope", "W.shape", ":width 30", "randn(5) * 100"], into: session)
        _ = session.stopRecording()
        let transcript = try TranscriptFiles.load(path)
        #expect(transcript.header == TranscriptHeader(seed: 7, settings: Settings(digits: 4, width: 40, ascii: true)))
        #expect(
            transcript.inputs == [
                "W = randn(3, 4)", "b = (1 +", "2)", "nope", "W.shape", ":width 30", "randn(5) * 100",
            ])
        let result = transcript.replay()
        #expect(result.passed, "\(result.diff.joined(separator: "\n"))")
    }

    @Test func aRecordingStartedMidSessionRebuildsVariablesAndTheRandomStream() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("mid.t")
        let session = Self.recordingSession(seed: 3)
        // A failed statement that drew random numbers moves the live stream but is not in
        // what :save keeps; the recording must not depend on it.
        Self.type(["a = randn(2)", "bad = randn(3) @ ones(2)", ":seed 5", "b = randn(2)", ":digits 4"], into: session)
        let started = Self.type([":record \(path)"], into: session)
        #expect(
            started == [
                "recording to \(path) (4 earlier statements rerun from seed 3 and written first, so that a replay rebuilds them); :record off stops"
            ])
        let recorded = Self.type([":record", "c = randn(2) + a", "d = b * 2"], into: session)
        #expect(recorded.first == "recording to \(path) (4 entries so far); :record off stops")
        #expect(Self.type([":record off"], into: session) == ["recorded 6 entries to \(path)"])
        Self.type(["e = 1"], into: session)

        let transcript = try TranscriptFiles.load(path)
        #expect(transcript.header.seed == 3)
        #expect(
            transcript.inputs == [
                "a = randn(2)", ":seed 5", "b = randn(2)", ":digits 4", "c = randn(2) + a", "d = b * 2",
            ],
            "the :record entries and what came after :record off are left out")
        let result = transcript.replay()
        #expect(result.passed, "\(result.diff.joined(separator: "\n"))")
        // The live session went on with the values the transcript shows.
        let c = try #require(transcript.body.first { $0.pattern.text.hasPrefix("c = ") })
        #expect(session.execute("c").lines.first.map { "c = " + $0 } == c.pattern.text)
    }

    @Test func recordingFailsClearlyWhenTheFileCannotBeWritten() {
        let session = Self.recordingSession()
        let lines = Self.type([":record /nonexistent-directory/x.t"], into: session)
        #expect(
            lines.prefix(2) == [
                "error: cannot record to /nonexistent-directory/x.t: there is no folder",
                "/nonexistent-directory",
            ])
        #expect(session.recording.path == nil)
        #expect(Self.type(["1 + 1"], into: session) == ["2"])
    }

    @Test func recordWithoutAHostSaysWhere() {
        let session = Session()
        #expect(
            session.execute(":record x.t").lines.first
                == "error: :record works at the gradbook prompt and in piped input, not here")
        #expect(session.execute(":record off").lines == ["not recording"])
        #expect(session.execute(":record").lines == ["not recording; :record FILE starts"])
    }

    @Test func recordNeverReplacesAFileUnlessForcedAndWritesThroughLinks() throws {
        let directory = try TemporaryDirectory()
        let real = directory.path("real.t")
        try "mine\n".write(toFile: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory.path("link.t"), withDestinationPath: real)
        // Wide enough for the temporary directory's path: the error on one line.
        let session = Self.recordingSession(settings: Settings(width: 1000))
        #expect(
            session.runEntry(":record \(real)").lines.first == "error: \(real) exists; :record! \(real) replaces it")
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "mine\n")
        #expect(
            session.runEntry(":record /dev/null").lines.first
                == "error: cannot record to /dev/null: it is a character device, not a regular file")
        _ = session.runEntry(":record! \(directory.path("link.t"))")
        _ = session.runEntry("x = 2")
        _ = session.stopRecording()
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: directory.path("link.t")) == real,
            "the link stays a link")
        #expect(try TranscriptFiles.load(real).inputs == ["x = 2"], "the file behind it holds the recording")
    }

    @Test func whileRecordingErrorsShowAsAtThePrompt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("piped.t")
        let session = Self.recordingSession()
        #expect(
            session.runEntry("nope", origin: "<stdin>", firstLine: 4).lines.first
                == "<stdin>:4:1: error: unknown name 'nope'")
        _ = try session.startRecording(to: path)
        #expect(session.runEntry("nope", origin: "<stdin>", firstLine: 5).lines.first == "error: unknown name 'nope'")
        #expect(try TranscriptFiles.load(path).replay().passed)
    }
}

/// A directory under the system's temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gradbook-transcript-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
