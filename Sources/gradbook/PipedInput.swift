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
        var buffer = EntryBuffer()
        var anyFailed = false
        /// Runs one entry; the status to exit with when it ends the input.
        func run(_ entry: EntryBuffer.Entry) -> ExitStatus? {
            let execution = session.runEntry(entry, origin: Self.origin)
            printer.show(execution)
            if execution.interrupted { return .interrupted }
            anyFailed = anyFailed || execution.failed || execution.syntaxError
            return execution.quit ? (anyFailed ? .failed : .ok) : nil
        }
        while let line = readLine(strippingNewline: true) {
            for entry in buffer.add(line) {
                if let status = run(entry) { return status }
            }
        }
        // readLine also ends when Ctrl-C interrupts the read.
        if Terminal.takeInterrupt() { return .interrupted }
        // An entry left open at the end still runs, so that its error is reported.
        if let entry = buffer.finish(), let status = run(entry) { return status }
        return anyFailed ? .failed : .ok
    }
}
