import Testing

@testable import Notebook

/// The one entry path: where an entry ends, for the prompt, piped input, replay and lessons.
@Suite struct EntryBufferTests {
    /// Feeds `lines` and returns every entry, the one left open at the end included.
    func entries(_ lines: [String]) -> [EntryBuffer.Entry] {
        var buffer = EntryBuffer()
        var result = lines.flatMap { buffer.add($0) }
        if let last = buffer.finish() { result.append(last) }
        return result
    }

    @Test func bracketsAndBackslashContinue() {
        let found = entries(["W = [[1, 2],", "     [3, 4]]", "y = 1 + \\", "  2", "repeat 2 {", "", "  x = 1", "}"])
        #expect(found.map(\.text) == ["W = [[1, 2],\n     [3, 4]]", "y = 1 + \\\n  2", "repeat 2 {\n\n  x = 1\n}"])
        #expect(found.map(\.firstLine) == [1, 3, 5])
        #expect(found.allSatisfy { $0.unclosed == nil })
    }

    @Test func aBlankLineEndsAnUnclosedBracketAndTheNextLineRuns() throws {
        let found = entries(["x = [1, 2,", "", "ok = 41 + 1"])
        #expect(found.map(\.text) == ["x = [1, 2,", "ok = 41 + 1"])
        let error = try #require(found[0].unclosed)
        #expect(error.location == SourceLocation(line: 1, column: 5))
        #expect(error.message == "this '[' is never closed with ']'; a blank line ends the entry")
        #expect(found[1].firstLine == 3 && found[1].unclosed == nil)
    }

    @Test(arguments: [
        ("y = f(1,", ":vars", "the meta command on the next line ends the entry"),
        ("y = f(1,", "backward y", "the command backward on the next line ends the entry"),
        ("y = f(1,", "w += 1", "the update of w on the next line ends the entry"),
        ("y = [1,", "w = 3", "the assignment to w on the next line ends the entry"),
        ("y = f(1,", "gb> w = 3", "a new gb> prompt ends the entry"),
        ("y = f(1", "w = 3", "the assignment to w on the next line ends the entry"),
        ("y = f(1,", "g(x) = x + )", "the assignment to g on the next line ends the entry"),
    ])
    func aLineThatStartsAStatementEndsAnUnclosedBracket(_ open: String, _ next: String, _ reason: String) throws {
        let found = entries([open, next])
        #expect(found.count == 2)
        #expect(try #require(found.first?.unclosed).message.hasSuffix(reason))
        #expect(found.last?.unclosed == nil)
    }

    @Test func aKeywordArgumentLineContinuesAndTheStatementAfterItDoesNot() {
        let found = entries(["y = f(1,", "  p = 2", "z = 3"])
        #expect(found.map(\.text) == ["y = f(1,\n  p = 2", "z = 3"])
        #expect(found[0].unclosed != nil && found[1].unclosed == nil)
        #expect(entries(["x = [1, 2", "  3]"]).count == 1, "a missing comma is the entry's own syntax error")
    }

    @Test func keywordArgumentsAndOpenBlocksContinue() {
        #expect(
            entries(["opt = sgd(net,", "          lr = 0.1)"]).map(\.text) == ["opt = sgd(net,\n          lr = 0.1)"])
        #expect(
            entries(["repeat 2 {", "x = 1", "backward y", "}"]).count == 1, "an open { block goes on over any statement"
        )
    }

    @Test func pastedPromptsAreStripped() {
        let found = entries(["gb> x = [1,", "..>   2]", "gb>", "  gb> y = 3"])
        #expect(found.map(\.text) == ["x = [1,\n  2]", "y = 3"])
        #expect(Screen.strippingPrompt("gb> x").newEntry && !Screen.strippingPrompt("..> x").newEntry)
    }

    @Test func windowsLineEndsAndAByteOrderMark() {
        #expect(entries(["\u{FEFF}x = 1"]).map(\.text) == ["x = 1"])
        let session = Session()
        let text = session.execute("# setup\r\nx = 1\r\ny = x + 1\r\ny\r\n").text
        #expect(text == "x = 1\ny = 2\n2", "a comment ends at CRLF")
        #expect(session.execute("x = 1\ry = x + 2\ry").text == "x = 1\ny = 3\n3", "a lone CR ends a line")
        #expect(
            failure("x = 1\r\ny = $\r\n") == "error: unexpected character '$'\n  y = $\n      ^",
            "no raw CR in the echo")
    }

    @Test func runningACutEntryReportsItsBracket() {
        var buffer = EntryBuffer()
        let cut = buffer.add("x = (1 +") + buffer.add("")
        let execution = Session().runEntry(cut[0], origin: "<stdin>")
        #expect(execution.syntaxError)
        #expect(execution.text.hasPrefix("<stdin>:1:5: error: this '(' is never closed with ')'"))
    }

    @Test func droppingAnOpenEntry() {
        var buffer = EntryBuffer()
        let droppedNothing = buffer.drop()
        #expect(!droppedNothing)
        let opened = buffer.add("y = [1,")
        #expect(opened.isEmpty)
        let dropped = buffer.drop()
        #expect(dropped && !buffer.isOpen)
        let next = buffer.add("y = 2")
        #expect(next.map(\.text) == ["y = 2"])
    }

    @Test func aScriptReportsAnUnclosedBracketAtItsOpener() {
        let text = Session().execute("x = [1, 2,\n\nok = 41 + 1", origin: "f.gb").text
        #expect(text.hasPrefix("f.gb:1:5: error: this '[' is never closed with ']'"), "\(text)")
    }
}
