import Autograd
import Tensors

/// A notebook session: the bindings, the seeded random generator and the print settings,
/// and the one entry point that runs input and returns what it printed.
///
/// The session never writes to the terminal; the caller prints the returned ``Execution``.
public final class Session {
    public var settings: Settings
    /// The seed the session started with; `:reset` returns to it.
    public let initialSeed: UInt64
    /// The seed of the current random stream (`:seed n` sets it).
    public internal(set) var seed: UInt64
    var random: RandomSource
    var bindings: [String: Value] = [:]
    /// What the last expression statement computed: `_` and `ans` (LastValue.swift).
    var lastValue: Value?
    /// The statements that succeeded, as typed, for `:save`.
    var savedInput: [String] = []
    /// The statements that succeeded, as typed, with those of `:load`ed scripts in place of the
    /// `:load` (what `:export` reads).
    var statementsRun: [String] = []
    /// The `train` runs and loops written by hand so far, newest last, for `:export`
    /// (TrainingRecord.swift, LoopRecord.swift), and the loop being recorded now.
    var exportRecords: [ExportRecord] = []
    var loopRecording: LoopRecord?
    /// How many `:load`s deep the current input is (a file that loads itself must stop).
    var loadDepth = 0
    /// How deep the evaluation is right now (NestingBudget.swift).
    var evaluationNesting = 0
    /// The statement running now (for `:time`).
    var running = RunningStatement()
    /// Polled at safe points (between statements, repeat iterations and function calls);
    /// returning true stops the evaluation there. The REPL connects it to Ctrl-C.
    public var interruptRequested: () -> Bool = { false }
    /// The memory gradbook may hold before binding a name is refused (MemoryBudget.swift).
    public var memoryBudget = MemoryBudget.standard
    /// The process's resident bytes when above the given limit, else nil; tests replace it.
    var residentMemory: (Int) -> Int? = ProcessMemory.resident(ifAbove:)
    /// Called after each step of a `train` run, and once more when it ends; the REPL draws a
    /// progress bar from it on a terminal. Unset, `train` only returns its summary lines.
    public var progress: ((TrainingProgress) -> Void)?
    /// `:record`: how the host writes a recording, and the one in progress (Recording.swift).
    public var recording = Recording()
    /// The lesson guide, when the executable installed one (`:lesson` needs it).
    public var guide: (any Guide)?
    /// What was typed, for `:history`; the REPL adds the entries of earlier sessions.
    public var inputHistory = InputHistory()
    /// Shows a line while a long statement runs (train's header and log lines); unset, they
    /// arrive with the rest of the entry's output.
    public var liveOutput: ((Output) -> Void)?
    /// Where the statement running now sends its live lines, and whether it may stream: not
    /// inside a loop's body, nor while a lesson judges an answer (LiveLines.swift).
    var live: LiveLines?
    var loopDepth = 0
    var answering = false
    /// Asks the person at the prompt a yes/no question (`:reset` with variables to lose); unset
    /// where nobody can answer (piped input, transcripts), and then nothing asks.
    public var confirm: ((String) -> Bool)?

    public init(seed: UInt64 = 0, settings: Settings = Settings()) {
        self.settings = settings
        self.initialSeed = seed
        self.seed = seed
        self.random = RandomSource(seed: seed)
    }

    /// Restarts the random stream from `seed`.
    func reseed(_ seed: UInt64) {
        self.seed = seed
        random = RandomSource(seed: seed)
    }

    /// The names bound in the session, sorted.
    public var names: [String] { bindings.keys.sorted() }

    /// The bound tensors by name, in name order.
    var namedTensors: [(name: String, variable: Variable)] {
        names.compactMap { name in
            guard case let .tensor(variable) = bindings[name] else { return nil }
            return (name, variable)
        }
    }

    /// Whether `source` stops inside brackets or after a `\`, so that the REPL should read
    /// another line before running it.
    public static func needsMoreInput(_ source: String) -> Bool { Lexer.needsContinuation(source) }

    /// Runs `source` (one REPL entry, or a whole script) statement by statement, stopping at
    /// the first error. `origin` names the file in error messages (`file:line:col`), where the
    /// source's first line is numbered `firstLine` (an entry in the middle of piped input).
    public func execute(_ source: String, origin: String? = nil, firstLine: Int = 1) -> Execution {
        defer { inputHistory.record(source) }  // after it ran: :history does not list itself
        let source = HelpRequest.rewritten(source) ?? source  // ?relu, relu?
        // Long kernels (the matrix product) ask the same question between blocks of work.
        var execution = Interruption.$requested.withValue(Interruption.Check(interruptRequested)) {
            executeEntry(source, origin: origin, firstLine: firstLine)
        }
        execution.outputs = execution.outputs.map { $0.style == .info ? Verdicts.marked($0) : $0 }  // ✓ right, warnings
        return execution
    }

    private func executeEntry(_ source: String, origin: String?, firstLine: Int) -> Execution {
        answering = true
        defer { answering = false }
        if let guide,
            let answered = guide.answer(
                source, session: self, evaluate: { self.executeStatements($0, origin: origin, firstLine: firstLine) })
        {
            return answered
        }
        answering = false
        return executeStatements(source, origin: origin, firstLine: firstLine)
    }

    /// `firstColumn` is where the source starts on its first line (`:time`'s statement after
    /// the command), so that `origin:line:column` points into the file.
    func executeStatements(_ source: String, origin: String?, firstLine: Int, firstColumn: Int = 1) -> Execution {
        // Error echoes split the source at line ends: CRLF and CR are line ends too.
        let source = String(Lexer.normalizingLineEnds(source))
        var execution = Execution()
        func report(_ error: Error, at location: SourceLocation?) {
            execution.report(
                NotebookError.wrap(error, at: location), source: source, origin: origin, firstLine: firstLine,
                firstColumn: firstColumn, width: settings.width)
        }
        let statements: [Statement]
        do {
            statements = try Parser.parse(source, grammar: BuiltinTable.grammar)
        } catch {
            report(error, at: nil)
            execution.syntaxError = true
            return execution
        }
        let outer = running
        defer { running = outer }
        for statement in statements {
            running = RunningStatement(
                origin: origin, line: statement.location.line + firstLine - 1,
                column: statement.location.line == 1
                    ? statement.location.column + firstColumn - 1 : statement.location.column,
                text: statement.text)
            do {
                if interruptRequested() { throw NotebookError.interrupted }
                execution.outputs += try run(statement, execution: &execution)
                // A :load whose script failed has reported its own error.
                if execution.failed || execution.interrupted { return execution }
                if statement.isRecorded { savedInput.append(statement.text) }
                if statement.isRecorded, !statement.isLoad { statementsRun.append(statement.text) }
            } catch {
                report(error, at: statement.location)
                return execution
            }
            if execution.quit { break }
        }
        return execution
    }

    var renderer: Renderer { Renderer(settings: settings) }
}

/// The statement being run, where it stands in its input: what a meta command that runs source
/// of its own (`:time`) needs so that its errors point into the same file.
struct RunningStatement {
    var origin: String?
    var line = 1
    var column = 1
    var text = ""
}

extension Execution {
    /// Adds an error as `error: message` broken between words at `width`, or `origin:line:col: error:
    /// message` on one line, with the source line (a window of it around the column, when it is long) and a caret under the
    /// column when the location is known.
    mutating func report(
        _ error: NotebookError, source: String, origin: String?, firstLine: Int, firstColumn: Int = 1, width: Int
    ) {
        if error.kind == .interrupted {
            interrupted = true
            outputs.append(Output(error.message, .info))
            return
        }
        failed = true
        var header = "error: \(error.message)"
        if let origin {
            let position = error.location.map { location in
                "\(location.line + firstLine - 1):\(location.line == 1 ? location.column + firstColumn - 1 : location.column): "
            }
            header = "\(origin):\(position ?? " ")" + header
        }
        if origin == nil {
            // At the prompt, broken between words at the width, so that the terminal never splits
            // one. A diagnostic of a file (`script.gb:3:5: error: …`) stays one line, as a
            // compiler's does, for editors and grep.
            for paragraph in header.split(separator: "\n", omittingEmptySubsequences: false) {
                outputs += TextWrap.lines(String(paragraph), width: width).map { Output($0, .error) }
            }
        } else {
            outputs.append(Output(header, .error))
        }
        if let location = error.location {
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            if location.line >= 1, location.line <= lines.count {
                let (shown, caret) = SourceWindow.around(column: location.column, of: String(lines[location.line - 1]))
                outputs.append(Output("  " + shown, .error))
                outputs.append(Output("  " + caret, .error))
            }
        }
        outputs += CallFrame.lines(error.frames).map { Output($0, .error) }
    }
}

extension Statement {
    /// Whether `:save` keeps this statement: everything that changes the session's state.
    var isRecorded: Bool {
        guard case let .meta(name, _) = kind else { return true }
        return BuiltinTable.metaCommand(named: name)?.saving == .kept
    }

    /// A `:load`, whose script's own statements stand for it in ``Session/statementsRun``.
    var isLoad: Bool {
        guard case let .meta(name, _) = kind else { return false }
        return name == "load"
    }
}
