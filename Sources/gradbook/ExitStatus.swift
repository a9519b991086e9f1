import Notebook

/// gradbook's exit statuses (DESIGN.md, "Engineering rules").
enum ExitStatus: Int32 {
    case ok = 0
    /// A statement failed.
    case failed = 1
    /// An input file could not be read or parsed.
    case badInput = 2
    /// The command line was wrong (sysexits EX_USAGE).
    case usage = 64
    /// A bug in gradbook (sysexits EX_SOFTWARE).
    case internalError = 70
    /// Ctrl-C stopped a script (128 + SIGINT, as shells report it).
    case interrupted = 130

    /// The status for a script whose text ran as one execution.
    init(script execution: Execution) {
        if execution.interrupted {
            self = .interrupted
        } else if execution.syntaxError {
            self = .badInput
        } else if execution.failed {
            self = .failed
        } else {
            self = .ok
        }
    }
}
