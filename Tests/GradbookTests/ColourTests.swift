import Foundation
import Testing

/// Colour that carries meaning, on a real (pseudo-)terminal: there on a colour terminal, and
/// never under NO_COLOR or TERM=dumb.
@Suite struct ColourTests {
    /// Whether `screen` sets a colour (an SGR sequence, ESC [ … m); readline's own
    /// bracketed-paste switches (ESC [ ? 2004 h) are not colour.
    static func hasColour(_ screen: String) -> Bool {
        screen.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) != nil
    }
    static let entries = "x = 3; y = relu(x - 5)\ngradcheck y wrt x\nnope\n"

    /// What the terminal showed for `entries`, after the prompt was ready, up to `:quit`.
    static func screen(_ environment: [String: String]) throws -> String {
        let terminal = try PseudoTerminal([], environment: environment)
        #expect(terminal.waitFor("gb> "))
        terminal.type(entries)
        #expect(terminal.waitFor("unknown name"))
        terminal.type(":quit\n")
        #expect(terminal.hangsUp(), "\(terminal.screen.debugDescription)")
        return terminal.screen
    }

    @Test func aColourTerminalShowsVerdictsErrorsAndThePromptInColour() throws {
        let screen = try Self.screen(["NO_COLOR": "", "TERM": "xterm-256color"])
        #expect(Self.hasColour(screen))
        #expect(screen.contains("\u{1B}[32mgood\u{1B}[0m"), "a good verdict in green: \(screen.debugDescription)")
        #expect(screen.contains("\u{1B}[31merror: unknown name 'nope'"), "an error in red")
        #expect(screen.contains("\u{1B}[1;36mgb> "), "the prompt in its own colour")
    }

    @Test func noColorAndADumbTerminalShowNone() throws {
        for environment in [["NO_COLOR": "1", "TERM": "xterm-256color"], ["NO_COLOR": "", "TERM": "dumb"]] {
            let screen = try Self.screen(environment)
            #expect(screen.contains("verdict: good"), "\(screen.debugDescription)")
            #expect(!Self.hasColour(screen), "\(environment): \(screen.debugDescription)")
        }
    }
}
