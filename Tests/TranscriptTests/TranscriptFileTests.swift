import Foundation
import Lessons
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

    /// The repository's lessons, for transcripts of lessons; a replay saves no progress.
    static let lessons = LessonLibrary(
        directory: URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent("lessons").path)

    static func absolute(_ file: String) -> String {
        directory + file.dropFirst("transcripts".count)
    }

    @Test func thereAreTranscripts() {
        #expect(Self.files.count >= 4, "transcripts/ should hold the starter transcripts, found \(Self.files)")
    }

    @Test(arguments: files)
    func replays(_ file: String) throws {
        let transcript = try Transcript(
            parsing: try String(contentsOfFile: Self.absolute(file), encoding: .utf8), path: file)
        let result = transcript.replay { $0.guide = LessonGuide(library: Self.lessons, progress: nil) }
        #expect(!transcript.body.isEmpty, "\(file) has entries")
        // A plain Bool, so that a failure prints the diff rather than the whole replay result.
        let passed = result.passed
        #expect(passed, "\n\(result.diff.joined(separator: "\n"))")
    }
}

/// A deliberately broken copy of a real transcript fails, and its diff says where.
@Suite struct BrokenTranscriptTests {
    @Test func aBrokenCopyOfTheTourFailsWithADiffAtItsLine() throws {
        let path = TranscriptFileTests.absolute("transcripts/language/tour.t")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: "gb> 2 ^ 3 ^ 2")) + 1
        #expect(lines[index] == "512")
        lines[index] = "64"  // as if ^ were left-associative
        let result = try Transcript(parsing: lines.joined(separator: "\n"), path: "broken/tour.t").replay()
        #expect(!result.passed)
        let diff = result.diff
        #expect(diff.prefix(2) == ["--- broken/tour.t", "+++ broken/tour.t (actual)"])
        #expect(diff.count == 3 + 7 + 1, "one hunk: header, six lines of context, the line removed and added")
        #expect(
            diff[2] == "@@ -\(index - 2),7 +\(index - 2),7 @@",
            "numbered by the file's lines (\(index + 1) is the broken one)")
        #expect(diff.contains("-64") && diff.contains("+512"))
        #expect(diff.firstIndex(of: "-64")! + 1 == diff.firstIndex(of: "+512")!)
    }
}
