import ArgumentParser

/// `gradbook run FILE`: runs a script and exits, stopping at its first error.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script file and exit.",
        discussion: """
            Stops at the first error, reported as FILE:LINE:COLUMN. Exit status: 0 ok, 1 a \
            statement failed, 2 the file could not be read or parsed (nothing ran), 130 Ctrl-C.
            """
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The script to run.", valueName: "file.gb"))
    var file: String

    func run() throws {
        let runner = ScriptRunner(session: options.makeSession(), printer: options.makePrinter())
        let status = runner.runFile(file)
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}
