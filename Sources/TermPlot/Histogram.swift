/// How values spread: equal-width bins from the smallest value to the largest, one row per
/// bin with its interval, a bar and its count.
///
/// The bins follow NumPy's `histogram` (and PyTorch's `histc` over the data's range): bin i
/// holds edgeᵢ ≤ v < edgeᵢ₊₁, the last bin also holds its right edge, and a constant sample
/// gets the range v − 0.5 … v + 0.5 (so does one constant up to rounding, such as sin²x + cos²x:
/// bins a few ulps wide would all be labelled alike).
///
/// With `roundEdges` the edges are instead multiples of a round step (1, 2 or 5 times a power
/// of ten) from the multiple at or below the smallest value to the one at or above the largest:
/// the smallest such step that needs no more than `binCount` bins, so there may be fewer.
public struct Histogram: Sendable {
    public let values: [Double]
    /// The bins asked for: exactly this many, or with round edges at most this many.
    public let binCount: Int
    public let roundEdges: Bool
    /// The title; `x` names the values (the bins, on the left), `y` the counts (the bars).
    public var labels: PlotLabels

    /// At least one bin, at most ``maximumBins``.
    public init(values: [Double], bins: Int, roundEdges: Bool = false, labels: PlotLabels = PlotLabels()) {
        self.values = values
        self.binCount = Swift.min(Swift.max(bins, 1), Histogram.maximumBins)
        self.roundEdges = roundEdges
        self.labels = labels
    }

    public static let maximumBins = 200
    /// The bins when the caller asks for no number.
    public static let defaultBinCount = 10

    /// The bin edges (`binCount + 1` of them) and the count of each bin; nil without finite values.
    public func bins() -> (edges: [Double], counts: [Int])? {
        var finite = values.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else { return nil }
        if let constant = Scale.constant(of: [low, high]) {
            finite = finite.map { _ in constant }
            (low, high) = (constant - 0.5, constant + 0.5)
        }
        guard let scale = Scale(low, high) else { return nil }
        let edges = (roundEdges ? Histogram.roundEdges(covering: scale, atMost: binCount) : nil) ?? equalEdges(scale)
        let n = edges.count - 1
        var counts = Array(repeating: 0, count: n)
        for value in finite {
            // The bin is decided by the edges themselves: the last edge ≤ value (the last bin
            // also holds its right edge).
            var low = 0
            var high = n - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if edges[middle] <= value { low = middle } else { high = middle - 1 }
            }
            counts[low] += 1
        }
        return (edges, counts)
    }

    /// As numpy.linspace: start + i·(span / n), and the last edge exactly the largest value.
    private func equalEdges(_ scale: Scale) -> [Double] {
        let n = binCount
        let width = scale.span(over: Double(n))
        var edges = (0...n).map { scale.lower + Double($0) * width }
        edges[n] = scale.upper
        return edges
    }

    /// Multiples of the smallest round step that covers `scale` in at most `count` bins; nil when
    /// there is none (a range too wide or too far from zero for round numbers).
    static func roundEdges(covering scale: Scale, atMost count: Int) -> [Double]? {
        guard var step = NiceTicks.step(for: scale, target: count) else { return nil }
        // Each try is a larger step, so a few dozen reach any span a Double can hold.
        for _ in 0..<64 {
            // A hair of slack, so that 0.3 / 0.1 = 2.999… still starts at 0.3.
            let first = (scale.lower / step.size + 1e-9).rounded(.down)
            let last = (scale.upper / step.size - 1e-9).rounded(.up)
            if first.isFinite, last.isFinite, last - first <= Double(count) {
                var edges = stride(from: first, through: Swift.max(last, first + 1), by: 1).map { step.multiple($0) }
                // A multiple a hair off (0.1 × 3) must still cover the ends.
                if edges[0] > scale.lower { edges.insert(step.multiple(first - 1), at: 0) }
                if edges[edges.count - 1] < scale.upper { edges.append(step.multiple(Swift.max(last, first + 1) + 1)) }
                if edges.count - 1 <= count, edges.allSatisfy(\.isFinite) { return edges }
            }
            step = step.next
        }
        return nil
    }

    /// The histogram, one line per bin, then a line saying how many values were left out for
    /// not being finite.
    public func render(_ style: PlotStyle) -> [String] { render(style, bins: bins()) }

    /// The same, from bins already counted by ``bins()``.
    public func render(_ style: PlotStyle, bins: (edges: [Double], counts: [Int])?) -> [String] {
        guard let (edges, counts) = bins else { return ["(nothing to plot: no finite value)"] }
        let intervals = (0..<counts.count).map { i in
            "[\(style.format(edges[i])), \(style.format(edges[i + 1]))" + (i == counts.count - 1 ? "]" : ")")
        }
        let rows = zip(intervals, counts).map { (label: $0, value: Double($1), text: String($1)) }
        var lines = Bars.render(rows, style: style, labels: labels)
        let skipped = values.count - values.filter(\.isFinite).count
        if skipped > 0 { lines.append("(\(skipped) value\(skipped == 1 ? "" : "s") not finite, left out)") }
        return lines
    }
}

/// A labelled bar chart: one row per value, the bar's length proportional to the value and
/// drawn from a zero line (to the left for negative values).
public struct BarChart: Sendable {
    public let labels: [String]
    public let values: [Double]
    /// The title; `x` names the bars' labels (on the left), `y` the values.
    public var axisLabels: PlotLabels

    public init(labels: [String], values: [Double], axisLabels: PlotLabels = PlotLabels()) {
        self.labels = labels
        self.values = values
        self.axisLabels = axisLabels
    }

    public func render(_ style: PlotStyle) -> [String] {
        guard !values.isEmpty else { return ["(nothing to plot: no values)"] }
        let rows = values.enumerated().map { i, value in
            (label: i < labels.count ? labels[i] : String(i), value: value, text: style.format(value))
        }
        return Bars.render(rows, style: style, labels: axisLabels)
    }
}

/// Horizontal bars shared by histograms and bar charts: `label │████▌ text`, under the title
/// and a header line: the x label over the labels, the y label over the bars.
enum Bars {
    static func render(
        _ rows: [(label: String, value: Double, text: String)], style: PlotStyle,
        labels: PlotLabels = PlotLabels()
    ) -> [String] {
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let title = PlotLabels.centred(labels.title, over: style.width, width: style.width, charset: style.charset)
        let x = labels.x.flatMap { $0.isEmpty ? nil : $0 }
        let y = labels.y.flatMap { $0.isEmpty ? nil : $0 }
        let header =
            x == nil && y == nil
            ? nil
            : PlotLabels.fitted(
                ((x ?? "") + String(repeating: " ", count: Swift.max(labelWidth - (x?.count ?? 0), 0)) + "  "
                    + (y ?? "")).trimmingTrailingSpaces,
                width: style.width, charset: style.charset)
        return [title, header].compactMap { $0 } + bars(rows, labelWidth: labelWidth, style: style)
    }

    private static func bars(_ rows: [(label: String, value: Double, text: String)], labelWidth: Int, style: PlotStyle)
        -> [String]
    {
        let glyphs = style.glyphs
        let textWidth = rows.map(\.text.count).max() ?? 0
        let barWidth = Swift.max(style.width - labelWidth - textWidth - 3, 4)
        let finite = rows.map(\.value).filter(\.isFinite)
        let low = Swift.min(finite.min() ?? 0, 0)
        let high = Swift.max(finite.max() ?? 0, 0)
        let scale = Scale(low, high)
        // The zero line sits where 0 falls between the most negative and the largest value.
        let zero = scale.map { low < 0 ? Int(($0.fraction(0) * Double(barWidth)).rounded()) : 0 } ?? 0
        return rows.map { row in
            var bar = Array(repeating: Character(" "), count: barWidth)
            if let scale, row.value.isFinite, high > low {
                let end = scale.fraction(row.value) * Double(barWidth)
                let (from, to) = row.value >= 0 ? (Double(zero), end) : (end, Double(zero))
                let full = Int((to - from).rounded(.down))
                let start = Int(from.rounded())
                for i in 0..<full where start + i < barWidth { bar[start + i] = glyphs.bar }
                // Unicode shows eighths of a cell at the tip of a positive bar.
                let eighths = Int(((to - from - Double(full)) * 8).rounded())
                if row.value >= 0, !glyphs.partialBars.isEmpty, start + full < barWidth {
                    if eighths == 8 {
                        bar[start + full] = glyphs.bar
                    } else if eighths > 0 {
                        bar[start + full] = glyphs.partialBars[eighths - 1]
                    }
                }
            }
            let label = row.label + String(repeating: " ", count: labelWidth - row.label.count)
            return (label + " " + String(glyphs.vertical) + String(bar) + " " + row.text).trimmingTrailingSpaces
        }
    }
}
