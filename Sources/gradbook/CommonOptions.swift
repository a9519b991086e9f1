import ArgumentParser
import Foundation
import Lessons
import Notebook

/// The options every way of running gradbook shares (`repl`, `run`, and later `lesson`, `replay`).
struct CommonOptions: ParsableArguments {
    @Option(help: "Seed of the random generator (:seed changes it later).")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("Significant digits of printed numbers, 1–17.", valueName: "n"))
    var digits: Int = 6

    @Option(
        help: ArgumentHelp(
            "Line width for printed tensors, 20–1000 (default: the terminal's width, else 80).",
            valueName: "n"))
    var width: Int?

    @Flag(help: "Print only ASCII (no ×, …, braille or box drawing).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR in the environment does the same).")
    var noColor = false

    @Option(
        help: ArgumentHelp(
            "Memory gradbook may hold, such as 4GB (default: half of the machine's; :memory changes it).",
            valueName: "size"))
    var memory: String?

    func validate() throws {
        guard (1...17).contains(digits) else {
            throw ValidationError("--digits takes a whole number from 1 to 17, got \(digits)")
        }
        if let memory, memoryBudget == nil {
            throw ValidationError(
                "--memory takes a size of at least \(MemoryBudget.describe(MemoryBudget.minimum)) such as 500MB or 4GB, got \(memory)"
            )
        }
    }

    /// The budget --memory asks for; nil without the option or for a size that is not one.
    private var memoryBudget: MemoryBudget? {
        guard let memory, let bytes = MemoryBudget.bytes(parsing: memory), bytes >= MemoryBudget.minimum else {
            return nil
        }
        return MemoryBudget(limit: bytes)
    }

    /// The print settings these options ask for.
    var settings: Settings {
        let columns = width ?? (Terminal.isTerminal(STDOUT_FILENO) ? Terminal.columns(of: STDOUT_FILENO) : nil) ?? 80
        return Settings(digits: digits, width: min(max(columns, 20), 1000), ascii: ascii)
    }

    /// A fresh session with these options.
    /// A fresh session with these options, able to run lessons.
    func makeSession() -> Session {
        let session = Session(seed: seed, settings: settings)
        session.memoryBudget = memoryBudget ?? .standard
        session.guide = LessonGuide(library: .standard(), progress: .standard())
        return session
    }

    /// The printer for stdout, colouring only where ``OutputPrinter/wantsColour`` allows.
    func makePrinter() -> OutputPrinter {
        OutputPrinter(
            colour: OutputPrinter.wantsColour(
                noColorFlag: noColor,
                standardOutputIsTerminal: Terminal.isTerminal(STDOUT_FILENO),
                environment: ProcessInfo.processInfo.environment))
    }
}
