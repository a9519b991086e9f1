import Notebook
import Testing

@testable import gradbook

/// When and how output is coloured.
@Suite struct OutputTests {
    @Test func colourOnlyOnATerminalThatWantsIt() {
        #expect(OutputPrinter.wantsColour(noColorFlag: false, standardOutputIsTerminal: true, environment: [:]))
        #expect(!OutputPrinter.wantsColour(noColorFlag: false, standardOutputIsTerminal: false, environment: [:]))
        #expect(!OutputPrinter.wantsColour(noColorFlag: true, standardOutputIsTerminal: true, environment: [:]))
        #expect(
            !OutputPrinter.wantsColour(
                noColorFlag: false, standardOutputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(
            !OutputPrinter.wantsColour(
                noColorFlag: false, standardOutputIsTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test func aPlotsOwnColoursReplaceItsTextOnlyOnAColourTerminal() {
        let plot = Output("⠒⠒ a   • b", colouredText: "\u{1B}[34m⠒⠒\u{1B}[0m a   \u{1B}[31m•\u{1B}[0m b")
        #expect(OutputPrinter(colour: true).render(plot) == plot.colouredText)
        #expect(OutputPrinter(colour: false).render(plot) == "⠒⠒ a   • b")
    }

    @Test func colourWrapsEachLineOfAnError() {
        let printer = OutputPrinter(colour: true)
        #expect(printer.render(Output("a\nb", .error)) == "\u{1B}[31ma\u{1B}[0m\n\u{1B}[31mb\u{1B}[0m")
        #expect(printer.render(Output("1", .result)) == "1")
        #expect(OutputPrinter(colour: false).render(Output("a", .error)) == "a")
    }
}
