import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// gradbook on a pseudo-terminal, as a learner's terminal runs it: readline, the prompt, Ctrl-D.
final class PseudoTerminal {
    private let master: Int32
    private let process = Process()
    /// Everything the terminal showed so far.
    private(set) var screen = ""
    private let scratch: TemporaryDirectory

    /// `environment` is added to a plain one (no colour, TERM=dumb): a colour test sets TERM.
    init(_ arguments: [String] = [], environment extra: [String: String] = [:]) throws {
        // Close-on-exec: children that other tests spawn meanwhile must not inherit either end,
        // or the terminal would never hang up when gradbook leaves.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, let name = PseudoTerminal.unlockedName(of: master) else { throw CocoaError(.fileNoSuchFile) }
        let descriptor = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileNoSuchFile) }
        let terminal = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        scratch = try TemporaryDirectory()
        process.executableURL = GradbookProcess.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = scratch.url.path
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "dumb"
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        try terminal.close()
    }

    /// The path of the terminal end of `master`, unlocked for opening. (Glibc's module does not
    /// export posix_openpt and friends, so on Linux this is their ioctl.)
    private static func unlockedName(of master: Int32) -> String? {
        #if os(Linux)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let setLock: UInt = 0x4004_5431
        let getNumber: UInt = 0x8004_5430  // TIOCSPTLCK, TIOCGPTN
        guard ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else { return nil }
        return "/dev/pts/\(number)"
        #else
        guard grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else { return nil }
        return String(cString: name)
        #endif
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    /// Sends SIGINT, what Ctrl-C does.
    func interrupt() { process.interrupt() }

    /// Types `text` (a `\n` is Enter, `\u{04}` Ctrl-D).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until the screen contains `text` (after what was there) or `seconds` pass; whether it did.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if consumeThrough(text) { return true }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            screen += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return consumeThrough(text)
    }

    /// UTF-8 offset into `screen` up to which earlier waits matched: a wait looks only past it,
    /// so text that arrived in the same read as an earlier match (a prompt right after the line
    /// waited for) is still found, and a match is never found twice.
    private var matchedThrough = 0

    private func consumeThrough(_ text: String) -> Bool {
        let unread = screen.utf8.dropFirst(matchedThrough)
        guard let range = Substring(unread).range(of: text) else { return false }
        matchedThrough = screen.utf8.distance(from: screen.utf8.startIndex, to: range.upperBound)
        return true
    }

    /// Reads until gradbook closes the terminal (it exited: the terminal end hangs up) or
    /// `seconds` pass; whether it did.
    func hangsUp(within seconds: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { return true }
            screen += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return false
    }

    /// The exit status once Foundation has noticed the exit (it may lag behind the hang-up).
    func exitStatus(within seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline {
            RunLoop.current.run(until: Date().addingTimeInterval(0.05))
        }
        return process.isRunning ? nil : process.terminationStatus
    }
}
