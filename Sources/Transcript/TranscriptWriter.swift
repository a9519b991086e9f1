import Foundation
import Notebook

/// Writes a recording (`:record FILE`, `gradbook --record FILE`) as a transcript: a comment,
/// the header with the session's seed and settings, then each entry as it is made.
public final class TranscriptWriter: RecordingSink {
    private let file: WritableFile

    /// Creates the file at `start.path` (or empties it, when `start.replacing` allows) and
    /// writes the header and the preamble; refuses what ``UserFiles`` refuses.
    public init(_ start: RecordingStart) throws {
        file = try UserFiles.create(start.path, replacing: start.replacing)
        let header = TranscriptHeader(seed: start.seed, settings: start.settings)
        try write(["# Recorded by gradbook; `gradbook replay \(start.path)` checks it.", header.line])
        for entry in start.preamble { try append(entry) }
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
        try file.write(lines.map { $0 + "\n" }.joined())
    }
}
