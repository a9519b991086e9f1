import CReadline
import Notebook

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal as gradbook uses it: GNU readline for the REPL, Ctrl-C as a flag, the window width.
///
/// The one Swift face of the C shim (Sources/CReadline/shim.h), so that the rest of gradbook
/// never touches readline's globals or signal handling directly.
enum Terminal {
    /// What one read at the prompt produced.
    enum Input: Equatable {
        case line(String)
        /// Ctrl-D on an empty line, or the input closed.
        case endOfFile
        /// Ctrl-C: the line was dropped and the cursor is on a fresh line.
        case interrupted
    }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) != 0 }

    /// Columns of the terminal on `descriptor`, or nil when it is not one.
    static func columns(of descriptor: Int32) -> Int? {
        let columns = Int(gb_terminal_columns(descriptor))
        return columns > 0 ? columns : nil
    }

    /// Makes Ctrl-C set a flag instead of ending the process; ``takeInterrupt()`` reads it.
    static func catchInterrupts() {
        _ = gb_install_interrupt_handler()
    }

    /// Whether Ctrl-C was pressed since the last call (the flag is cleared).
    static func takeInterrupt() -> Bool { gb_take_interrupt() != 0 }

    /// Configures readline (and catches Ctrl-C); call once before ``read(prompt:)``.
    static func prepareLineEditor(promptOnStandardError: Bool, historyLimit: Int) {
        gb_readline_setup(promptOnStandardError ? 1 : 0, Int32(clamping: historyLimit))
    }

    /// Reads one line with readline. Colour codes in the prompt must sit between \u{1} and
    /// \u{2} (readline's markers for text that takes no columns).
    static func read(prompt: String) -> Input {
        var line: UnsafeMutablePointer<CChar>?
        let status = gb_readline(prompt, &line)
        switch status {
        case GB_LINE:
            guard let line else { return .endOfFile }
            defer { free(line) }
            return .line(String(cString: line))
        case GB_INTERRUPTED:
            return .interrupted
        default:
            return .endOfFile
        }
    }

    /// What Tab completes, asked with the line up to the cursor.
    final class TabCompletion {
        let complete: (String) -> Completion

        init(_ complete: @escaping (String) -> Completion) { self.complete = complete }
    }

    /// Makes Tab ask `tab` until ``stopCompleting()``; the caller keeps `tab` alive meanwhile.
    static func complete(with tab: TabCompletion) {
        gb_set_completer(
            { context, prefix in
                guard let context, let prefix else { return }
                let tab = Unmanaged<TabCompletion>.fromOpaque(context).takeUnretainedValue()
                Terminal.offer(tab.complete(String(cString: prefix)))
            }, Unmanaged.passUnretained(tab).toOpaque())
    }

    static func stopCompleting() { gb_set_completer(nil, nil) }

    private static func offer(_ completion: Completion) {
        let copies = completion.candidates.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer($0) }
        pointers.withUnsafeBufferPointer { buffer in
            gb_offer_completion(
                Int32(clamping: completion.word.utf8.count), completion.isFileName ? 1 : 0,
                completion.endsWord ? 1 : 0, buffer.baseAddress, Int32(buffer.count))
        }
    }

    /// Adds an entry to readline's in-memory history (Up arrow).
    static func addHistory(_ entry: String) {
        add_history(entry)
    }
}
