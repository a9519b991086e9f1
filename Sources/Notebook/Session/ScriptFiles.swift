import Foundation

/// `:load` and `:save`: the session's only contact with files.
extension Session {
    /// Deeper than this, a script is taken to load itself without end.
    static let maximumLoadDepth = 16

    func load(_ path: String, into execution: inout Execution) throws -> [Output] {
        guard !path.isEmpty else { throw NotebookError.evaluation(":load needs a file name: :load file.gb") }
        guard loadDepth < Session.maximumLoadDepth else {
            throw NotebookError.evaluation(":load is nested more than \(Session.maximumLoadDepth) deep; does \(path) load itself?")
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

    func save(to path: String) throws -> [Output] {
        guard !path.isEmpty else { throw NotebookError.evaluation(":save needs a file name: :save file.gb") }
        let script = (["# gradbook session; replay with: gradbook run \(path)", ":seed \(initialSeed)"] + savedInput)
            .joined(separator: "\n") + "\n"
        do {
            try script.write(toFile: Session.expand(path), atomically: true, encoding: .utf8)
        } catch {
            throw NotebookError.evaluation("cannot write \(path): \(error.localizedDescription)")
        }
        return [Output("saved \(savedInput.count) statement(s) to \(path)", .info)]
    }

    /// The text of a script file, or an error naming the file.
    public static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: expand(path), encoding: .utf8)
        } catch {
            throw NotebookError.evaluation("cannot read \(path): \(FileManager.default.fileExists(atPath: expand(path)) ? "not a UTF-8 text file" : "no such file")")
        }
    }

    static func expand(_ path: String) -> String { (path as NSString).expandingTildeInPath }
}
