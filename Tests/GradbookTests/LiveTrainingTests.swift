import Foundation
import Testing

/// `train` at the prompt talks while it runs: its header and log lines reach the terminal as
/// they happen, stay after Ctrl-C, and are not printed a second time at the end.
@Suite struct LiveTrainingTests {
    static let setup = "net = mlp(2, 4, 1); opt = sgd(net, lr = 0.1); d = moons(20)\n"
    /// Slow enough per step that Ctrl-C comes long before the end.
    static let slowSetup = "big = mlp(2, 64, 64, 1); bopt = sgd(big, lr = 0.01); bd = moons(2000)\n"
    static let header = "train network (17 parameters) on moons(20, noise=0.1) (20 samples)"

    @Test func theHeaderShowsBeforeTheRunEndsAndStaysAfterCtrlC() throws {
        let terminal = try PseudoTerminal()
        #expect(terminal.waitFor("gb> "))
        terminal.type(Self.slowSetup)
        #expect(terminal.waitFor("gb> "))
        terminal.type("train big on bd with bopt for 1000000 steps\n")
        #expect(terminal.waitFor("on moons(2000, noise=0.1) (2000 samples)"), "\(terminal.screen.debugDescription)")
        terminal.interrupt()
        #expect(terminal.waitFor("interrupted at step"), "\(terminal.screen.debugDescription)")
        #expect(terminal.waitFor("gb> "))
        terminal.type(":quit\n")
        #expect(terminal.hangsUp())
        #expect(
            terminal.screen.components(separatedBy: "(2000 samples)").count == 2,
            "once: \(terminal.screen.debugDescription)")
    }

    @Test func aFinishedRunPrintsEachLineOnceInOrder() throws {
        let terminal = try PseudoTerminal()
        #expect(terminal.waitFor("gb> "))
        terminal.type(Self.setup)
        #expect(terminal.waitFor("gb> "))
        terminal.type("train net on d with opt for 100 steps\n")
        #expect(terminal.waitFor("plot history to see it"), "\(terminal.screen.debugDescription)")
        terminal.type(":quit\n")
        #expect(terminal.hangsUp())
        let screen = terminal.screen
        for line in [Self.header, "step  10", "step 100", "done: 100 steps"] {
            #expect(screen.components(separatedBy: line).count == 2, "\(line) once: \(screen.debugDescription)")
        }
        let order = [Self.header, "step  10", "step 100", "done: 100 steps"].compactMap {
            screen.range(of: $0)?.lowerBound
        }
        #expect(order.count == 4 && order == order.sorted(), "in order: \(screen.debugDescription)")
    }
}
