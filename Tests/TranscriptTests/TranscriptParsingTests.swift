import Notebook
import Testing

@testable import Transcript

/// Reading transcripts: header, comments, prompts, patterns, and careless files.
@Suite struct TranscriptParsingTests {
    @Test func headerPinsSeedAndSettingsAndCommentsComeBeforeIt() throws {
        let transcript = try Transcript(
            parsing: """
                # A comment.
                #! gradbook seed=42 width=60 digits=4 charset=ascii colour=off
                plain text is a comment too
                gb> x = (1 +
                ..> 2)
                x = 3
                gb> :seed
                seed 42

                """, path: "t.t")
        #expect(transcript.header == TranscriptHeader(seed: 42, settings: Settings(digits: 4, width: 60, ascii: true)))
        #expect(transcript.preface.count == 3)
        #expect(transcript.inputs == ["x = (1 +", "2)", ":seed"])
        #expect(transcript.body.map(\.number) == [4, 5, 6, 7, 8])
        #expect(transcript.body.map(\.pattern.text) == ["gb> x = (1 +", "..> 2)", "x = 3", "gb> :seed", "seed 42"])
    }

    @Test func missingHeaderMeansDefaults() throws {
        let transcript = try Transcript(parsing: "gb> 1\n1\n", path: "t.t")
        #expect(transcript.header == TranscriptHeader())
        #expect(transcript.header.line == "#! gradbook seed=0 width=80 digits=6 charset=unicode colour=off")
    }

    @Test(arguments: [
        (
            "#! gradbook seed=1 speed=2",
            "t.t:1: unknown header option 'speed' (known: seed, width, digits, charset, colour)"
        ),
        ("#! gradbook width=5", "t.t:1: width takes a whole number from 20 to 1000, got '5'"),
        ("#! gradbook digits=x", "t.t:1: digits takes a whole number from 1 to 17, got 'x'"),
        ("#! gradbook seed=-1", "t.t:1: seed takes a whole number from 0 to 18446744073709551615, got '-1'"),
        ("#! gradbook charset=latin1", "t.t:1: charset is unicode or ascii, got 'latin1'"),
        ("#! gradbook colour=on", "t.t:1: colour can only be off: transcripts hold no colour codes"),
        ("#! gradbook seed", "t.t:1: header option 'seed' needs a value: seed=…"),
        ("#! bash", "t.t:1: a header reads '#! gradbook option=value …', got '#! bash'"),
        ("# c\n#! gradbook\n#! gradbook", "t.t:3: a second header line; the first is line 2"),
        ("gb> 1\n[oops (re)", "t.t:2: invalid regular expression '[oops'"),
    ])
    func badHeadersAndPatternsNameTheFileAndLine(_ text: String, _ message: String) {
        #expect(throws: TranscriptError.self) { try Transcript(parsing: text, path: "t.t") }
        do {
            _ = try Transcript(parsing: text, path: "t.t")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func crlfAndAMissingFinalNewlineReadTheSame() throws {
        let unix = try Transcript(parsing: "#! gradbook seed=3\ngb> 1 + 1\n2\n", path: "u.t")
        let windows = try Transcript(parsing: "#! gradbook seed=3\r\ngb> 1 + 1\r\n2", path: "w.t")
        #expect(windows.header == unix.header)
        #expect(windows.body.map(\.pattern.text) == unix.body.map(\.pattern.text))
        #expect(windows.lineEnding == "\r\n" && !windows.endsWithNewline)
        #expect(windows.replay().passed)
    }

    @Test(arguments: ["", "\n", "# only a comment\n", "\u{FEFF}"])
    func transcriptsWithoutEntriesPass(_ text: String) throws {
        let transcript = try Transcript(parsing: text, path: "empty.t")
        #expect(transcript.body.isEmpty)
        #expect(transcript.replay().passed)
    }

    @Test func aHeaderAfterThePromptIsExpectedOutput() throws {
        let transcript = try Transcript(parsing: "gb> 1\n#! gradbook speed=9\n", path: "t.t")
        #expect(transcript.body.count == 2)
        #expect(transcript.header == TranscriptHeader())
    }

    @Test func promptsWithoutTheirSpaceAreEmptyInput() throws {
        let transcript = try Transcript(parsing: "gb> repeat 1 {\n..>\n..> }\ngb>\n", path: "t.t")
        #expect(transcript.inputs == ["repeat 1 {", "", "}", ""])
        #expect(transcript.replay().passed)
    }
}
