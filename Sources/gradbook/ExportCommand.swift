import ArgumentParser
import Notebook

/// `gradbook export torch SCRIPT.gb -o FILE.py`: runs a script, then writes its session as a
/// PyTorch script (the same as `:export torch FILE.py` at the script's end).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Run a script, then export its networks, train runs and training loops as a PyTorch script.",
        discussion: """
            Runs the script without printing what it prints, then writes FILE.py (and FILE.json \
            beside it for large tensors) as :export torch does. Exit status: 0 ok, 1 the script \
            or the export failed, 2 the script could not be read or parsed.
            """
    )

    @OptionGroup var options: CommonOptions

    @ArgumentParser.Argument(help: ArgumentHelp("The framework to write for: torch.", valueName: "framework"))
    var framework: String

    @ArgumentParser.Argument(help: ArgumentHelp("The script to run.", valueName: "script.gb"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The PyTorch script to write.", valueName: "file.py"))
    var output: String

    @Flag(help: "Replace FILE.py (and FILE.json) if they exist.")
    var force = false

    func validate() throws {
        guard framework == "torch" else {
            throw ValidationError("export writes for torch (PyTorch) only, got \(framework)")
        }
        guard !output.isEmpty, !output.contains("\n") else { throw ValidationError("-o takes a file name") }
    }

    func run() throws {
        let session = options.makeSession()
        let printer = options.makePrinter()
        let text: String
        do {
            text = try Session.read(file)
        } catch {
            StandardError.write("gradbook: \((error as? NotebookError)?.message ?? "cannot read \(file)")")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let script = session.execute(text, origin: file)
        guard !script.failed, !script.syntaxError, !script.interrupted else {
            printer.show(script)
            throw ExitCode(ExitStatus(script: script).rawValue)
        }
        let exported = session.execute(":export\(force ? "!" : "") torch \(output)", origin: "export")
        printer.show(exported)
        if exported.failed { throw ExitCode(ExitStatus.failed.rawValue) }
    }
}
