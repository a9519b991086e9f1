import Tensors
import TermPlot

/// A notebook object that draws itself as a plot: what `hist`, `scatter`, `bar` and `path`
/// return. `plot` draws it at the size asked for; on its own it prints at the default size.
protocol PlotFigure: NotebookObject {
    /// The figure with `labels` in place of the ones it was made with (each one given wins).
    func draw(_ style: PlotStyle, labels: PlotLabels) -> [String]
}

extension PlotFigure {
    public func render(settings: Settings) -> String {
        draw(PlotStyle(settings: settings), labels: PlotLabels()).joined(separator: "\n")
    }
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
        self.init(
            width: width ?? settings.width, height: height ?? PlotStyle.defaultHeight,
            charset: settings.ascii ? .ascii : .unicode
        ) { format.string($0) }
    }
}

/// `hist(t, bins)`: the values of a tensor in equal-width bins (or round ones).
final class HistogramFigure: PlotFigure {
    let histogram: Histogram
    init(histogram: Histogram) { self.histogram = histogram }
    var kindName: String { "histogram" }
    func draw(_ style: PlotStyle, labels: PlotLabels) -> [String] {
        var histogram = histogram
        histogram.labels = histogram.labels.overridden(by: labels)
        let counted = histogram.bins()  // once, for the heading and the drawing
        let bins = counted?.counts.count ?? histogram.binCount
        let count = histogram.values.count
        let kind = histogram.roundEdges ? "round bin" : "bin"
        return underTitle(
            ["histogram of \(count) value\(count == 1 ? "" : "s") in \(bins) \(kind)\(bins == 1 ? "" : "s")"],
            histogram.render(style, bins: counted), labels: histogram.labels)
    }
}

/// A figure's heading (what it shows) after its title, which is the figure's first line when
/// it has one: the title goes first.
private func underTitle(_ heading: [String], _ figure: [String], labels: PlotLabels) -> [String] {
    let titled = labels.title?.isEmpty == false
    return Array(figure.prefix(titled ? 1 : 0)) + heading + figure.dropFirst(titled ? 1 : 0)
}

/// `scatter(X, labels)`: points with a marker per class.
final class ScatterFigure: PlotFigure {
    let plot: ScatterPlot
    init(plot: ScatterPlot) { self.plot = plot }
    var kindName: String { "scatter plot" }
    func draw(_ style: PlotStyle, labels: PlotLabels) -> [String] {
        var plot = plot
        plot.labels = plot.labels.overridden(by: labels)
        return plot.render(style)
    }
}

/// `bar(values, labels)`: one bar per value.
final class BarFigure: PlotFigure {
    let chart: BarChart
    init(chart: BarChart) { self.chart = chart }
    var kindName: String { "bar chart" }
    func draw(_ style: PlotStyle, labels: PlotLabels) -> [String] {
        var chart = chart
        chart.axisLabels = chart.axisLabels.overridden(by: labels)
        return chart.render(style)
    }
}

/// `path(P)`: a sequence of points in the plane, such as an optimizer's trajectory; `contour …
/// with path(P)` draws it over a function's levels, and on its own it is drawn in the plane.
final class PathFigure: PlotFigure {
    let points: [(x: Double, y: Double)]
    /// The function's value at each point, when the path was made by running an optimizer.
    let values: [Double]?
    /// Why a run stopped before its last step, if it did.
    let stopReason: String?

    /// The title and axis labels it was made with.
    let labels: PlotLabels

    init(
        points: [(x: Double, y: Double)], values: [Double]? = nil, stopReason: String? = nil,
        labels: PlotLabels = PlotLabels()
    ) {
        self.points = points
        self.values = values
        self.stopReason = stopReason
        self.labels = labels
    }

    var kindName: String { "path" }
    var attributeNames: [String] { ["start", "end", "points"] + (values == nil ? [] : ["values"]) }

    func attribute(_ name: String, session: Session) throws -> Value {
        switch name {
        case "start": return .constant(Tensor([points[0].x, points[0].y]))
        case "end": return .constant(Tensor([points[points.count - 1].x, points[points.count - 1].y]))
        case "values":
            guard let values else {
                throw NotebookError.evaluation("this path was given as points; only a trajectory(…) knows f's values")
            }
            return .constant(Tensor(values))
        default: return .constant(try Tensor(shape: [points.count, 2], scalars: points.flatMap { [$0.x, $0.y] }))
        }
    }

    func draw(_ style: PlotStyle, labels: PlotLabels) -> [String] {
        let labels = self.labels.overridden(by: labels)
        return underTitle(
            [
                "path of \(points.count) point\(points.count == 1 ? "" : "s") from (\(style.format(points[0].x)), \(style.format(points[0].y))) to (\(style.format(points[points.count - 1].x)), \(style.format(points[points.count - 1].y)))"
            ]
                + (stopReason.map { ["(\($0))"] } ?? []),
            LinePlot(series: [.init(label: "path, in order", points: points)], labels: labels).render(style),
            labels: labels)
    }
}
