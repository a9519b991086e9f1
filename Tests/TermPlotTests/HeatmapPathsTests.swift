import Testing
import Foundation
@testable import TermPlot

/// Several paths over one heatmap, and logarithmic levels.
@Suite struct HeatmapPathsTests {
    static let style = PlotStyle(width: 40, height: 10) { "\($0)" }

    static func heatmap(_ paths: [Heatmap.Path], _ scale: Heatmap.LevelScale, values: (Double, Double) -> Double) throws -> Heatmap {
        let grid = try #require(Heatmap.Grid(x: -2...2, y: -1...3, style: style))
        let values = grid.ys.map { y in grid.xs.map { x in values(x, y) } }
        return Heatmap(grid: grid, values: values, paths: paths, levelScale: scale)
    }

    @Test func logarithmicLevelsArePowersOfTenThatFitTheShades() throws {
        let rosenbrock = try Self.heatmap([], .logarithmic) { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }
        let levels = rosenbrock.levels(shadeCount: 5)
        #expect(!levels.isEmpty && levels.count <= 4)
        #expect(levels.allSatisfy { level in [1e-3, 1e-2, 0.1, 1, 10, 100, 1000].contains { Swift.abs($0 - level) <= 1e-12 * $0 } })
        // Less than a decade of positive values: no power of ten inside, so the linear levels.
        let narrow = try Self.heatmap([], .logarithmic) { x, _ in 5 + x }
        #expect(narrow.levels(shadeCount: 5) == (try Self.heatmap([], .linear) { x, _ in 5 + x }).levels(shadeCount: 5))
    }

    /// The text without its ANSI colour codes.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test func severalPathsAreColouredOneColourEachAndOnePathIsNot() throws {
        let a = Heatmap.Path(label: "A", points: [(-1.5, 2), (0, 1), (1, 1)])
        let b = Heatmap.Path(label: "B", points: [(-1.5, 2), (-1, 0), (0.5, 0.2)])
        let two = try Self.heatmap([a, b], .linear) { x, y in x * x + y * y }
        let coloured = two.renderColoured(Self.style)
        #expect(coloured.map(Self.plain) == two.render(Self.style))
        #expect(coloured.joined().contains("\u{1B}[34m•") && coloured.joined().contains("\u{1B}[31m×"))
        #expect(coloured.contains("1 \u{1B}[34m•\u{1B}[0m A: 3 points, ends at (1.0, 1.0)"))
        #expect(!two.render(Self.style).joined().contains("\u{1B}"))
        let one = try Self.heatmap([a], .linear) { x, y in x * x + y * y }
        #expect(one.renderColoured(Self.style) == one.render(Self.style))
    }

    @Test func eachPathHasItsMarkerAndItsNumberedEnd() throws {
        let a = Heatmap.Path(label: "A", points: [(-1.5, 2), (0, 1), (1, 1)])
        let b = Heatmap.Path(label: "B", points: [(-1.5, 2), (-1, 0), (0.5, 0.2), (5, 5)])
        let lines = try Self.heatmap([a, b], .linear) { x, y in x * x + y * y }.render(Self.style)
        let drawing = lines.joined(separator: "\n")
        #expect(drawing.contains("S"))
        #expect(drawing.contains("•") && drawing.contains("×"))
        #expect(lines.contains("1 • A: 3 points, ends at (1.0, 1.0)"))
        #expect(lines.contains("2 × B: 4 points, ends at (5.0, 5.0), 1 outside the plotted range"))
    }
}
