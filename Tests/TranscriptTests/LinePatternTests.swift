import Testing

@testable import Transcript

/// Expected lines: exact, ` (re)` and ` (glob)` matching the whole line, and how actual lines
/// that look like patterns are written.
@Suite struct LinePatternTests {
    @Test func exactLinesMatchOnlyThemselves() throws {
        let pattern = try LinePattern("x = 1")
        #expect(pattern.matches("x = 1"))
        #expect(!pattern.matches("x = 1 "))
        #expect(!pattern.matches("x = 10"))
        #expect(!pattern.isPattern)
    }

    @Test func regularExpressionsMatchTheWholeLine() throws {
        let pattern = try LinePattern("took [0-9]+ ms (re)")
        #expect(pattern.isPattern)
        #expect(pattern.matches("took 12 ms"))
        #expect(!pattern.matches("took 12 ms and more"), "anchored at the end")
        #expect(!pattern.matches("it took 12 ms"), "anchored at the start")
        #expect(!pattern.matches("took ms"))
        // An alternation stays inside the anchors.
        let either = try LinePattern("a|b (re)")
        #expect(either.matches("a") && either.matches("b") && !either.matches("ab"))
        #expect(pattern.text == "took [0-9]+ ms (re)")
    }

    @Test func globsHaveStarAndQuestionMarkAndEscapes() throws {
        let path = try LinePattern("saved 3 statement(s) to /tmp/*.gb (glob)")
        #expect(path.matches("saved 3 statement(s) to /tmp/abc.gb"))
        #expect(path.matches("saved 3 statement(s) to /tmp/.gb"))
        #expect(!path.matches("saved 3 statement(s) to /tmp/abc.gbx"))
        let one = try LinePattern("v?.? (glob)")
        #expect(one.matches("v1.2") && !one.matches("v1.23") && !one.matches("v12"))
        let literalStar = try LinePattern(#"a\*b (glob)"#)
        #expect(literalStar.matches("a*b") && !literalStar.matches("axb"))
        let backtracks = try LinePattern("*ab*ab (glob)")
        #expect(backtracks.matches("xxabyyabab") && !backtracks.matches("xxabyyaba"))
        #expect(try LinePattern("* (glob)").matches(""))
    }

    @Test func anInvalidRegularExpressionIsAnError() {
        #expect(throws: PatternError.self) { try LinePattern("[unclosed (re)") }
    }

    @Test(arguments: ["looks like a pattern (re)", "so does (glob)", "a.b*c (re)", "plain"])
    func actualLinesAreWrittenSoThatTheyMatchThemselves(_ line: String) throws {
        let written = LinePattern.literal(line)
        #expect(try LinePattern(written).matches(line))
        if line == "plain" { #expect(written == "plain") }
        if line == "a.b*c (re)" { #expect(try !LinePattern(written).matches("axb*c (re)"), "the dot is escaped") }
    }
}
