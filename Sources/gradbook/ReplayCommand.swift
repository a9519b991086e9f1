import ArgumentParser
import Foundation
import Lessons
import Transcript

/// `gradbook replay FILE|DIR …`: replays transcripts and shows a unified diff for each that
/// no longer matches; the closing line is `N passed, M failed`.
///
/// Each transcript replays in a child gradbook process, so that one which makes gradbook crash
/// is reported as failed and the others still run.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcripts (*.t) and show where the output changed.",
        discussion: """
            Each transcript runs in a fresh session with its header's seed and settings; a \
            directory stands for every *.t below it. --update rewrites the expected output of \
            the transcripts that failed, keeping the (re) and (glob) lines that still match. \
            Exit status: 0 all passed (or, with --update, all were brought up to date), 1 a \
            transcript failed, 2 one could not be read or parsed, 64 usage.
            """
    )

    @Flag(help: "Rewrite the expected output of failing transcripts in place.")
    var update = false

    @Flag(help: ArgumentHelp("Replay the one transcript in this process (how the parent runs each child).",
                             visibility: .private))
    var child = false

    @Argument(help: ArgumentHelp("Transcript files, or directories to search for *.t.", valueName: "file.t|dir"))
    var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one transcript or directory: gradbook replay transcripts/") }
        if child && paths.count != 1 { throw ValidationError("--child replays exactly one transcript") }
    }

    func run() throws {
        if child {
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
        for file in files {
            let (outcome, output) = Self.replayInChild(file, update: update)
            if !output.isEmpty { print(output, terminator: output.hasSuffix("\n") ? "" : "\n") }
            if case let .crashed(detail) = outcome {
                print("\(file): gradbook \(detail) while replaying this transcript; this is a bug in gradbook")
            }
            tally.add(outcome)
        }
        print(tally.summary)
        let status: ExitStatus = unreadable || tally.unreadable > 0 ? .badInput : tally.allGood(updating: update) ? .ok : .failed
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

        /// The child's exit status for this outcome (the parent reads it back).
        var childStatus: Int32 {
            switch self {
            case .passed: 0
            case .failed: 1
            case .unreadable: 2
            case .updated: 3
            case .crashed: Int32(ExitStatus.internalError.rawValue)
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

    /// Replays `path` in a child gradbook and returns how it ended and what it printed.
    static func replayInChild(_ path: String, update: Bool) -> (Outcome, String) {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return run(executable, ["replay", "--child"] + (update ? ["--update"] : []) + ["--", path])
    }

    /// Runs `executable` with `arguments`, collecting its stdout (its stderr goes straight to
    /// ours), and reads its exit as an ``Outcome``.
    static func run(_ executable: URL, _ arguments: [String]) -> (Outcome, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            return (.crashed("could not start (\(error.localizedDescription))"), "")
        }
        // Read to the end before waiting, so that a child with a long diff never blocks on a full pipe.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if process.terminationReason == .uncaughtSignal {
            return (.crashed("stopped by signal \(process.terminationStatus)"), text)
        }
        return (Outcome(childStatus: process.terminationStatus), text)
    }

    /// The counts behind the closing line.
    struct Tally {
        var passed = 0, failed = 0, updated = 0, unreadable = 0

        mutating func add(_ outcome: Outcome) {
            switch outcome {
            case .passed: passed += 1
            case .updated: updated += 1; failed += 1
            case .unreadable: unreadable += 1; failed += 1
            case .failed, .crashed: failed += 1
            }
        }

        var summary: String { "\(passed) passed, \(failed) failed" + (updated > 0 ? " (\(updated) updated)" : "") }

        /// Whether the run succeeded: everything passed, or, when updating, every failure was updated.
        func allGood(updating: Bool) -> Bool { failed == 0 || (updating && failed == updated) }
    }
}
