import Notebook

/// What replaying one transcript showed.
public struct ReplayResult {
    public let transcript: Transcript
    /// The screen the replay produced, in place of the transcript's body.
    public let actual: [String]
    /// The edit script from the expected body to the actual screen.
    public let edits: [DiffEdit]

    /// Whether every line matched, in order, and none is missing or extra.
    public var passed: Bool {
        edits.allSatisfy { if case .same = $0 { true } else { false } }
    }

    /// The mismatches as a unified diff numbered by the transcript's lines; empty when it passed.
    public var diff: [String] {
        UnifiedDiff(
            expectedName: transcript.path, actualName: "\(transcript.path) (actual)",
            expected: transcript.body.map(\.pattern.text), actual: actual, edits: edits,
            lineOffset: transcript.preface.count
        ).lines
    }

    /// The transcript with its expected output replaced by the actual output, keeping the preface
    /// and every line that still matches as written — so ` (re)` and ` (glob)` lines that still
    /// match stay patterns.
    public var updatedText: String {
        var lines = transcript.preface
        for edit in edits {
            switch edit {
            case let .same(i, _): lines.append(transcript.body[i].pattern.text)
            case .delete: break
            case let .insert(j): lines.append(LinePattern.literal(actual[j]))
            }
        }
        let text = lines.joined(separator: transcript.lineEnding)
        return transcript.endsWithNewline && !lines.isEmpty ? text + transcript.lineEnding : text
    }
}

extension Transcript {
    /// Replays the transcript in a fresh session with its header's settings: feeds its input
    /// lines in order as the prompt would, and diffs the resulting screen against the body.
    /// `prepare` equips the fresh session as the host's own are (the lesson guide).
    public func replay(prepare: (Session) -> Void = { _ in }) -> ReplayResult {
        let actual = Self.screen(for: inputs, header: header, prepare: prepare)
        let expected = body.map(\.pattern)
        let edits = Diff.edits(expected.count, actual.count) { expected[$0].matches(actual[$1]) }
        return ReplayResult(transcript: self, actual: actual, edits: edits)
    }

    /// The screen a session started from `header` shows for `inputs` typed one line at a time:
    /// each line after the prompt it would get, each entry's output after its last line.
    /// An entry still open at the end runs, as in piped input; `:quit` ends the session.
    public static func screen(for inputs: [String], header: TranscriptHeader, prepare: (Session) -> Void = { _ in })
        -> [String]
    {
        var settings = header.settings
        settings.fileWritesRefused = "in a replayed transcript"
        let session = Session(seed: header.seed, settings: settings)
        prepare(session)
        var buffer = EntryBuffer()
        var screen: [String] = []
        func run(_ entry: EntryBuffer.Entry) -> Bool {
            let execution = session.runEntry(entry)
            screen += execution.lines
            return !execution.quit
        }
        for input in inputs {
            let prompt = buffer.isOpen ? Screen.continuationPrompt : Screen.prompt
            screen.append(input.isEmpty ? String(prompt.dropLast()) : prompt + input)
            for entry in buffer.add(input) where !run(entry) { return screen }
        }
        if let entry = buffer.finish() { _ = run(entry) }
        return screen
    }
}
