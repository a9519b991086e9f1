import Tensors
import TermPlot

/// A notebook object that draws itself as a plot: what `hist`, `scatter`, `bar` and `path`
/// return. `plot` draws it at the size asked for; on its own it prints at the default size.
protocol PlotFigure: NotebookObject {
    func draw(_ style: PlotStyle) -> [String]
}

extension PlotFigure {
    public func render(settings: Settings) -> String { draw(PlotStyle(settings: settings)).joined(separator: "\n") }
}

/// An object `plot name` can draw as curves against the step number, such as a training
/// history: each series is one curve, labelled in the legend.
protocol PlotSeriesSource: NotebookObject {
    var plotSeries: [(label: String, values: [Double])] { get }
}

extension PlotStyle {
    /// Rows of drawing when no `size` is given.
    static let defaultHeight = 16

    /// The session's plot style: its width, charset and number formatter.
    init(settings: Settings, width: Int? = nil, height: Int? = nil) {
        let format = settings.numberFormat
        self.init(width: width ?? settings.width, height: height ?? PlotStyle.defaultHeight,
                  charset: settings.ascii ? .ascii : .unicode) { format.string($0) }
    }
}

/// `hist(t, bins)`: the values of a tensor in equal-width bins.
final class HistogramFigure: PlotFigure {
    let histogram: Histogram
    init(values: [Double], bins: Int) { histogram = Histogram(values: values, bins: bins) }
    var kindName: String { "histogram" }
    func draw(_ style: PlotStyle) -> [String] {
        ["histogram of \(histogram.values.count) value\(histogram.values.count == 1 ? "" : "s") in \(histogram.binCount) bin\(histogram.binCount == 1 ? "" : "s")"]
            + histogram.render(style)
    }
}

/// `scatter(X, labels)`: points with a marker per class.
final class ScatterFigure: PlotFigure {
    let plot: ScatterPlot
    init(plot: ScatterPlot) { self.plot = plot }
    var kindName: String { "scatter plot" }
    func draw(_ style: PlotStyle) -> [String] { plot.render(style) }
}

/// `bar(values, labels)`: one bar per value.
final class BarFigure: PlotFigure {
    let chart: BarChart
    init(chart: BarChart) { self.chart = chart }
    var kindName: String { "bar chart" }
    func draw(_ style: PlotStyle) -> [String] { chart.render(style) }
}

/// `path(P)`: a sequence of points in the plane, such as an optimizer's trajectory; `contour …
/// with path(P)` draws it over a function's levels, and on its own it is drawn in the plane.
final class PathFigure: PlotFigure {
    let points: [(x: Double, y: Double)]
    /// The function's value at each point, when the path was made by running an optimizer.
    let values: [Double]?
    /// Why a run stopped before its last step, if it did.
    let stopReason: String?

    init(points: [(x: Double, y: Double)], values: [Double]? = nil, stopReason: String? = nil) {
        self.points = points
        self.values = values
        self.stopReason = stopReason
    }

    var kindName: String { "path" }
    var attributeNames: [String] { ["start", "end", "points"] + (values == nil ? [] : ["values"]) }

    func attribute(_ name: String, session: Session) throws -> Value {
        switch name {
        case "start": return .constant(Tensor([points[0].x, points[0].y]))
        case "end": return .constant(Tensor([points[points.count - 1].x, points[points.count - 1].y]))
        case "values":
            guard let values else { throw NotebookError.evaluation("this path was given as points; only a trajectory(…) knows f's values") }
            return .constant(Tensor(values))
        default: return .constant(try Tensor(shape: [points.count, 2], scalars: points.flatMap { [$0.x, $0.y] }))
        }
    }

    func draw(_ style: PlotStyle) -> [String] {
        ["path of \(points.count) point\(points.count == 1 ? "" : "s") from (\(style.format(points[0].x)), \(style.format(points[0].y))) to (\(style.format(points[points.count - 1].x)), \(style.format(points[points.count - 1].y)))"]
            + (stopReason.map { ["(\($0))"] } ?? [])
            + LinePlot(series: [.init(label: "path, in order", points: points)]).render(style)
    }
}
