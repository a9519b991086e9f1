import ArgumentParser
import Foundation
import Lessons
import Tensors
import Transcript

/// `gradbook replay FILE|DIR …`: replays transcripts and shows a unified diff for each that
/// no longer matches; the closing line is `N passed, M failed`.
///
/// Each transcript replays in a child gradbook process, so that one which makes gradbook crash
/// or hang is reported as failed and the others still run; children run side by side, one per
/// core, and die with the parent (ReplayJobs.swift, ChildProcess.swift).
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts (*.t) and show where the output changed.",
        discussion: """
            Each transcript runs in a fresh session with its header's seed and settings; a \
            directory stands for every *.t below it. --update rewrites the expected output of \
            the transcripts that failed, keeping the (re) and (glob) lines that still match. \
            Transcripts replay side by side (--jobs, default one per core); one that runs \
            longer than --timeout seconds is stopped and counted as failed. Ctrl-C stops every \
            replay. \
            Exit status: 0 all passed (or, with --update, all were brought up to date), 1 a \
            transcript failed, 2 one could not be read or parsed, 64 usage.
            """
    )

    @Flag(help: "Rewrite the expected output of failing transcripts in place.")
    var update = false

    @Option(
        help: ArgumentHelp(
            "Seconds one transcript may take before it is stopped and counted as failed.", valueName: "seconds"))
    var timeout: Double = ReplayCommand.defaultTimeout

    @Option(help: ArgumentHelp("Transcripts replayed at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    /// Generous: the slowest transcript (a lesson that trains) takes a few seconds in a debug build.
    static let defaultTimeout = 120.0

    @Flag(
        help: ArgumentHelp(
            "Replay the one transcript in this process (how the parent runs each child).",
            visibility: .private))
    var child = false

    @Argument(help: ArgumentHelp("Transcript files, or directories to search for *.t.", valueName: "file.t|dir"))
    var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("name at least one transcript or directory: gradbook replay transcripts/")
        }
        if child && paths.count != 1 { throw ValidationError("--child replays exactly one transcript") }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout takes a positive number of seconds, got \(timeout)")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a whole number of 1 or more, got \(jobs)") }
    }

    func run() throws {
        if child {
            ChildProcess.exitWhenParentEnds()
            let outcome = Self.replayHere(paths[0], update: update)
            throw ExitCode(outcome.childStatus)
        }
        var files: [String] = []
        var unreadable = false
        for path in paths {
            do {
                files += try TranscriptFiles.find(path)
            } catch {
                StandardError.write("gradbook: \(error)")
                unreadable = true
            }
        }
        var tally = Tally()
        Terminal.catchInterrupts()
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let replays = ReplayJobs(
            executable: executable, arguments: { ["replay", "--child"] + (update ? ["--update"] : []) + ["--", $0] },
            timeout: timeout, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            interrupted: { Terminal.takeInterrupt() })
        let complete = replays.run(files) { file, result in
            Self.show(result, of: file)
            tally.add(result.outcome)
        }
        guard complete else {
            print("interrupted after \(tally.count) of \(files.count) transcripts: " + tally.summary)
            throw ExitCode(ExitStatus.interrupted.rawValue)
        }
        print(tally.summary)
        let status: ExitStatus =
            unreadable || tally.unreadable > 0 ? .badInput : tally.allGood(updating: update) ? .ok : .failed
        if status != .ok { throw ExitCode(status.rawValue) }
    }

    /// How replaying one transcript ended.
    enum Outcome: Equatable {
        case passed
        case failed
        /// Failed, and the file now holds the actual output.
        case updated
        case unreadable
        /// The child process died (a signal) or exited with a status the protocol does not know.
        case crashed(String)
        /// The child ran longer than this many seconds and was stopped.
        case timedOut(Double)

        /// The child's exit status for this outcome (the parent reads it back).
        var childStatus: Int32 {
            switch self {
            case .passed: 0
            case .failed: 1
            case .unreadable: 2
            case .updated: 3
            case .crashed, .timedOut: Int32(ExitStatus.internalError.rawValue)
            }
        }

        init(childStatus: Int32) {
            switch childStatus {
            case 0: self = .passed
            case 1: self = .failed
            case 2: self = .unreadable
            case 3: self = .updated
            default: self = .crashed("exited with status \(childStatus)")
            }
        }
    }

    /// Replays `path` in this process, printing its diff (stdout) or why it cannot be read (stderr).
    static func replayHere(_ path: String, update: Bool) -> Outcome {
        let transcript: Transcript
        do {
            transcript = try TranscriptFiles.load(path)
        } catch {
            StandardError.write("gradbook: \(error)")
            return .unreadable
        }
        // Lessons run as in a learner's session, but a replay saves no progress.
        let result = transcript.replay { $0.guide = LessonGuide(library: .standard(), progress: nil) }
        guard !result.passed else { return .passed }
        result.diff.forEach { print($0) }
        guard update else { return .failed }
        do {
            try Data(result.updatedText.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            StandardError.write("gradbook: cannot update \(path): \(error.localizedDescription)")
            return .failed
        }
        print("updated \(path)")
        return .updated
    }

    /// Prints what a child printed (its stderr on ours), then why it failed if it crashed or hung.
    static func show(_ result: ReplayJobs.Result, of file: String) {
        let output = result.output
        if !output.isEmpty { print(output, terminator: output.hasSuffix("\n") ? "" : "\n") }
        if !result.errors.isEmpty {
            StandardError.write(String(result.errors.dropLast(result.errors.hasSuffix("\n") ? 1 : 0)))
        }
        switch result.outcome {
        case let .crashed(detail):
            print("\(file): gradbook \(detail) while replaying this transcript; this is a bug in gradbook")
        case let .timedOut(seconds):
            let limit = NumberFormat(significantDigits: 6).string(seconds)
            print(
                "\(file): still running after \(limit) s, stopped (replay --timeout SECONDS sets the limit): an entry loops or is too slow"
            )
        default:
            break
        }
    }

    /// The counts behind the closing line.
    struct Tally {
        var passed = 0, failed = 0, updated = 0, unreadable = 0

        mutating func add(_ outcome: Outcome) {
            switch outcome {
            case .passed: passed += 1
            case .updated:
                updated += 1
                failed += 1
            case .unreadable:
                unreadable += 1
                failed += 1
            case .failed, .crashed, .timedOut: failed += 1
            }
        }

        /// How many transcripts were counted.
        var count: Int { passed + failed }

        var summary: String { "\(passed) passed, \(failed) failed" + (updated > 0 ? " (\(updated) updated)" : "") }

        /// Whether the run succeeded: everything passed, or, when updating, every failure was updated.
        func allGood(updating: Bool) -> Bool { failed == 0 || (updating && failed == updated) }
    }
}
