import Foundation

/// `:load` and `:save`: the session's only contact with files.
extension Session {
    /// Deeper than this, a script is taken to load itself without end.
    static let maximumLoadDepth = 16

    func load(_ path: String, into execution: inout Execution) throws -> [Output] {
        guard !path.isEmpty else { throw NotebookError.evaluation(":load needs a file name: :load file.gb") }
        guard loadDepth < Session.maximumLoadDepth else {
            throw NotebookError.evaluation(
                ":load is nested more than \(Session.maximumLoadDepth) deep; does \(path) load itself?")
        }
        let source = try Session.read(path)
        loadDepth += 1
        let recorded = savedInput
        defer {
            loadDepth -= 1
            savedInput = recorded  // the :load line itself is what :save keeps
        }
        let inner = executeStatements(source, origin: path, firstLine: 1)
        execution.failed = execution.failed || inner.failed || inner.syntaxError
        execution.interrupted = execution.interrupted || inner.interrupted
        execution.quit = execution.quit || inner.quit
        return inner.outputs
    }

    /// `:save file.gb`, or `:save! file.gb` (`replacing`) to replace an existing file.
    func save(to path: String, replacing: Bool) throws -> [Output] {
        let command = replacing ? ":save!" : ":save"
        guard !path.isEmpty else { throw NotebookError.evaluation("\(command) needs a file name: \(command) file.gb") }
        try requireFileWrites(command)
        let script =
            (["# gradbook session; replay with: gradbook run \(path)", ":seed \(initialSeed)"] + savedInput)
            .joined(separator: "\n") + "\n"
        do {
            try UserFiles.create(path, replacing: replacing).write(script)
        } catch let error as UserFileError where error.exists {
            throw NotebookError.evaluation("\(path) exists; :save! \(path) replaces it")
        } catch {
            throw NotebookError.evaluation("cannot write \(path): \(UserFiles.describe(error))")
        }
        return [Output("saved \(savedInput.count) statement(s) to \(path)", .info)]
    }

    /// Refuses `command` when this session's input comes from someone else (see
    /// ``Settings/fileWritesRefused``).
    func requireFileWrites(_ command: String) throws {
        guard let place = settings.fileWritesRefused else { return }
        throw NotebookError.evaluation(
            "\(command) writes no files \(place): input from elsewhere must not overwrite your files; run it at your own prompt"
        )
    }

    /// Runs `body` with the commands that write files refused, `place` saying why (a lesson's
    /// code runs in the learner's session, and may come from anywhere).
    public func refusingFileWrites<T>(_ place: String, _ body: () throws -> T) rethrows -> T {
        let before = settings.fileWritesRefused
        settings.fileWritesRefused = place
        defer { settings.fileWritesRefused = before }
        return try body()
    }

    /// The text of a script file, or an error naming the file and what is wrong with it.
    public static func read(_ path: String) throws -> String {
        do {
            return try UserFiles.read(path)
        } catch {
            throw NotebookError.evaluation("cannot read \(path): \(UserFiles.describe(error))")
        }
    }
}
