import Foundation

/// Runs the built `gradbook` executable the way a user's shell would: arguments, a script on
/// stdin, and an environment whose history lives in a fresh temporary directory.
struct GradbookProcess {
    /// What one run printed and how it ended.
    struct Result {
        let status: Int32
        /// Whether the run outlived its time limit and was killed.
        var timedOut = false
        let standardOutput: String
        let standardError: String
        var lines: [String] { standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        /// The last non-empty line of stdout.
        var lastLine: String? { lines.last(where: { !$0.isEmpty }) }
    }

    /// The executable `swift build` put beside this test bundle; `GRADBOOK_BINARY` overrides it.
    static let executable: URL = {
        if let override = ProcessInfo.processInfo.environment["GRADBOOK_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        // The test runner lives in the products directory, next to the gradbook executable.
        let runnerDirectories = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for case let directory? in runnerDirectories {
            let candidate = directory.appendingPathComponent("gradbook")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        // Last resort: the package's own debug build.
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/"
            && !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path)
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent(".build/debug/gradbook")
    }()

    /// Runs gradbook with `arguments`, feeding `input` on stdin (an empty file when nil), in
    /// `directory` (a fresh temporary one when nil); with `interruptAfter`, sends it `signal`
    /// (SIGINT, what Ctrl-C does, unless told otherwise) that many seconds after it started. A
    /// run still going after `timeLimit` seconds is killed, so that a hang fails its test
    /// instead of hanging the suite.
    static func run(
        _ arguments: [String], input: String? = nil, in directory: URL? = nil,
        interruptAfter delay: Double? = nil, signal: Int32 = SIGINT, timeLimit: Double = 300,
        environment extra: [String: String] = [:], executable: URL = executable
    ) throws -> Result {
        let scratch = try TemporaryDirectory()
        let workingDirectory = directory ?? scratch.url
        let inputFile = scratch.url.appendingPathComponent("stdin.gb")
        let outputFile = scratch.url.appendingPathComponent("stdout.txt")
        let errorFile = scratch.url.appendingPathComponent("stderr.txt")
        try Data((input ?? "").utf8).write(to: inputFile)
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = scratch.url.appendingPathComponent("state").path
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        // Files, not pipes: nothing can fill up and block while the process runs.
        let standardInput = try FileHandle(forReadingFrom: inputFile)
        let standardOutput = try FileHandle(forWritingTo: outputFile)
        let standardError = try FileHandle(forWritingTo: errorFile)
        defer {
            try? standardInput.close()
            try? standardOutput.close()
            try? standardError.close()
        }
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        let started = Date()
        var deadline = started.addingTimeInterval(timeLimit)
        if let delay {
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, signal)
            // If SIGINT is ignored, fail the test instead of hanging it.
            deadline = Swift.min(deadline, Date().addingTimeInterval(30))
        }
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, timedOut: timedOut,
            standardOutput: try String(contentsOf: outputFile, encoding: .utf8),
            standardError: try String(contentsOf: errorFile, encoding: .utf8))
    }
}

/// A directory under the system's temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gradbook-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` to `name` inside the directory and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }
}
