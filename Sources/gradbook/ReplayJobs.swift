import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one child process per transcript, several at a time (one per core by default), each
/// with a time limit, and hands back their results in the order of the files, whatever order
/// they finish in, so that replay prints the same text on every run.
struct ReplayJobs {
    /// What one child printed and how it ended.
    struct Result: Equatable {
        let outcome: ReplayCommand.Outcome
        let output: String
        let errors: String
    }

    let executable: String
    /// The arguments that replay one file.
    let arguments: (String) -> [String]
    /// Seconds a child may run before it is killed and its transcript counted as failed.
    let timeout: Double
    /// Children running at once.
    let jobs: Int
    /// Polled between waits; true stops every child and the run.
    var interrupted: () -> Bool = { false }

    /// Replays `files`, calling `report` for each in order as soon as it and every file before
    /// it are done. Returns false when ``interrupted`` stopped the run (no child is left behind).
    func run(_ files: [String], report: (String, Result) -> Void) -> Bool {
        var running: [(index: Int, child: ChildProcess, deadline: Date)] = []
        var finished: [Int: Result] = [:]
        var nextToStart = 0
        var nextToReport = 0
        func finish(_ index: Int, _ result: Result) {
            finished[index] = result
            while let done = finished.removeValue(forKey: nextToReport) {
                report(files[nextToReport], done)
                nextToReport += 1
            }
        }
        while nextToReport < files.count {
            if interrupted() {
                running.forEach { $0.child.terminate() }
                return false
            }
            while running.count < Swift.max(jobs, 1), nextToStart < files.count {
                let file = files[nextToStart]
                do {
                    running.append(
                        (nextToStart, try ChildProcess(executable, arguments(file)), Date().addingTimeInterval(timeout))
                    )
                } catch {
                    finish(
                        nextToStart,
                        Result(
                            outcome: .crashed("could not start (\(error.localizedDescription))"), output: "", errors: ""
                        ))
                }
                nextToStart += 1
            }
            wait(for: running.map { ($0.child, $0.deadline) })
            running.removeAll { entry in
                let now = Date()
                let result: Result
                if entry.child.outputEnded {
                    let outcome: ReplayCommand.Outcome =
                        switch entry.child.wait() {
                        case let .exited(status): ReplayCommand.Outcome(childStatus: status)
                        case let .signalled(signal): .crashed("stopped by signal \(signal)")
                        }
                    result = Result(outcome: outcome, output: entry.child.text, errors: entry.child.errorText)
                } else if now >= entry.deadline {
                    entry.child.terminate()
                    result = Result(
                        outcome: .timedOut(timeout), output: entry.child.text, errors: entry.child.errorText)
                } else {
                    return false
                }
                finish(entry.index, result)
                return true
            }
        }
        return true
    }

    /// Sleeps until a child has output or ends, its deadline passes, or a quarter of a second
    /// (the longest Ctrl-C waits to be noticed when the signal does not cut the wait short).
    private func wait(for children: [(child: ChildProcess, deadline: Date)]) {
        let descriptors = children.flatMap(\.child.openDescriptors)
        guard !descriptors.isEmpty else { return }
        let soonest = children.map(\.deadline).min() ?? Date()
        let milliseconds = Int32(Swift.max(0, Swift.min(soonest.timeIntervalSinceNow, 0.25)) * 1000)
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard poll(&polled, nfds_t(polled.count), milliseconds) > 0 else { return }
        for entry in polled where entry.revents != 0 {
            children.first { $0.child.openDescriptors.contains(entry.fd) }?.child.readAvailable(from: entry.fd)
        }
    }
}

extension ChildProcess {
    /// What the child wrote to stdout and stderr so far, as text.
    var text: String { String(decoding: output, as: UTF8.self) }
    var errorText: String { String(decoding: errors, as: UTF8.self) }
}
