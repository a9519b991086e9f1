import Foundation
import Testing
@testable import Transcript

/// Every transcript in the repository's `transcripts/` replays green: one test case per file,
/// failing with the unified diff.
@Suite struct TranscriptFileTests {
    /// The repository's `transcripts/` folder, found from this file's place in the checkout.
    static let directory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("transcripts").path

    /// Paths relative to the checkout (`transcripts/tour.t`), so that test names and diffs read well.
    static let files: [String] = ((try? TranscriptFiles.find(directory)) ?? [])
        .map { "transcripts" + $0.dropFirst(directory.count) }

    static func absolute(_ file: String) -> String {
        directory + file.dropFirst("transcripts".count)
    }

    @Test func thereAreTranscripts() {
        #expect(Self.files.count >= 4, "transcripts/ should hold the starter transcripts, found \(Self.files)")
    }

    @Test(arguments: files)
    func replays(_ file: String) throws {
        let transcript = try Transcript(parsing: try String(contentsOfFile: Self.absolute(file), encoding: .utf8), path: file)
        let result = transcript.replay()
        #expect(!transcript.body.isEmpty, "\(file) has entries")
        #expect(result.passed, "\n\(result.diff.joined(separator: "\n"))")
    }
}
