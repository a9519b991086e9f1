import ArgumentParser
import Foundation
import Notebook
import Transcript

/// `gradbook [repl]`: the prompt on a terminal, a script when stdin is piped, or `-e` statements.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the interactive prompt (the default).",
        discussion: """
            When stdin is not a terminal, it is read as a script: no prompt, each entry runs on \
            its own, and the exit status is 1 if any failed. --record FILE.t writes what follows \
            as a transcript (see gradbook replay).
            """
    )

    @OptionGroup var options: CommonOptions

    @Option(
        name: [.customShort("e"), .customLong("eval")],
        help: ArgumentHelp(
            "Run a statement and exit, without a prompt (repeatable; they run in order).",
            valueName: "statement"))
    var statements: [String] = []

    @Option(
        help: ArgumentHelp(
            "Record the session as a transcript that gradbook replay checks (:record off stops).",
            valueName: "file.t"))
    var record: String?

    @Flag(help: "With --record, replace the file if it exists (otherwise an existing file is refused).")
    var replace = false

    func validate() throws {
        if record != nil && !statements.isEmpty {
            throw ValidationError("--record records the prompt or piped input; it cannot be combined with -e")
        }
        if replace && record == nil {
            throw ValidationError("--replace goes with --record FILE")
        }
    }

    func run() throws {
        let session = options.makeSession()
        let printer = options.makePrinter()
        session.recording.open = { try TranscriptWriter($0) }
        if let record {
            // On stderr: stdout shows only the session, as it will be recorded.
            do {
                guard replace || !FileManager.default.fileExists(atPath: (record as NSString).expandingTildeInPath)
                else {
                    throw NotebookError(.evaluation, "\(record) exists; --record \(record) --replace replaces it")
                }
                try session.startRecording(to: record, replacing: replace).forEach { StandardError.write($0.text) }
            } catch {
                StandardError.write("gradbook: \((error as? NotebookError)?.message ?? "\(error)")")
                throw ExitCode(ExitStatus.badInput.rawValue)
            }
        }
        defer { session.stopRecording().forEach { StandardError.write($0.text) } }
        let status: ExitStatus
        if !statements.isEmpty {
            status = ScriptRunner(session: session, printer: printer).runStatements(statements)
        } else {
            status = Self.interact(session: session, printer: printer, followTerminalWidth: options.width == nil)
        }
        if status != .ok { throw ExitCode(status.rawValue) }
    }

    /// The prompt on a terminal; otherwise stdin read as a script.
    static func interact(session: Session, printer: OutputPrinter, followTerminalWidth: Bool, banner: Bool = true)
        -> ExitStatus
    {
        if Terminal.isTerminal(STDIN_FILENO) {
            let location = HistoryFile.defaultURL(environment: ProcessInfo.processInfo.environment)
            var repl = Repl(
                session: session, printer: printer, history: location.map { HistoryFile(url: $0) },
                terminalWidth: followTerminalWidth ? session.settings.width : nil)
            repl.showsBanner = banner
            return repl.run()
        }
        return PipedInput(session: session, printer: printer).run()
    }
}
