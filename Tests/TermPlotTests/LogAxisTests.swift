import Foundation
import Testing

@testable import TermPlot

/// Logarithmic axes: decades get equal room, ticks are powers of ten, values ≤ 0 are gaps.
@Suite struct LogAxisTests {
    @Test func ticksAreWholeDecadesThinnedToFit() {
        #expect(LogAxis.ticks(in: Scale(-12, 0)!, target: 6) == [-12, -10, -8, -6, -4, -2, 0])
        #expect(LogAxis.ticks(in: Scale(-3, 1)!, target: 5) == [-3, -2, -1, 0, 1])
        #expect(LogAxis.ticks(in: Scale(-2.5, 0.4)!, target: 4) == [-2, -1, 0])
    }

    @Test func withinADecadeTicksAreRoundValuesOfTheData() {
        let ticks = LogAxis.ticks(in: Scale(0, 0.6)!, target: 3).map { LogAxis.value(at: $0) }
        #expect(ticks.count >= 2)
        #expect(ticks.allSatisfy { abs($0 - $0.rounded()) < 1e-9 }, "1, 2, 3 … not 1.58489: \(ticks)")
    }

    @Test func loosenedToWholeDecades() {
        #expect(LogAxis.loosened(Scale(-11.7, -0.2)!, target: 4) == Scale(-12, 0))
    }

    @Test func valuesAtOrBelowZeroHaveNoPosition() {
        #expect(LogAxis.position(1000) == 3)
        #expect(LogAxis.position(0).isNaN && LogAxis.position(-1).isNaN)
    }

    @Test func aPowerLawIsAStraightLineLabelledInPowersOfTen() {
        let style = Fixtures.style(.ascii, width: 40, height: 5)
        let points = [0.01, 0.1, 1, 10, 100].map { (x: $0, y: $0 * $0) }
        let lines = LinePlot(series: [.init(label: "x^2", points: points)], logX: true, logY: true).render(style)
        #expect(
            lines.contains { $0.contains("| * x^2") || $0.contains("+ * x^2") },
            "the legend in the empty top left corner")
        #expect(lines.contains { $0.hasPrefix(" 10000 +") })
        #expect(lines.contains { $0.hasPrefix("0.0001 +") })
        let labels = lines[lines.count - 1]
        #expect(labels.contains("0.01") && labels.contains("100"))
        // Equal steps in log x give equal steps in log y: the drawn diagonal hits every row.
        #expect(lines.prefix(5).allSatisfy { $0.contains("*") })
    }

    @Test func aRangeReachingZeroOnALogAxisFallsBackToThePoints() {
        let points = [(x: 0.1, y: 1.0), (x: 10, y: 2)]
        let lines = LinePlot(series: [.init(label: "", points: points)], xRange: -1...10, logX: true)
            .render(Fixtures.style(.ascii, width: 40, height: 5))
        #expect(lines[lines.count - 1].split(separator: " ") == ["0.1", "1", "10"])
    }

    @Test func nothingPositiveToShowIsSaidPlainly() {
        let style = PlotStyle(width: 40, height: 5, charset: .ascii) { "\($0)" }
        let lines = LinePlot(series: [.init(label: "", values: [0, -1])], logY: true).render(style)
        #expect(
            lines == ["(nothing to plot: no point has a finite value on these axes (a log axis leaves out values ≤ 0))"]
        )
    }
}
