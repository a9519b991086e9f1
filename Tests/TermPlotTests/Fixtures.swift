import Foundation

@testable import TermPlot

/// Worked data shared by the TermPlot tests: curves, points and a gradient-descent path, each
/// computed here from its formula.
enum Fixtures {
    /// Numbers as the notebook prints them by default: up to 6 significant digits.
    static func style(_ charset: Charset, width: Int = 72, height: Int = 14) -> PlotStyle {
        PlotStyle(width: width, height: height, charset: charset) { x in
            let text = String(format: "%.6g", x)
            return text == "-0" ? "0" : text
        }
    }

    static let xs = (0...144).map { -6 + 12 * Double($0) / 144 }
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// σ and σ′ = σ(1 − σ) over −6…6.
    static let sigmoidCurves = LinePlot(
        series: [
            .init(label: "sigmoid(x)", points: xs.map { ($0, sigmoid($0)) }),
            .init(label: "sigmoid'(x)", points: xs.map { ($0, sigmoid($0) * (1 - sigmoid($0))) }),
        ], xRange: -6...6)

    static let sine = LinePlot(series: [.init(label: "", points: xs.map { ($0, sin($0)) })], xRange: -6...6)

    /// Two interleaved half-circles: class 0 on the upper, class 1 on the lower, shifted right.
    static let moons = ScatterPlot(
        points: (0..<24).flatMap { i -> [ScatterPlot.Point] in
            let t = Double.pi * Double(i) / 23
            return [.init(x: cos(t), y: sin(t), group: 0), .init(x: 1 - cos(t), y: 0.5 - sin(t), group: 1)]
        }, classNames: ["class 0", "class 1"])

    static let histogram = Histogram(values: (0..<100).map { 3 * sin(Double($0)) }, bins: 8)

    static let bars = BarChart(labels: ["sgd", "momentum", "adam"], values: [0.5, -0.25, 1.75])

    /// f(x, y) = x² + 5y² and plain gradient descent on it from (−1.8, 1.5) with learning rate
    /// 0.15: x shrinks by 1 − 0.3 each step, y flips sign and halves (1 − 1.5).
    static func bowl(_ style: PlotStyle) -> Heatmap {
        let grid = Heatmap.Grid(x: -2...2, y: -2...2, style: style)!
        let values = grid.ys.map { y in grid.xs.map { x in x * x + 5 * y * y } }
        return Heatmap(grid: grid, values: values, path: descentPath)
    }

    static let descentPath: [(x: Double, y: Double)] = {
        var point = (x: -1.8, y: 1.5)
        var path = [point]
        for _ in 0..<12 {
            point = (point.x - 0.15 * 2 * point.x, point.y - 0.15 * 10 * point.y)
            path.append(point)
        }
        return path
    }()
}
