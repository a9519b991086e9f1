import Notebook

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive prompt: `gb> `, `..> ` while an entry is open, readline editing, Tab
/// completion by context (``Session/completion(before:)``), Up and Down through the history by
/// the typed prefix, persistent history, Ctrl-C that never kills the session.
struct Repl {
    static let banner = "gradbook \(Gradbook.version) — :help for help, :quit or Ctrl-D to leave"
    static let prompt = Screen.prompt
    static let continuationPrompt = Screen.continuationPrompt

    let session: Session
    let printer: OutputPrinter
    /// Nil when there is nowhere to keep it, or after it could not be written once.
    var history: HistoryFile?
    /// The width last taken from the terminal, when no --width was given; a resized window
    /// changes the session's width as long as `:width` has not set another.
    var terminalWidth: Int?
    /// A lesson has already introduced itself; the plain REPL greets with the banner.
    var showsBanner = true

    mutating func run() -> ExitStatus {
        let promptOnStandardError = !Terminal.isTerminal(STDOUT_FILENO)
        Terminal.prepareLineEditor(promptOnStandardError: promptOnStandardError, historyLimit: HistoryFile.defaultLimit)
        session.interruptRequested = { Terminal.takeInterrupt() }
        // A live progress bar only where someone watches; piped output keeps train's plain lines.
        if Terminal.isTerminal(STDOUT_FILENO) {
            let bar = ProgressBar(plain: ProgressBar.terminalIsDumb)
            let printer = printer
            session.progress = { bar.update($0) }
            session.liveOutput = { output in bar.printAbove(printer.render(output)) }
        }
        history?.entries.forEach(Terminal.addHistory)
        session.inputHistory.earlier = history?.entries ?? []
        session.confirm = { question in
            guard case let .line(answer) = Terminal.read(prompt: question) else { return false }
            return ["y", "yes"].contains(answer.filter { !$0.isWhitespace }.lowercased())
        }
        var newestEntry = history?.entries.last
        if showsBanner && !promptOnStandardError { print(Self.banner) }

        let openEntry = OpenEntry()
        let tab = Terminal.TabCompletion { [session] in session.completion(before: $0, after: openEntry.text) }
        Terminal.complete(with: tab)
        defer {
            Terminal.stopCompleting()
            withExtendedLifetime(tab) {}
        }
        var buffer = EntryBuffer()
        while true {
            openEntry.text = buffer.openText
            switch Terminal.read(prompt: printer.prompt(buffer.isOpen ? Self.continuationPrompt : Self.prompt)) {
            case .endOfFile:
                // Ctrl-D on an empty continuation line drops the open entry, as Ctrl-C does;
                // at an empty prompt it leaves.
                guard buffer.drop() else { return .ok }
                printer.show(Execution(outputs: [Output(Self.droppedEntry, .info)]))
            case .interrupted:
                _ = buffer.drop()
            case .line(let line):
                for entry in buffer.add(line) {
                    if entry.text != newestEntry {
                        Terminal.addHistory(entry.text)
                        newestEntry = entry.text
                    }
                    remember(entry.text)
                    followTerminalWidth()
                    // A Ctrl-C pressed after the previous evaluation's last safe point is stale.
                    _ = Terminal.takeInterrupt()
                    let execution = session.runEntry(entry)
                    // The terminal echoed ^C without a newline; "interrupted" goes on the next line.
                    if execution.interrupted { print() }
                    printer.show(execution)
                    if execution.quit { return .ok }
                }
            }
        }
    }

    static let droppedEntry = "(the open entry was dropped; Ctrl-D at an empty gb> prompt leaves)"

    private mutating func followTerminalWidth() {
        // A recording keeps the width its header pins.
        guard session.recording.path == nil, let width = terminalWidth, session.settings.width == width,
            let columns = Terminal.columns(of: STDOUT_FILENO)
        else { return }
        let clamped = Swift.min(Swift.max(columns, 20), 1000)
        session.settings.width = clamped
        terminalWidth = clamped
    }

    /// Saves `entry` to the history file; after the first failure, says so once and stops trying.
    private mutating func remember(_ entry: String) {
        do {
            try history?.record(entry)
        } catch {
            StandardError.write("gradbook: history not saved: \(error)")
            history = nil
        }
    }
}

/// The lines of the entry still open, which Tab on a `..>` line completes after.
private final class OpenEntry {
    var text = ""
}
