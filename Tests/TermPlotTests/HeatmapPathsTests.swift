import Foundation
import Testing

@testable import TermPlot

/// Several paths over one heatmap, and logarithmic levels.
@Suite struct HeatmapPathsTests {
    static let style = PlotStyle(width: 40, height: 10) { "\($0)" }

    static func heatmap(_ paths: [Heatmap.Path], _ scale: Heatmap.LevelScale, values: (Double, Double) -> Double) throws
        -> Heatmap
    {
        let grid = try #require(Heatmap.Grid(x: -2...2, y: -1...3, style: style))
        let values = grid.ys.map { y in grid.xs.map { x in values(x, y) } }
        return Heatmap(grid: grid, values: values, paths: paths, levelScale: scale)
    }

    @Test func logarithmicLevelsArePowersOfTenThatFitTheShades() throws {
        let rosenbrock = try Self.heatmap([], .logarithmic) { x, y in
            (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
        }
        let levels = rosenbrock.levels(shadeCount: 5)
        #expect(!levels.isEmpty && levels.count <= 4)
        #expect(
            levels.allSatisfy { level in
                [1e-3, 1e-2, 0.1, 1, 10, 100, 1000].contains { Swift.abs($0 - level) <= 1e-12 * $0 }
            })
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

    /// The row and column of every `glyph` in the drawing (the rows above the x axis, after the y axis).
    static func cells(of glyph: Character, in lines: [String]) -> [(row: Int, column: Int)] {
        lines.prefix { !$0.contains("└") }.enumerated().flatMap { row, line in
            Array(
                line.split(separator: "┤", maxSplits: 1).last.map { $0.split(separator: "│", maxSplits: 1).last ?? $0 }
                    ?? ""
            )
            .enumerated().filter { $0.element == glyph }.map { (row, $0.offset) }
        }
    }

    @Test func theStartIsNeverCoveredByLaterPointsOfItsPath() throws {
        // The path comes back through its start twice and ends there.
        let back = Heatmap.Path(label: "P", points: [(-1.5, 2), (0, 1), (-1.5, 2), (1, 0), (-1.5, 2.02)])
        let lines = try Self.heatmap([back], .linear) { x, y in x * x + y * y }.render(Self.style)
        let grid = try #require(Heatmap.Grid(x: -2...2, y: -1...3, style: Self.style))
        let start = try #require(grid.axes.cell(x: -1.5, y: 2))
        let s = Self.cells(of: "S", in: lines)
        #expect(s.count == 1 && s[0].row == start.row && s[0].column == start.column)
        #expect(Self.cells(of: "E", in: lines).isEmpty, "the end lies under S")
        #expect(lines.last == "S start  • step  E end  (5 points, the end under S)")
    }

    @Test func aStartIsNeverCoveredByAnotherPath() throws {
        // B crosses A's start, has a point on it and ends on it; A is drawn first.
        let a = Heatmap.Path(label: "A", points: [(-1.5, 2), (0, 1), (1, 1)])
        let b = Heatmap.Path(label: "B", points: [(1.5, -0.5), (-1.5, 2), (-1.8, 2.5), (-1.5, 2)])
        let lines = try Self.heatmap([a, b], .linear) { x, y in x * x + y * y }.render(Self.style)
        let grid = try #require(Heatmap.Grid(x: -2...2, y: -1...3, style: Self.style))
        let starts = Self.cells(of: "S", in: lines)
        #expect(starts.count == 2)
        for point in [(-1.5, 2.0), (1.5, -0.5)] {
            let cell = try #require(grid.axes.cell(x: point.0, y: point.1))
            #expect(starts.contains { $0.row == cell.row && $0.column == cell.column }, "S at \(point)")
        }
        #expect(lines.contains("2 × B: 4 points, ends at (-1.5, 2.0), the end under S"))
        #expect(lines.contains("1 • A: 3 points, ends at (1.0, 1.0)"))
    }
}
