import Testing

@testable import TermPlot

/// Every kind of plot in both charsets, compared with the text a person checked by eye.
@Suite struct GoldenPlotTests {
    static let charsets: [(Charset, String)] = [(.unicode, "unicode"), (.ascii, "ascii")]

    @Test(arguments: charsets) func twoCurvesWithALegend(_ charset: Charset, _ name: String) {
        Golden.check(Fixtures.sigmoidCurves.render(Fixtures.style(charset)), "sigmoid-\(name)")
    }

    @Test(arguments: charsets) func oneCurveWithoutLegend(_ charset: Charset, _ name: String) {
        Golden.check(Fixtures.sine.render(Fixtures.style(charset)), "sine-\(name)")
    }

    @Test(arguments: charsets) func scatterWithAMarkerPerClass(_ charset: Charset, _ name: String) {
        Golden.check(Fixtures.moons.render(Fixtures.style(charset)), "scatter-\(name)")
    }

    @Test(arguments: charsets) func histogramWithCounts(_ charset: Charset, _ name: String) {
        Golden.check(Fixtures.histogram.render(Fixtures.style(charset)), "histogram-\(name)")
    }

    @Test(arguments: charsets) func barsEitherSideOfZero(_ charset: Charset, _ name: String) {
        Golden.check(Fixtures.bars.render(Fixtures.style(charset)), "bars-\(name)")
    }

    @Test(arguments: charsets) func contourWithADescentPath(_ charset: Charset, _ name: String) {
        Golden.check(Fixtures.bowl(Fixtures.style(charset)).render(Fixtures.style(charset)), "contour-\(name)")
    }

    @Test func asciiPlotsAreAsciiOnly() {
        let style = Fixtures.style(.ascii)
        let lines =
            Fixtures.sigmoidCurves.render(style) + Fixtures.moons.render(style) + Fixtures.histogram.render(style)
            + Fixtures.bars.render(style) + Fixtures.bowl(style).render(style)
        for line in lines {
            let ascii = line.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "\(line)")
        }
    }

    @Test func noLineIsWiderThanTheFigure() {
        for charset in [Charset.unicode, .ascii] {
            let style = Fixtures.style(charset, width: 50, height: 8)
            let lines =
                Fixtures.sigmoidCurves.render(style) + Fixtures.moons.render(style) + Fixtures.histogram.render(style)
                + Fixtures.bars.render(style) + Fixtures.bowl(style).render(style)
            for line in lines { #expect(line.count <= 50, "\(line)") }
        }
    }
}
