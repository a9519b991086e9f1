import Testing

@testable import TermPlot

@Suite struct NiceTickTests {
    @Test func roundStepsOfOneTwoOrFive() {
        #expect(NiceTicks.values(in: Scale(0, 1)!, target: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.values(in: Scale(-6, 6)!, target: 6) == [-6, -4, -2, 0, 2, 4, 6])
        #expect(NiceTicks.values(in: Scale(-6, 6)!, target: 3) == [-5, 0, 5])
        #expect(NiceTicks.values(in: Scale(0, 1000)!, target: 4) == [0, 500, 1000])
        #expect(NiceTicks.values(in: Scale(0.0001, 0.00035)!, target: 3) == [0.0001, 0.0002, 0.0003])
    }

    @Test func ticksAreTheDoublesNearestTheirDecimals() {
        // 3 × 0.1 would be 0.30000000000000004; a tick must be the 0.3 a person typed.
        let ticks = NiceTicks.values(in: Scale(0, 0.7)!, target: 7)
        #expect(ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
        // Rounding −0.3 up gives −0, which must not print as "-0".
        #expect(NiceTicks.values(in: Scale(-0.3, 0.9)!, target: 2)[0].sign == .plus)
    }

    @Test func loosenedScalesEndOnRoundValues() {
        #expect(NiceTicks.loosened(Scale(0.0025, 0.9975)!, target: 2) == Scale(0, 1))
        #expect(NiceTicks.loosened(Scale(-3.2, 1.1)!, target: 3) == Scale(-4, 2))
    }

    @Test func extremeScalesFallBackToTheirEnds() {
        let huge = NiceTicks.values(in: Scale(-1e308, 1e308)!, target: 4)
        #expect(huge.allSatisfy(\.isFinite) && huge.count >= 2)
        #expect(
            NiceTicks.values(in: Scale(0, Double.leastNonzeroMagnitude)!, target: 4) == [
                0, Double.leastNonzeroMagnitude,
            ])
        // Far from zero, steps of 1 cannot be told apart from 1e17: no endless loop, no duplicates.
        let far = NiceTicks.values(in: Scale(1e17, 1e17 + 64)!, target: 4)
        #expect(far == far.sorted() && Set(far).count == far.count)
    }

    @Test func aScaleAFewUlpsWideEndsAtItsEnds() {
        // The step is 1e-16 and the first multiple 1e16, past 2⁵³: a Double counter stood still
        // there (`plot sin(x)^2 + cos(x)^2` spun for ever). No round value fits between the ends.
        let scale = Scale(1 - 1.1102230246251565e-16, 1 + 2.220446049250313e-16)!
        #expect(NiceTicks.values(in: scale, target: 4) == [scale.lower, scale.upper])
        #expect(NiceTicks.values(in: Scale(-1e16 - 2, -1e16)!, target: 4) == [-1e16 - 2, -1e16])
    }
}

@Suite struct ScaleTests {
    @Test func aConstantIsWidenedAroundItself() {
        #expect(Scale(2, 2) == Scale(1.8, 2.2))
        #expect(Scale(0, 0) == Scale(-1, 1))
        #expect(Scale(-1e308, -1e308)!.lower.isFinite)
        #expect(Scale(.nan, 1) == nil && Scale(0, .infinity) == nil)
        #expect(Scale(covering: [.nan, .infinity]) == nil)
        #expect(Scale(covering: [3, .nan, -1]) == Scale(-1, 3))
    }

    @Test func valuesThatDifferByRoundingAreAConstant() {
        // sin²x + cos²x: 1 give or take an ulp; its axis has round ticks around 1.
        let noisy = Scale(covering: [1, 1 - 1.1102230246251565e-16, 1 + 2.220446049250313e-16])!
        #expect(Swift.abs(noisy.lower - 0.9) < 1e-15 && Swift.abs(noisy.upper - 1.1) < 1e-15)
        #expect(NiceTicks.values(in: noisy, target: 2).contains(1))
        #expect(Scale(covering: [0, 1e-300]) == Scale(0, 1e-300), "tiny values near zero are not noise")
        #expect(Scale(covering: [1, 1 + 1e-9]) == Scale(1, 1 + 1e-9), "a small real spread is kept")
    }

    @Test func noiseDrawsAsOneRowOrOneShade() {
        let noisy = [1, 1 - 1.1102230246251565e-16, 1 + 2.220446049250313e-16, 1]
        let grid = Heatmap.Grid(x: 0...1, y: 0...1, style: Fixtures.style(.unicode, width: 30, height: 8))!
        #expect(
            Heatmap(grid: grid, values: grid.ys.indices.map { i in grid.xs.indices.map { noisy[($0 + i) % 4] } })
                .levels(shadeCount: 5).isEmpty)
        let scatter = ScatterPlot(
            points: noisy.enumerated().map { .init(x: Double($0.offset), y: $0.element, group: 0) }, classNames: ["a"])
        let rows = scatter.render(Fixtures.style(.unicode, width: 30, height: 8)).filter { $0.contains("┤●") }
        #expect(rows.count == 1, "\(rows)")
        let histogram = Histogram(values: noisy, bins: 4).bins()
        #expect(histogram?.edges == [0.5, 0.75, 1, 1.25, 1.5] && histogram?.counts == [0, 0, 4, 0])
    }

    @Test func spansTooLargeForADoubleStillMap() {
        let scale = Scale(-1e308, 1e308)!
        #expect(scale.fraction(0) == 0.5)
        #expect(scale.fraction(1e308) == 1)
        #expect(scale.value(atFraction: 0.75) == 5e307)
    }

    @Test func placementsPutTheEndsOnCentresOrOnEdges() {
        #expect(Placement.endpoints.position(0, count: 11) == 0)
        #expect(Placement.endpoints.position(1, count: 11) == 10)
        #expect(Placement.cells.position(0, count: 10) == -0.5)
        #expect(Placement.cells.fraction(atPosition: 0, count: 4) == 0.125)
    }
}

@Suite struct CanvasTests {
    @Test func brailleDotsFollowUnicodeNumbering() {
        var canvas = Canvas(columns: 3, rows: 1)
        canvas.setDot(x: 0, y: 0)  // dot 1
        canvas.setDot(x: 3, y: 3)  // dot 8
        for x in 4...5 { for y in 0...3 { canvas.setDot(x: x, y: y) } }
        canvas.setDot(x: 99, y: 0)  // outside: ignored
        #expect(canvas.lines() == ["⠁⢀⣿"])
    }

    @Test func glyphsCoverDots() {
        var canvas = Canvas(columns: 2, rows: 1)
        canvas.setDot(x: 0, y: 0)
        canvas.setGlyph("o", column: 0, row: 0)
        canvas.setGlyph("x", column: -1, row: 0)
        #expect(canvas.lines() == ["o "])
    }

    @Test func linesAreClippedToTheGrid() {
        let across = LineRaster.points(from: (-10, 0), to: (10, 0), columns: 5, rows: 1)
        #expect(across.map(\.x) == [0, 1, 2, 3, 4] && across.allSatisfy { $0.y == 0 })
        let diagonal = LineRaster.points(from: (0, 0), to: (3, 3), columns: 4, rows: 4)
        #expect(diagonal.map(\.x) == [0, 1, 2, 3] && diagonal.map(\.y) == [0, 1, 2, 3])
        #expect(LineRaster.points(from: (-5, -5), to: (-1, -9), columns: 4, rows: 4).isEmpty)
        #expect(LineRaster.points(from: (0, 0), to: (.nan, 1), columns: 4, rows: 4).isEmpty)
        #expect(LineRaster.points(from: (-1e308, 0), to: (1e308, 0), columns: 4, rows: 1).isEmpty)
    }
}
