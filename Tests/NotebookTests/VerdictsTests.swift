import Testing

@testable import Notebook

@Suite struct VerdictsTests {
    @Test func marksAreColouredAsWholeWords() {
        #expect(Verdicts.colouring("✓ right") == "\u{1B}[32m✓ right\u{1B}[0m")
        #expect(Verdicts.colouring("W[0]  1  1  0  WRONG") == "W[0]  1  1  0  \u{1B}[31mWRONG\u{1B}[0m")
        #expect(
            Verdicts.colouring("counts: 2 good, 1 kink?")
                == "counts: 2 \u{1B}[32mgood\u{1B}[0m, 1 \u{1B}[33mkink?\u{1B}[0m")
        #expect(Verdicts.colouring("goodness and kinky good_w") == nil)
    }

    @Test func instrumentsAndMessagesAreMarkedButValuesNever() {
        let session = Session()
        let check = session.execute("x = 3; y = x^2\ngradcheck y wrt x")
        #expect(check.outputs.contains { $0.colouredText?.contains("\u{1B}[32mgood") == true })
        // Text and transcripts stay plain.
        #expect(!check.text.contains("\u{1B}"))
        let value = session.execute("good = 1; \"WRONG\"")
        #expect(value.outputs.allSatisfy { $0.colouredText == nil })
    }
}
