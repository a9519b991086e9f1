import Testing

@testable import TermPlot

/// On a colour terminal each series of a line plot gets its own colour, on its curve and on
/// its legend marker; the visible text is the plain plot's, character for character.
@Suite struct SeriesColourTests {
    static let plot = LinePlot(series: [
        .init(label: "up", values: [0, 1, 2, 3]),
        .init(label: "down", values: [3, 2, 1, 0]),
        .init(label: "flat", values: [1.5, 1.5, 1.5, 1.5]),
    ])

    static func stripped(_ line: String) -> String {
        line.replacing(/\u{1B}\[[0-9;]*m/, with: "")
    }

    @Test(arguments: [Charset.unicode, .ascii])
    func colouredTextReadsAsThePlainPlot(_ charset: Charset) {
        let style = Fixtures.style(charset, width: 40, height: 8)
        let plain = Self.plot.render(style)
        let coloured = Self.plot.renderColoured(style)
        #expect(coloured.map(Self.stripped) == plain)
        #expect(coloured != plain)
    }

    @Test func eachSeriesHasItsColourOnItsCurveAndMarker() {
        let lines = Self.plot.renderColoured(Fixtures.style(.ascii, width: 40, height: 8))
        let legend = lines.last!
        #expect(legend == "\u{1B}[34m*\u{1B}[0m up   \u{1B}[31m+\u{1B}[0m down   \u{1B}[32mo\u{1B}[0m flat")
        let drawing = lines.dropLast(3).joined()
        #expect(drawing.contains("\u{1B}[34m*") && drawing.contains("\u{1B}[31m+") && drawing.contains("\u{1B}[32mo"))
        #expect(!drawing.contains("\u{1B}[34m+"), "a marker is coloured by its own series")
    }

    @Test func oneSeriesIsNotColoured() {
        let one = LinePlot(series: [.init(label: "alone", values: [0, 1, 2])])
        let style = Fixtures.style(.unicode, width: 40, height: 6)
        #expect(one.renderColoured(style) == one.render(style))
    }
}
