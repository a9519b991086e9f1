/// How values spread: equal-width bins from the smallest value to the largest, one row per
/// bin with its interval, a bar and its count.
///
/// The bins follow NumPy's `histogram` (and PyTorch's `histc` over the data's range): bin i
/// holds edgeᵢ ≤ v < edgeᵢ₊₁, the last bin also holds its right edge, and a constant sample
/// gets the range v − 0.5 … v + 0.5 (so does one constant up to rounding, such as sin²x + cos²x:
/// bins a few ulps wide would all be labelled alike).
public struct Histogram: Sendable {
    public let values: [Double]
    public let binCount: Int

    /// At least one bin, at most ``maximumBins``.
    public init(values: [Double], bins: Int) {
        self.values = values
        self.binCount = Swift.min(Swift.max(bins, 1), Histogram.maximumBins)
    }

    public static let maximumBins = 200

    /// The bin edges (`binCount + 1` of them) and the count of each bin; nil without finite values.
    public func bins() -> (edges: [Double], counts: [Int])? {
        var finite = values.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else { return nil }
        if let constant = Scale.constant(of: [low, high]) {
            finite = finite.map { _ in constant }
            (low, high) = (constant - 0.5, constant + 0.5)
        }
        guard let scale = Scale(low, high) else { return nil }
        let n = binCount
        // As numpy.linspace: start + i·(span / n), and the last edge exactly the largest value.
        let width = scale.span(over: Double(n))
        var edges = (0...n).map { scale.lower + Double($0) * width }
        edges[n] = scale.upper
        var counts = Array(repeating: 0, count: n)
        for value in finite {
            let estimate = (scale.fraction(value) * Double(n)).rounded(.down)
            var bin = estimate.isFinite ? Int(Swift.min(Swift.max(estimate, 0), Double(n - 1))) : 0
            // The estimate can be one off at an edge through rounding: the edges decide.
            if bin > 0 && value < edges[bin] { bin -= 1 }
            if bin < n - 1 && value >= edges[bin + 1] { bin += 1 }
            counts[bin] += 1
        }
        return (edges, counts)
    }

    /// The histogram, one line per bin, then a line saying how many values were left out for
    /// not being finite.
    public func render(_ style: PlotStyle) -> [String] {
        guard let (edges, counts) = bins() else { return ["(nothing to plot: no finite value)"] }
        let labels = (0..<binCount).map { i in
            "[\(style.format(edges[i])), \(style.format(edges[i + 1]))" + (i == binCount - 1 ? "]" : ")")
        }
        let rows = zip(labels, counts).map { (label: $0, value: Double($1), text: String($1)) }
        var lines = Bars.render(rows, style: style)
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

    public init(labels: [String], values: [Double]) {
        self.labels = labels
        self.values = values
    }

    public func render(_ style: PlotStyle) -> [String] {
        guard !values.isEmpty else { return ["(nothing to plot: no values)"] }
        let rows = values.enumerated().map { i, value in
            (label: i < labels.count ? labels[i] : String(i), value: value, text: style.format(value))
        }
        return Bars.render(rows, style: style)
    }
}

/// Horizontal bars shared by histograms and bar charts: `label │████▌ text`.
enum Bars {
    static func render(_ rows: [(label: String, value: Double, text: String)], style: PlotStyle) -> [String] {
        let glyphs = style.glyphs
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let textWidth = rows.map(\.text.count).max() ?? 0
        let barWidth = Swift.max(style.width - labelWidth - textWidth - 3, 4)
        let finite = rows.map(\.value).filter(\.isFinite)
        let low = Swift.min(finite.min() ?? 0, 0), high = Swift.max(finite.max() ?? 0, 0)
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
                    if eighths == 8 { bar[start + full] = glyphs.bar } else if eighths > 0 { bar[start + full] = glyphs.partialBars[eighths - 1] }
                }
            }
            let label = row.label + String(repeating: " ", count: labelWidth - row.label.count)
            return (label + " " + String(glyphs.vertical) + String(bar) + " " + row.text).trimmingTrailingSpaces
        }
    }
}
