import Testing

@testable import Notebook

/// At the prompt an error breaks between words at the width, so that the terminal never splits
/// a word; a file's diagnostic (`script.gb:1:1: error: …`) stays on one line, as a compiler's.
@Suite struct ErrorWrapTests {
    static let long = "ones(2, 3) @ ones(2, 3)"

    @Test func anErrorAtThePromptBreaksBetweenWordsAtTheWidth() {
        let session = Session(settings: Settings(width: 40))
        let lines = session.execute(Self.long).lines
        let message = lines.prefix { !$0.hasPrefix("  ") }
        #expect(message.count > 2)
        #expect(message.allSatisfy { $0.count <= 40 }, "\(message)")
        let wide = Session(settings: Settings(width: 1000)).execute(Self.long).lines
        #expect(message.joined(separator: " ") == wide[0], "every word kept, in order")
        #expect(Array(lines.suffix(2)) == Array(wide.suffix(2)), "the source line and the caret follow")
    }

    @Test func aFilesDiagnosticStaysOnOneLine() {
        let session = Session(settings: Settings(width: 40))
        let lines = session.execute(Self.long, origin: "script.gb").lines
        #expect(lines[0].hasPrefix("script.gb:1:12: error: matmul: shapes [2, 3] and [2, 3] are not aligned"))
        #expect(lines[0].count > 40 && lines[1] == "  " + Self.long)
    }
}
