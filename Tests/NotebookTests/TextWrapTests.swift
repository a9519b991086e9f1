import Testing

@testable import Notebook

/// Words and pieces stay whole when a line breaks; a cut ends after a whole word where it can.
@Suite struct TextWrapTests {
    @Test func piecesBreakOnlyBetweenPieces() {
        let parts = ["step 10/100", "loss 0.523", "acc 0.87", "val_loss 0.61", "val_acc 0.85"]
        #expect(
            TextWrap.pieces(parts, separator: "  ", width: 40, rest: "  ") == [
                "step 10/100  loss 0.523  acc 0.87",
                "  val_loss 0.61  val_acc 0.85",
            ])
        #expect(TextWrap.pieces(parts, separator: "  ", width: 100) == [parts.joined(separator: "  ")])
    }

    @Test func aCutEndsAfterTheLastWholeWordUnlessThatLosesHalfTheLine() {
        #expect(TextWrap.cut("[1.5, -2.25, 3.125]", width: 14) == "[1.5, -2.25, …")
        #expect(TextWrap.cut("short", width: 14) == "short")
        #expect(TextWrap.cut("a bcdefghijklmnopqrstuvwxyz", width: 10) == "a bcdefgh…")
        #expect(TextWrap.cut("[1.5, -2.25, 3.125]", width: 14, ellipsis: "...") == "[1.5, ...")
    }
}
