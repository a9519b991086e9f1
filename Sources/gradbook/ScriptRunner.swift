import Notebook

/// Runs a whole script without a prompt (`gradbook run FILE`, `gradbook -e …`): one execution
/// that stops at the first error, whose exit status says how it ended.
struct ScriptRunner {
    let session: Session
    let printer: OutputPrinter

    /// Ctrl-C stops the script at the session's next safe point (exit 130) instead of killing
    /// it mid-line.
    init(session: Session, printer: OutputPrinter) {
        self.session = session
        self.printer = printer
        Terminal.catchInterrupts()
        session.interruptRequested = { Terminal.takeInterrupt() }
    }

    /// Runs the script at `path`. A file that cannot be read is reported on stderr (the
    /// transcript on stdout has nothing to show for it).
    func runFile(_ path: String) -> ExitStatus {
        let text: String
        do {
            text = try Session.read(path)
        } catch {
            let message = (error as? NotebookError)?.message ?? "cannot read \(path): \(error)"
            StandardError.write("gradbook: \(message)")
            return .badInput
        }
        let execution = session.execute(text, origin: path)
        printer.show(execution)
        return ExitStatus(script: execution)
    }

    /// Runs `-e` statements as one script, each on its own line (`-e:2:5` is the second one).
    /// A syntax error here is a failed statement (1), not a bad input file (2).
    func runStatements(_ statements: [String]) -> ExitStatus {
        let execution = session.execute(statements.joined(separator: "\n"), origin: "-e")
        printer.show(execution)
        let status = ExitStatus(script: execution)
        return status == .badInput ? .failed : status
    }
}
