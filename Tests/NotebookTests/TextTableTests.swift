import Testing

@testable import Notebook

/// Tables fit the width: they narrow what may narrow, wrap between words, cut previews after a
/// whole element, and print rows as blocks when nothing else fits.
@Suite struct TextTableTests {
    static let lessons = TextTable(
        [
            TextTable.Column("lesson"), TextTable.Column("title", fit: .wrap), TextTable.Column("time", .right),
            TextTable.Column("progress", fit: .wrap),
        ],
        rows: [
            ["init-variance", "Initialisation and the variance of activations", "35 min", "not started"],
            ["backprop", "Backprop by hand", "5 min", "in progress (step 2 of 6)"],
        ])

    @Test func aTableThatFitsKeepsItsColumnsAsWideAsTheirWidestCell() {
        let layout = Self.lessons.layout(width: 200)
        #expect(layout.header == ["lesson         title                                             time  progress"])
        #expect(
            layout.body == [
                "init-variance  Initialisation and the variance of activations  35 min  not started",
                "backprop       Backprop by hand                                 5 min  in progress (step 2 of 6)",
            ])
    }

    @Test func aTooWideTableWrapsItsWidestTextColumnsBetweenWords() {
        let layout = Self.lessons.layout(width: 60)
        #expect(
            layout.body == [
                "init-variance  Initialisation and  35 min  not started",
                "               the variance of",
                "               activations",
                "backprop       Backprop by hand     5 min  in progress (step",
                "                                           2 of 6)",
            ])
        #expect(layout.lines.allSatisfy { $0.count <= 60 })
    }

    @Test func whenTheFixedColumnsLeaveTooLittleRoomRowsBecomeBlocks() {
        let layout = Self.lessons.layout(width: 40)
        #expect(layout.header.isEmpty)
        #expect(
            layout.body == [
                "init-variance",
                "  title:    Initialisation and the",
                "            variance of activations",
                "  time:     35 min",
                "  progress: not started",
                "backprop",
                "  title:    Backprop by hand",
                "  time:     5 min",
                "  progress: in progress (step 2 of 6)",
            ])
    }

    @Test func onAVeryNarrowLineEachValueGoesUnderItsTitle() {
        let layout = Self.lessons.layout(width: 20)
        #expect(
            layout.body.prefix(5) == [
                "init-variance", "  title:", "    Initialisation", "    and the variance", "    of activations",
            ])
        #expect(layout.lines.allSatisfy { $0.count <= 20 })
    }

    @Test func aPreviewIsCutAfterItsLastWholeElement() {
        let table = TextTable(
            [TextTable.Column("name"), TextTable.Column("value", fit: .cut(minimum: 10))],
            rows: [["W", "[[-0.018965, -1.35593, -0.403721], [0.233351, 1.62511]]"]])
        #expect(table.layout(width: 30).body == ["W     [[-0.018965, -1.35593, …"])
        #expect(table.layout(width: 30, ellipsis: "...").body == ["W     [[-0.018965, ..."])
    }

    @Test func aFixedColumnsTitleBreaksBetweenWordsButItsCellsNever() {
        let table = TextTable(
            [TextTable.Column("element"), TextTable.Column("relative error"), TextTable.Column("status", fit: .wrap)],
            rows: [["W[0, 1]", "5.5e-09", "good (noise)"]])
        #expect(
            table.layout(width: 31).lines == [
                "element  relative  status",
                "         error",
                "W[0, 1]  5.5e-09   good (noise)",
            ])
        #expect(
            table.layout(width: 30).lines == [
                "element  relative  status",
                "         error",
                "W[0, 1]  5.5e-09   good",
                "                   (noise)",
            ])
    }

    @Test func rightAlignedCellsAndCellsOfSeveralLinesKeepTheirColumn() {
        let table = TextTable(
            [TextTable.Column("state"), TextTable.Column("value"), TextTable.Column("count", .right)],
            rows: [["exp_avg", "[[1, 2],\n [3, 4]]", "4"], ["step", "1", "1"]])
        #expect(
            table.layout(width: 80).lines == [
                "state    value     count",
                "exp_avg  [[1, 2],      4",
                "          [3, 4]]",
                "step     1             1",
            ])
    }

    @Test func missingCellsAreEmpty() {
        let table = TextTable([TextTable.Column("a"), TextTable.Column("b")], rows: [["x"]])
        #expect(table.layout(width: 80).lines == ["a  b", "x"])
    }

    @Test(arguments: [20, 25, 30, 40, 50, 60, 80, 100])
    func everyLineFitsAtEveryWidth(_ width: Int) {
        for table in [
            Self.lessons,
            TextTable(
                [
                    TextTable.Column("name"), TextTable.Column("kind"),
                    TextTable.Column("value", fit: .cut(minimum: 16)),
                ],
                rows: [["a_rather_long_name", "optimizer", "Adam(lr=0.01, betas=(0.9, 0.999), eps=1e-08)"]]),
        ] {
            let lines = table.layout(width: width).lines
            #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
        }
    }
}
