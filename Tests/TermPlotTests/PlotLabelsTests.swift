import Testing

@testable import TermPlot

/// Titles and axis labels on every kind of plot, inside the width.
@Suite struct PlotLabelsTests {
    static let labels = PlotLabels(title: "the sigmoid and its slope", x: "input x", y: "output")

    @Test func aLinePlotHasItsTitleAboveItsYLabelAndItsXLabelBelow() {
        var plot = Fixtures.sigmoidCurves
        plot.labels = Self.labels
        let style = Fixtures.style(.ascii, width: 60, height: 8)
        let lines = plot.render(style)
        // The drawing's 55 columns start after "  1 +": the title is centred over them.
        #expect(lines[0] == String(repeating: " ", count: 5 + (55 - 25) / 2) + "the sigmoid and its slope")
        #expect(lines[1] == "output")
        #expect(lines[2].hasPrefix("  1 +"))
        #expect(lines.last == String(repeating: " ", count: 5 + (55 - 7) / 2) + "input x")
        // Without labels, the same plot has none of those lines.
        #expect(Fixtures.sigmoidCurves.render(style) == Array(lines.dropFirst(2).dropLast()))
    }

    @Test(arguments: [20, 33, 60, 100])
    func longLabelsAreCutToTheWidth(_ width: Int) {
        let long = String(repeating: "a long title ", count: 12)
        let style = Fixtures.style(.unicode, width: width, height: 6)
        var line = Fixtures.sine
        var scatter = Fixtures.moons
        var histogram = Fixtures.histogram
        var bars = Fixtures.bars
        var heatmap = Fixtures.bowl(style)
        let labels = PlotLabels(title: long, x: long, y: long)
        line.labels = labels
        scatter.labels = labels
        histogram.labels = labels
        bars.axisLabels = labels
        heatmap.labels = labels
        for lines in [
            line.render(style), scatter.render(style), histogram.render(style), bars.render(style),
            heatmap.render(style),
        ] {
            let labelled = lines.filter { $0.contains("a long") }
            #expect(labelled.count >= 2)
            #expect(labelled.allSatisfy { $0.count <= width && $0.hasSuffix("…") }, "\(labelled)")
        }
        // ASCII cuts with three dots; a line break in a label becomes a space.
        #expect(PlotLabels.fitted("one\ntwo three", width: 8, charset: .ascii) == "one t...")
        #expect(PlotLabels.fitted("", width: 8, charset: .ascii) == nil)
    }

    @Test func barsHaveAHeaderOverTheirLabelsAndBars() {
        var histogram = Histogram(
            values: [1, 2, 2, 3], bins: 2, labels: PlotLabels(title: "four values", x: "value", y: "count"))
        let lines = histogram.render(Fixtures.style(.ascii, width: 30))
        #expect(lines[0] == "         four values")
        // "[1, 2)" and "[2, 3]" are 6 wide: the y label starts where the bars do.
        #expect(lines[1] == "value   count")
        #expect(lines[2].hasPrefix("[1, 2) |#"))
        histogram.labels = PlotLabels(y: "count")
        #expect(histogram.render(Fixtures.style(.ascii, width: 30))[0] == "        count")
    }

    @Test func aHeatmapTakesTheLabelsOfItsAxes() {
        let style = Fixtures.style(.ascii, width: 40, height: 8)
        var heatmap = Fixtures.bowl(style)
        heatmap.labels = PlotLabels(title: "bowl", x: "w₁", y: "w₂")
        let lines = heatmap.render(style)
        let plain = Fixtures.bowl(style).render(style)
        #expect(lines[0].trimmingCharacters(in: " ") == "bowl" && lines[1] == "w₂")
        #expect(Array(lines.dropFirst(2)).starts(with: plain.prefix(10)))
        #expect(lines.contains { $0.trimmingCharacters(in: " ") == "w₁" })
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
