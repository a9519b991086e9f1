import Notebook

/// Statements piped into stdin (`gradbook < script.gb`): no prompt and no echo; each complete
/// entry runs on its own and a failure does not stop the rest, as at the prompt. The exit
/// status is 1 if any entry failed, 130 on Ctrl-C.
struct PipedInput {
    static let origin = "<stdin>"

    let session: Session
    let printer: OutputPrinter

    func run() -> ExitStatus {
        Terminal.catchInterrupts()
        session.interruptRequested = { Terminal.takeInterrupt() }
        var buffer = ""
        var entryLine = 1
        var lineNumber = 0
        var anyFailed = false
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if buffer.isEmpty {
                entryLine = lineNumber
                buffer = line
            } else {
                buffer += "\n" + line
            }
            if Session.needsMoreInput(buffer) { continue }
            defer { buffer = "" }
            guard let execution = run(buffer, startingAt: entryLine) else { continue }
            if execution.interrupted { return .interrupted }
            anyFailed = anyFailed || execution.failed || execution.syntaxError
            if execution.quit { return anyFailed ? .failed : .ok }
        }
        // readLine also ends when Ctrl-C interrupts the read.
        if Terminal.takeInterrupt() { return .interrupted }
        // An entry left open at the end still runs, so that its error is reported.
        if let execution = run(buffer, startingAt: entryLine) {
            if execution.interrupted { return .interrupted }
            anyFailed = anyFailed || execution.failed || execution.syntaxError
        }
        return anyFailed ? .failed : .ok
    }

    /// Runs one entry; nil for a blank one.
    private func run(_ entry: String, startingAt line: Int) -> Execution? {
        guard !entry.allSatisfy(\.isWhitespace) else { return nil }
        let execution = session.runEntry(entry, origin: Self.origin, firstLine: line)
        printer.show(execution)
        return execution
    }
}
