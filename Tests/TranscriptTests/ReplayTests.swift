import Foundation
import Notebook
import Testing

@testable import Transcript

/// Replaying: the screen a fresh session shows, the diff when it differs, and `--update`.
@Suite struct ReplayTests {
    static let tour = """
        # The first steps of the README.
        #! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
        gb> x = -4
        x = -4
        gb> y = relu(2*x + 2 + x) + x^2
        y = 16
        gb> backward y
        backward y: gradients on x
        gb> grad x
        -8
        gb> f(x) = x^2 * sin(x)
        f(x) = x^2 * sin(x)
        gb> f(2)
        3.63719

        """

    @Test func aTranscriptOfTheReadmePasses() throws {
        let result = try Transcript(parsing: Self.tour, path: "tour.t").replay()
        #expect(result.passed, "\(result.diff.joined(separator: "\n"))")
        #expect(result.diff.isEmpty)
    }

    @Test func aBrokenCopyFailsWithADiffNamingTheFileAndLines() throws {
        let broken = Self.tour.replacingOccurrences(of: "\n-8\n", with: "\n-9\n")
        let result = try Transcript(parsing: broken, path: "transcripts/tour.t").replay()
        #expect(!result.passed)
        #expect(
            result.diff == [
                "--- transcripts/tour.t",
                "+++ transcripts/tour.t (actual)",
                "@@ -7,7 +7,7 @@",
                " gb> backward y",
                " backward y: gradients on x",
                " gb> grad x",
                "--9",
                "+-8",
                " gb> f(x) = x^2 * sin(x)",
                " f(x) = x^2 * sin(x)",
                " gb> f(2)",
            ])
    }

    @Test func missingAndExtraOutputShowAsLinesAddedAndRemoved() throws {
        let result = try Transcript(parsing: "gb> 1\ngb> 2\n2\nextra\n", path: "t.t").replay()
        #expect(
            result.diff == ["--- t.t", "+++ t.t (actual)", "@@ -1,4 +1,4 @@", " gb> 1", "+1", " gb> 2", " 2", "-extra"])
    }

    @Test func theHeaderDecidesSeedAndSettings() throws {
        let screen = Transcript.screen(
            for: ["randn(2)", "1 / 3", "[1, 2] * 1e9"],
            header: TranscriptHeader(seed: 3, settings: Settings(digits: 3, width: 80, ascii: false)))
        let session = Session(seed: 3, settings: Settings(digits: 3))
        #expect(
            screen == [
                "gb> randn(2)", session.execute("randn(2)").text, "gb> 1 / 3", "0.333", "gb> [1, 2] * 1e9",
                "[1e+09, 2e+09]",
            ])
    }

    @Test func entriesAreSplitAsAtThePromptAndAnOpenEntryRunsAtTheEnd() {
        // A wrong prompt is part of the screen, so it shows in the diff.
        #expect(
            Transcript.screen(for: ["x = (1 +", "2)", "y = [3,"], header: TranscriptHeader()) == [
                "gb> x = (1 +", "..> 2)", "x = 3", "gb> y = [3,",
                "error: this '[' is never closed with ']'", "  y = [3,", "      ^",
            ])
    }

    @Test func errorsAreOutputAndTheSessionGoesOn() throws {
        let result = try Transcript(
            parsing: """
                gb> a = 1
                a = 1
                gb> nope + a
                error: unknown name 'nope'
                  nope + a
                  ^
                gb> a + 1
                2

                """, path: "t.t"
        ).replay()
        #expect(result.passed, "\(result.diff.joined(separator: "\n"))")
    }

    @Test func quitEndsTheReplayLikeTheSession() {
        #expect(
            Transcript.screen(for: ["1", ":quit", "2"], header: TranscriptHeader()) == ["gb> 1", "1", "gb> :quit"])
    }

    @Test func updateRewritesOutputButKeepsPatternsThatStillMatch() throws {
        let text =
            "# c\r\ngb> x = 41\r\nx = [0-9]+ (re)\r\ngb> x + 1\r\n41\r\ngb> :seed\r\nseed ? (glob)\r\ngb> 7\r\n7 * (glob)"
        let result = try Transcript(parsing: text, path: "t.t").replay()
        #expect(!result.passed)
        #expect(
            result.updatedText
                == "# c\r\ngb> x = 41\r\nx = [0-9]+ (re)\r\ngb> x + 1\r\n42\r\ngb> :seed\r\nseed ? (glob)\r\ngb> 7\r\n7"
        )
        #expect(try Transcript(parsing: result.updatedText, path: "t.t").replay().passed)
    }

    @Test func updateWritesActualLinesThatLookLikePatternsAsPatternsForThemselves() throws {
        // A parse error shows the line typed, which here ends like a pattern.
        let result = try Transcript(parsing: "gb> 1 (re)\nwrong\n", path: "t.t").replay()
        #expect(result.actual[2] == "  1 (re)")
        #expect(result.updatedText.split(separator: "\n")[2] == #"  1 \(re\) (re)"#)
        #expect(try Transcript(parsing: result.updatedText, path: "t.t").replay().passed)
    }

    @Test func recordIsNotAvailableDuringAReplay() throws {
        let result = try Transcript(parsing: "gb> :record x.t\n", path: "t.t").replay()
        #expect(
            result.actual == [
                "gb> :record x.t",
                "error: :record writes no files in a replayed transcript: input from elsewhere",
                "must not overwrite your files; run it at your own prompt",
                "  :record x.t", "  ^",
            ])
    }

    @Test func aReplayedTranscriptWritesNoFiles() throws {
        // Issue 14 item 14: a .t from elsewhere must not overwrite the user's files.
        let directory = try TemporaryDirectory()
        let target = directory.path("victim.txt")
        try "precious\n".write(toFile: target, atomically: true, encoding: .utf8)
        let result = try Transcript(
            parsing: "gb> x = 1\nx = 1\ngb> :save! \(target)\ngb> :save \(directory.path("new.gb"))\n", path: "t.t"
        ).replay()
        #expect(
            result.actual[3...4] == [
                "error: :save! writes no files in a replayed transcript: input from elsewhere",
                "must not overwrite your files; run it at your own prompt",
            ])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
        #expect(!FileManager.default.fileExists(atPath: directory.path("new.gb")))
    }
}
