import Autograd
import Tensors
import TermPlot

extension BuiltinTable {
    /// The most classes `scatter` tells apart: one per marker.
    static let maximumScatterClasses = 8

    /// Functions that make plot data (`hist`, `scatter`, `bar`, `path`).
    static let plotFunctions: [Builtin] = [
        Builtin(
            "hist", .plots,
            [
                .required("t"),
                Parameter(
                    name: "bins", defaultValue: .number(Double(Histogram.defaultBinCount)),
                    doc: "how many bins, from 1 to \(Histogram.maximumBins) (with round_edges: at most this many)"),
                .keyword(
                    "round_edges", .flag(false),
                    "edges at round numbers (multiples of 1, 2 or 5 times a power of ten) covering the data, the smallest such step that needs at most bins bins"
                ),
            ] + plotLabelParameters,
            summary:
                "A histogram of all the elements of t: equal-width bins from the smallest to the largest (or, with round_edges = true, at round numbers), each with its count. Draw it with plot hist(t), or print it on its own.",
            formula: "bin i holds edgeᵢ ≤ v < edgeᵢ₊₁ (the last also its right edge), as numpy.histogram",
            example:
                "hist([0.3, 1.2, 1.9, 2.4, 2.5, 3.1, 3.3, 4.8, 5.6], bins = 6, round_edges = true, title = \"nine values\", xlabel = \"value\", ylabel = \"count\")"
        ) { args, _ in
            let values = try args.variable("t").value.scalars
            let bins = try args.int("bins")
            guard (1...Histogram.maximumBins).contains(bins) else {
                throw NotebookError.evaluation(
                    "hist's bins must be from 1 to \(Histogram.maximumBins), got \(bins)", at: args.location)
            }
            return .object(
                HistogramFigure(
                    histogram: Histogram(
                        values: values, bins: bins, roundEdges: try args.bool("round_edges"),
                        labels: try args.plotLabels())))
        },
        Builtin(
            "scatter", .plots,
            [
                .required("X"),
                Parameter(
                    name: "labels", defaultValue: .text("none"),
                    doc:
                        "a class number 0 to \(maximumScatterClasses - 1) for each point; without it every point is one class"
                ),
            ] + plotLabelParameters,
            summary:
                "The rows of an N×2 tensor as points in the plane; with labels (N class numbers 0, 1, …, at most \(maximumScatterClasses) classes) each class gets its own marker and a legend entry, inside the plot in a corner without points (or below when every corner has some).",
            example:
                "scatter([[0, 0], [1, 2], [2, 1], [3, 3]], [0, 1, 0, 1], title = \"two classes\", xlabel = \"x₁\", ylabel = \"x₂\")"
        ) { args, _ in
            let points = try planePoints(args.variable("X").value, of: "scatter's X")
            let groups =
                try args.optionalVariable("labels").map { try classNumbers($0.value, count: points.count) }
                ?? Array(repeating: 0, count: points.count)
            let classCount = (groups.max() ?? 0) + 1
            let names = args.has("labels") ? (0..<classCount).map { "class \($0)" } : ["points"]
            let plot = ScatterPlot(
                points: zip(points, groups).map { ScatterPlot.Point(x: $0.x, y: $0.y, group: $1) }, classNames: names,
                labels: try args.plotLabels())
            return .object(ScatterFigure(plot: plot))
        },
        Builtin(
            "bar", .plots,
            [
                .required("values"),
                Parameter(
                    name: "labels", defaultValue: .text("none"),
                    doc: "one string of comma-separated names, one per bar; without it bars are numbered from 0"),
            ] + plotLabelParameters,
            summary:
                "A bar chart of a vector: one bar per element, from zero. labels is one string of comma-separated names; without it bars are numbered from 0.",
            example: "bar([0.92, 0.71, 0.35], \"sgd, momentum, adam\")"
        ) { args, _ in
            let values = try args.variable("values").value
            guard values.rank <= 1, values.count >= 1 else {
                throw NotebookError.evaluation(
                    "bar's values must be a vector with at least one element, got shape \(Shape.describe(values.shape))",
                    at: args.location)
            }
            var labels = (0..<values.count).map(String.init)
            if let given = args.value("labels") {
                guard case let .string(text) = given else {
                    throw NotebookError.evaluation(
                        "bar's labels must be a string such as \"a, b, c\", got a \(given.kindName)", at: args.location)
                }
                let names = text.split(separator: ",", omittingEmptySubsequences: false).map {
                    String($0).trimmingSpaces
                }
                guard names.count == values.count else {
                    throw NotebookError.evaluation(
                        "bar got \(values.count) value(s) but \(names.count) label(s)", at: args.location)
                }
                labels = names
            }
            return .object(
                BarFigure(chart: BarChart(labels: labels, values: values.scalars, axisLabels: try args.plotLabels())))
        },
        Builtin(
            "path", .plots, [.required("P")] + plotLabelParameters,
            summary:
                "The rows of a K×2 tensor as a path in the plane, in order: an optimizer's trajectory, say. contour f(x, y) … with path(P) draws it over f's levels; .start, .end and .points give it back.",
            example: "path([[2, 1], [1, 0.8], [0.4, 0.5], [0.1, 0.2], [0, 0]])"
        ) { args, _ in
            let points = try planePoints(args.variable("P").value, of: "path's P")
            guard !points.isEmpty else {
                throw NotebookError.evaluation("path needs at least one point", at: args.location)
            }
            return .object(PathFigure(points: points, labels: try args.plotLabels()))
        },
    ]

    /// The rows of an N×2 tensor (a single point may be a vector of two).
    static func planePoints(_ tensor: Tensor, of what: String) throws -> [(x: Double, y: Double)] {
        let rows: Int
        switch tensor.shape {
        case [2]: rows = 1
        case let shape where shape.count == 2 && shape[1] == 2: rows = shape[0]
        default:
            throw NotebookError.evaluation(
                "\(what) must be an N×2 tensor of points (x, y), got shape \(Shape.describe(tensor.shape))")
        }
        return (0..<rows).map { (tensor.scalars[2 * $0], tensor.scalars[2 * $0 + 1]) }
    }

    /// Class numbers 0, 1, … of `count` points.
    static func classNumbers(_ tensor: Tensor, count: Int) throws -> [Int] {
        guard tensor.count == count, tensor.rank <= 2 else {
            throw NotebookError.evaluation(
                "scatter needs one label per point: \(count) point(s), labels of shape \(Shape.describe(tensor.shape))")
        }
        return try tensor.scalars.map { value in
            guard value.isFinite, value == value.rounded(), value >= 0, value < Double(maximumScatterClasses) else {
                throw NotebookError.evaluation(
                    "scatter's labels must be class numbers 0 to \(maximumScatterClasses - 1), got \(NumberFormat().string(value))"
                )
            }
            return Int(value)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
