import Foundation
import Testing

/// Tab and the arrows on a real (pseudo-)terminal, through readline: what CompletionTests
/// checks as text reaches the line being edited. Each wait is for output the typed line's echo
/// cannot contain, so that only the statement's result satisfies it.
@Suite struct CompletionTerminalTests {
    @Test func tabCompletesAnAttributeAndAKeywordArgument() throws {
        let terminal = try PseudoTerminal()
        #expect(terminal.waitFor("gb> "))
        terminal.type("W = [[1, 2], [3, 4], [5, 6]];\n")
        #expect(terminal.waitFor("gb> "))
        // W.si → W.size
        terminal.type("W.si\t\n")
        #expect(terminal.waitFor("\r\n6\r\ngb> "), "\(terminal.screen.debugDescription)")
        // sum(W, ax → sum(W, axis=
        terminal.type("sum(W, ax\t0)\n")
        #expect(terminal.waitFor("[9, 12]\r\ngb> "), "\(terminal.screen.debugDescription)")
        // adam(W, l → adam(W, lr= ; then an optimizer's own attribute
        terminal.type("opt = adam(W, l\t0.25);\n")
        #expect(terminal.waitFor("gb> "))
        terminal.type("opt.l\t * 4\n")  // opt.lr, no space
        #expect(terminal.waitFor("\r\n1\r\ngb> "), "\(terminal.screen.debugDescription)")
        // Not Ctrl-D: typed while the terminal is out of readline's raw mode it would be lost.
        terminal.type(":quit\n")
        #expect(terminal.hangsUp(), "\(terminal.screen.debugDescription)")
    }

    @Test func upSearchesTheHistoryByTheTypedPrefixAndOnAnEmptyLineWalksIt() throws {
        let terminal = try PseudoTerminal()
        let up = "\u{1b}[A"
        let down = "\u{1b}[B"
        #expect(terminal.waitFor("gb> "))
        terminal.type("a1 = 10 + 1\n")
        #expect(terminal.waitFor("a1 = 11\r\ngb> "))
        terminal.type("b = 20 + 2\n")
        #expect(terminal.waitFor("b = 22\r\ngb> "))
        // On an empty line, Up Up is the entry before the last, whatever it starts with.
        terminal.type(up + up + "\n")
        #expect(terminal.waitFor("a1 = 11\r\ngb> "), "\(terminal.screen.debugDescription)")
        terminal.type("c = 30 + 3\n")
        #expect(terminal.waitFor("c = 33\r\ngb> "))
        // "b" then Up skips the newer entries that start otherwise.
        terminal.type("b" + up + "\n")
        #expect(terminal.waitFor("b = 22\r\ngb> "), "\(terminal.screen.debugDescription)")
        // Down past the newest match gives the prefix back as typed: "b" alone, b's value.
        terminal.type("b" + up + down + " * 2\n")
        #expect(terminal.waitFor("\r\n44\r\ngb> "), "\(terminal.screen.debugDescription)")
        // Not Ctrl-D: typed while the terminal is out of readline's raw mode it would be lost.
        terminal.type(":quit\n")
        #expect(terminal.hangsUp(), "\(terminal.screen.debugDescription)")
    }
}
