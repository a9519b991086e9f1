import Testing

@testable import TermPlot

/// The legend never hides data: inside, in the emptiest corner without data, or below.
@Suite struct LegendPlacementTests {
    static let style = Fixtures.style(.ascii, width: 40, height: 10)

    static func scatter(_ corners: [(Double, Double)]) -> [String] {
        // A point in each given corner of the unit square, and two classes so the legend has two lines.
        let points =
            corners.enumerated().map { ScatterPlot.Point(x: $1.0, y: $1.1, group: $0 % 2) }
            + [ScatterPlot.Point(x: 0.5, y: 0.5, group: 1)]
        return ScatterPlot(points: points, classNames: ["class 0", "class 1"]).render(style)
    }

    /// The drawing's rows: between the first line and the x axis.
    static func drawing(_ lines: [String]) -> [String] { Array(lines.prefix { !$0.contains("+-") }) }

    @Test func dataInAllFourCornersPutsTheLegendBelow() {
        let lines = Self.scatter([(0, 0), (0, 1), (1, 0), (1, 1)])
        #expect(lines.last == "o class 0   x class 1")
        #expect(!Self.drawing(lines).joined().contains("class"))
        // Every point is drawn: 5 points, 5 markers.
        #expect(Self.drawing(lines).joined().filter { $0 == "o" || $0 == "x" }.count == 5)
    }

    @Test(arguments: [
        ([(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)], "top left"),
        ([(0.0, 0.0), (0.0, 1.0), (1.0, 0.0)], "top right"),
        ([(0.0, 1.0), (1.0, 1.0), (0.0, 0.0)], "bottom right"),
        ([(0.0, 1.0), (1.0, 1.0), (1.0, 0.0)], "bottom left"),
    ])
    func theLegendTakesTheOneEmptyCorner(_ corners: [(Double, Double)], _ free: String) {
        let lines = Self.scatter(corners)
        let rows = Self.drawing(lines)
        #expect(!lines.last!.contains("class"), "not below")
        let top = free.hasPrefix("top")
        let left = free.hasSuffix("left")
        let legendRows = top ? Array(rows.prefix(2)) : Array(rows.suffix(2))
        for (row, name) in zip(legendRows, ["o class 0", "x class 1"]) {
            // Left: one blank column after the axis; right: flush with the drawing's edge.
            #expect(
                left ? row.contains("| " + name) || row.contains("+ " + name) : row.hasSuffix(name), "\(free): \(row)")
        }
        // The legend's markers plus the 4 points: nothing was covered.
        #expect(rows.joined().filter { $0 == "o" || $0 == "x" }.count == 4 + 2)
    }

    @Test func aLegendTooLargeForTheDrawingGoesBelow() {
        let name = String(repeating: "long name ", count: 3) + "end"
        let curve = LinePlot(series: [.init(label: name, points: [(0, 0), (1, 1)])])
        #expect(curve.render(Self.style).last == "* " + name)
    }

    @Test func theMarkersKeepTheirSeriesColour() {
        let plot = LinePlot(series: [
            .init(label: "a", points: [(0, 0), (1, 1)]), .init(label: "b", points: [(0, 0), (1, 0.5)]),
        ])
        let coloured = plot.renderColoured(Fixtures.style(.unicode, width: 40, height: 10)).joined(separator: "\n")
        #expect(coloured.contains("\u{1B}[34m⠒⠒\u{1B}[0m a") && coloured.contains("\u{1B}[31m•\u{1B}[0m b"))
    }
}
