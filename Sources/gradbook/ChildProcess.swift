import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child gradbook started with posix_spawn, whose stdout and stderr come back through pipes
/// and who dies with its parent.
///
/// Foundation's `Process` puts a child in a process group of its own (so Ctrl-C at the terminal
/// does not reach it, and it outlives a parent that dies) and notices its end by polling every
/// 50 ms. Here the child stays in the parent's group, and holds the read end of a "lifeline"
/// pipe as its stdin: when the parent ends, however it ends, the pipe closes and the child
/// (watching it, see ``exitWhenParentEnds()``) exits. The parent waits with poll(2) and
/// waitpid(2), so it is woken the moment there is output or an end.
final class ChildProcess {
    let pid: pid_t
    /// Read ends of the child's stdout and stderr; -1 once at their end and closed.
    private(set) var outputDescriptor: Int32
    private(set) var errorDescriptor: Int32
    /// The write end of the child's stdin; closing it tells the child to stop.
    private var lifeline: Int32
    private(set) var output: [UInt8] = []
    private(set) var errors: [UInt8] = []

    /// Starts `executable` with `arguments` (argv[0] is the executable's path) in this process's
    /// environment.
    init(_ executable: String, _ arguments: [String]) throws {
        let stdinPipe = try Self.makePipe()
        let stdoutPipe = try Self.makePipe()
        let stderrPipe = try Self.makePipe()
        let childEnds = [stdinPipe.read, stdoutPipe.write, stderrPipe.write]
        defer { childEnds.forEach { close($0) } }
        let parentEnds = [stdinPipe.write, stdoutPipe.read, stderrPipe.read]

        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, source) in childEnds.enumerated() {
            posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
        }

        // Whatever this process blocks or ignores, the child starts with the signals' defaults,
        // so that a Ctrl-C at the terminal (sent to the whole process group) ends it too.
        #if canImport(Glibc)
        var attributes = posix_spawnattr_t()
        #else
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environment)
        guard status == 0 else {
            parentEnds.forEach { close($0) }
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
        }
        self.pid = pid
        (lifeline, outputDescriptor, errorDescriptor) = (parentEnds[0], parentEnds[1], parentEnds[2])
    }

    /// A pipe whose ends are closed on exec: a child gets only the ends dup2'ed to its 0, 1, 2,
    /// never its siblings' (a sibling holding a lifeline would keep a child alive).
    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// Whether both output pipes are at their end.
    var outputEnded: Bool { outputDescriptor < 0 && errorDescriptor < 0 }

    /// The open output pipes, for poll(2).
    var openDescriptors: [Int32] { [outputDescriptor, errorDescriptor].filter { $0 >= 0 } }

    /// Reads what `descriptor` (one of ``openDescriptors``) has; closes it at its end.
    func readAvailable(from descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && (errno == EINTR || errno == EAGAIN) { return }
        guard count > 0 else {
            close(descriptor)
            if descriptor == outputDescriptor { outputDescriptor = -1 } else { errorDescriptor = -1 }
            return
        }
        if descriptor == outputDescriptor { output += buffer[..<count] } else { errors += buffer[..<count] }
    }

    /// How a child ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Waits for the child's end (after its pipes ended, or after ``terminate()``) and reaps it.
    func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        closeAll()
        // The W* macros are not imported: the low 7 bits are the signal, 0 for a normal exit.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }

    /// Ends the child at once (it cannot catch SIGKILL) and reaps it.
    func terminate() {
        _ = kill(pid, SIGKILL)
        _ = wait()
    }

    private func closeAll() {
        for descriptor in [lifeline, outputDescriptor, errorDescriptor] where descriptor >= 0 { close(descriptor) }
        (lifeline, outputDescriptor, errorDescriptor) = (-1, -1, -1)
    }

    /// In a child started by ``ChildProcess``: exits (status 130, as an interrupted run) as soon
    /// as stdin, the lifeline, reaches its end, that is when the parent has ended or let go.
    static func exitWhenParentEnds() {
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(STDIN_FILENO, &byte, 1)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { _exit(ExitStatus.interrupted.rawValue) }
            }
        }
    }
}
