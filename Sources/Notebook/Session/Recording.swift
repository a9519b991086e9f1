/// `:record`: the session decides what is recorded and from which state; the host (the gradbook
/// executable, through the Transcript module) decides how it is written.
///
/// A recording must replay green in a fresh session started from its header, so `:record`
/// first rebuilds the session from what a replay will have: it runs the statements that
/// succeeded since the start or `:reset` (what `:save` keeps) in a scratch session started from
/// the first seed, writes them at the top of the transcript, and adopts the scratch session's
/// variables and random stream. From then on the live session and the replay draw the same
/// random numbers and see the same variables.

/// One entry of a recording: what was typed and the lines it printed.
public struct RecordedEntry: Sendable, Equatable {
    public let input: String
    public let lines: [String]

    public init(input: String, lines: [String]) {
        self.input = input
        self.lines = lines
    }
}

/// How a recording begins: the file, the state a replay must start from, and the entries that
/// rebuild the session's variables.
public struct RecordingStart: Sendable, Equatable {
    public let path: String
    /// Whether an existing file may be replaced (`:record!`, `--record FILE --replace`).
    public let replacing: Bool
    public let seed: UInt64
    public let settings: Settings
    public let preamble: [RecordedEntry]
}

/// Where a recording's entries go; written as they come, so a session that ends abruptly keeps
/// what it recorded.
public protocol RecordingSink: AnyObject {
    func append(_ entry: RecordedEntry) throws
}

/// The session's recording state.
public struct Recording {
    /// Opens a recording; set by a host that can write one. Nil (help examples, replay) makes
    /// `:record` say that it is not available.
    public var open: ((RecordingStart) throws -> any RecordingSink)?
    var active: (path: String, sink: any RecordingSink, entries: Int)?
    /// Set by `:record` in any form: the entry that holds it stays out of the recording, since
    /// a replay has no recording to start, stop or show.
    var excludesEntry = false

    public init() {}

    /// The file being recorded to, if any.
    public var path: String? { active?.path }
}

extension Session {
    /// Runs one entry typed at the prompt (or read from piped input) and, while `:record` is on,
    /// appends it and what it printed to the recording. The entry that starts or stops a
    /// recording, or asks about it, is not part of it. While recording, errors are shown as at the prompt (without
    /// `origin:line:`), the way the transcript will replay them.
    public func runEntry(_ entry: String, origin: String? = nil, firstLine: Int = 1) -> Execution {
        let before = recording.active?.sink
        recording.excludesEntry = false
        var execution = before == nil ? execute(entry, origin: origin, firstLine: firstLine) : execute(entry)
        guard let sink = before, let active = recording.active, active.sink === sink, !recording.excludesEntry else {
            return execution
        }
        if execution.interrupted {
            // Ctrl-C stops at a moment a replay cannot reproduce.
            recording.active = nil
            execution.outputs.append(
                Output(
                    "recording stopped: an interrupted entry would not replay the same; \(active.path) keeps the \(Self.entries(active.entries)) before it",
                    .error))
            return execution
        }
        do {
            try sink.append(RecordedEntry(input: entry, lines: execution.lines))
            recording.active?.entries += 1
        } catch {
            recording.active = nil
            execution.outputs.append(
                Output("recording stopped: cannot write \(active.path): \(UserFiles.describe(error))", .error))
        }
        return execution
    }

    /// `:record FILE`, `:record off`, or `:record` alone (the state); `:record! FILE` replaces.
    func record(_ argument: String, replacing: Bool) throws -> [Output] {
        recording.excludesEntry = true
        if replacing, argument.isEmpty || argument == "off" {
            throw NotebookError.evaluation(":record! needs a file name: :record! file.t")
        }
        if argument.isEmpty {
            guard let active = recording.active else { return [Output("not recording; :record FILE starts", .info)] }
            return [
                Output("recording to \(active.path) (\(Self.entries(active.entries)) so far); :record off stops", .info)
            ]
        }
        if argument == "off" {
            guard recording.active != nil else { return [Output("not recording", .info)] }
            return stopRecording()
        }
        return try startRecording(to: argument, replacing: replacing)
    }

    /// Stops the recording, if there is one, and says what it holds.
    public func stopRecording() -> [Output] {
        guard let active = recording.active else { return [] }
        recording.active = nil
        return [Output("recorded \(Self.entries(active.entries)) to \(active.path)", .info)]
    }

    /// Starts recording to `path` (an existing file only when `replacing`), after rebuilding
    /// the session from the statements a replay will run (see ``Recording``).
    public func startRecording(to path: String, replacing: Bool = false) throws -> [Output] {
        try requireFileWrites(replacing ? ":record!" : ":record")
        guard let open = recording.open else {
            throw NotebookError.evaluation(":record works at the gradbook prompt and in piped input, not here")
        }
        let scratch = Session(seed: initialSeed, settings: settings)
        var preamble: [RecordedEntry] = []
        for statement in savedInput {
            let execution = scratch.execute(statement)
            guard !execution.failed, !execution.syntaxError, !execution.interrupted else {
                throw NotebookError.evaluation(
                    "cannot record: rerunning an earlier statement from seed \(initialSeed) failed, so a replay could not rebuild this session (\(statement): \(execution.lines.first ?? "")); :reset first"
                )
            }
            preamble.append(RecordedEntry(input: statement, lines: execution.lines))
        }
        let sink: any RecordingSink
        do {
            sink = try open(
                RecordingStart(
                    path: path, replacing: replacing, seed: initialSeed, settings: settings, preamble: preamble))
        } catch let error as UserFileError where error.exists {
            throw NotebookError.evaluation("\(path) exists; :record! \(path) replaces it")
        } catch {
            throw NotebookError.evaluation("cannot record to \(path): \(UserFiles.describe(error))")
        }
        bindings = scratch.bindings
        random = scratch.random
        seed = scratch.seed
        settings = scratch.settings
        recording.active = (path, sink, preamble.count)
        let rebuilt =
            preamble.isEmpty
            ? "random numbers restart from seed \(initialSeed)"

            : "\(preamble.count) earlier \(preamble.count == 1 ? "statement" : "statements") rerun from seed \(initialSeed) and written first, so that a replay rebuilds them"
        return [Output("recording to \(path) (\(rebuilt)); :record off stops", .info)]
    }

    private static func entries(_ count: Int) -> String { count == 1 ? "1 entry" : "\(count) entries" }
}
