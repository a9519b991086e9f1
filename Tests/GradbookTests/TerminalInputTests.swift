import Foundation
import Testing

/// The prompt on a real (pseudo-)terminal: Ctrl-D and pasted prompts.
@Suite struct TerminalInputTests {
    @Test func ctrlDOnAContinuationLineDropsTheEntryAndAtThePromptLeaves() throws {
        let terminal = try PseudoTerminal()
        #expect(terminal.waitFor("gb> "))
        terminal.type("y = [1,\n")
        #expect(terminal.waitFor("..> "))
        terminal.type("\u{04}")
        #expect(terminal.waitFor("\r\n(the open entry was dropped; Ctrl-D at an empty gb> prompt leaves)\r\ngb> "))
        terminal.type("ok = 41 + 1\n")
        #expect(terminal.waitFor("ok = 42"))
        terminal.type("gb> pasted = 1 + 1\n")
        #expect(terminal.waitFor("pasted = 2\r\ngb> "))
        terminal.type("\u{04}")
        #expect(terminal.hangsUp(), "\(terminal.screen.debugDescription)")
        if let status = terminal.exitStatus() { #expect(status == 0) }
    }
}
