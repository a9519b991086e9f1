import Testing

@testable import Notebook

/// What a session prints never drives the terminal, and an error echo stays readable.
@Suite struct TerminalSafetyTests {
    @Test func controlCharactersShowVisibly() {
        let text = failure("y = \"a\u{1B}]0;title\u{07}b\" + 1")
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.contains("\"aU+001B]0;titleU+0007b\""))
        #expect(run("\"\u{1B}[2J\"") == "\"U+001B[2J\"")
        #expect(failure("x\u{0} = 1") == "error: unexpected character 'U+0000'\n  xU+0000 = 1\n   ^")
        #expect(VisibleText.of("tab\tand\nline") == "tab\tand\nline")
        #expect(VisibleText.of("c1 \u{9B}2J") == "c1 U+009B2J")
    }

    @Test func aLongLineIsEchoedAsAWindowAroundTheCaret() {
        let line = "x = " + String(repeating: "1 + ", count: 100_000) + "$"
        let lines = failure(line).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].count < 100 && lines[1].hasPrefix("  …") && lines[1].hasSuffix("$"))
        #expect(lines[2].count == lines[1].count, "the caret stands under the $")
        let short = failure("y = 2 * * 3")
        #expect(short == "error: expected an expression, found '*'\n  y = 2 * * 3\n          ^")
    }

    @Test func timeOfAFailingStatementPointsIntoTheFileAndPrintsNoTime() {
        let text = Session().execute("x = 1\n:time y = x + q", origin: "t.gb").text
        #expect(text == "x = 1\nt.gb:2:15: error: unknown name 'q'; did you mean e?\n  y = x + q\n          ^")
        #expect(run(":time 1 + 1").contains("time:"))
    }
}
