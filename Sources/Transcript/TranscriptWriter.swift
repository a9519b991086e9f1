import Foundation
import Notebook

/// Writes a recording (`:record FILE`, `gradbook --record FILE`) as a transcript: a comment,
/// the header with the session's seed and settings, then each entry as it is made.
public final class TranscriptWriter: RecordingSink {
    private let handle: FileHandle

    /// Creates (or empties) the file at `start.path` and writes the header and the preamble.
    public init(_ start: RecordingStart) throws {
        let path = (start.path as NSString).expandingTildeInPath
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard folder.isEmpty || (FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue) else {
            throw TranscriptWriterError(message: "there is no folder \(folder)")
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw TranscriptWriterError(message: "the file cannot be created or written")
        }
        self.handle = handle
        let header = TranscriptHeader(seed: start.seed, settings: start.settings)
        try write(["# Recorded by gradbook; `gradbook replay \(start.path)` checks it.", header.line])
        for entry in start.preamble { try append(entry) }
    }

    deinit {
        try? handle.close()
    }

    public func append(_ entry: RecordedEntry) throws {
        try write(Self.lines(of: entry))
    }

    /// An entry as transcript lines: its input after the prompts, then its output, each output
    /// line that happens to end like a pattern written as the pattern that matches just it.
    public static func lines(of entry: RecordedEntry) -> [String] {
        Screen.echo(entry.input) + entry.lines.map(LinePattern.literal)
    }

    private func write(_ lines: [String]) throws {
        try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
    }
}

struct TranscriptWriterError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
