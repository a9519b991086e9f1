/// `:time`: how long a statement takes, measured inside the process.
///
/// The benchmark (BENCHMARKS.md) needs the training loop's own time, apart from start-up and
/// printing. A clock is not part of the language on purpose: a builtin returning the time would
/// make values, and so transcripts, differ from run to run. `:time` only reports; what it times
/// runs exactly as if typed alone, and its one line of output is marked as information
/// (a transcript that records it matches it with a ` (re)` line).
extension BuiltinTable {
    static let timingMetaCommands: [MetaCommand] = [
        MetaCommand(
            "time", saving: .statementsItRunsKept, signature: ":time statement",
            summary:
                "Runs the rest of the line (one statement, or several separated by ;) as if typed alone, then prints its wall-clock time in milliseconds. The time is the only thing that differs from run to run.",
            example: ":time repeat 1000 { x = sin(0.5) }"
        ) { argument, session, execution in
            try session.time(argument, into: &execution)
        }
    ]
}

extension Session {
    func time(_ source: String, into execution: inout Execution) throws -> [Output] {
        guard !source.isEmpty else {
            throw NotebookError.evaluation(":time needs something to time, e.g. :time repeat 100 { … }")
        }
        // A `:time` inside would only time the timing, and a long line of them would nest the
        // evaluator once per copy.
        // (A syntax error is left for the run below to report, with its caret.)
        if let statements = try? Parser.parse(source, grammar: BuiltinTable.grammar),
            statements.contains(where: \.isTiming)
        {
            throw NotebookError.evaluation(":time cannot time another :time")
        }
        // Errors inside point into the file as if the statement stood alone on the :time line.
        let statement = running
        let clock = ContinuousClock()
        let start = clock.now
        let inner = executeStatements(
            source, origin: statement.origin, firstLine: statement.line,
            firstColumn: statement.column + Swift.max(statement.text.count - source.count, 0))
        let elapsed = clock.now - start
        execution.failed = execution.failed || inner.failed || inner.syntaxError
        execution.interrupted = execution.interrupted || inner.interrupted
        execution.quit = execution.quit || inner.quit
        // A time for a statement that did not finish would measure nothing meaningful.
        if inner.failed || inner.syntaxError || inner.interrupted { return inner.outputs }
        let (seconds, attoseconds) = elapsed.components
        let milliseconds = Double(seconds) * 1e3 + Double(attoseconds) * 1e-15
        return inner.outputs + [Output("time: \(settings.numberFormat.string(milliseconds)) ms", .info)]
    }
}

extension Statement {
    fileprivate var isTiming: Bool {
        guard case let .meta(name, _) = kind else { return false }
        return name == "time"
    }
}
