/// Curves through points: functions sampled over a range, or data series against their index.
///
/// Unicode draws the first series in braille dots (2×4 per character) and every further series
/// with its own marker, so that curves stay apart without colour; ASCII draws each series with
/// its own marker. A point whose y is not finite breaks the curve there.
public struct LinePlot: Sendable {
    public struct Series: Sendable {
        public let label: String
        /// The points in drawing order; consecutive points are joined.
        public let points: [(x: Double, y: Double)]

        public init(label: String, points: [(x: Double, y: Double)]) {
            self.label = label
            self.points = points
        }

        /// `values` against their index 0, 1, 2, ….
        public init(label: String, values: [Double]) {
            self.init(label: label, points: values.enumerated().map { (Double($0.offset), $0.element) })
        }
    }

    public let series: [Series]
    /// The x range to show; the points' own range when nil.
    public let xRange: ClosedRange<Double>?
    /// Logarithmic axes (``LogAxis``): points with a coordinate ≤ 0 on one are gaps.
    public let logX: Bool
    public let logY: Bool

    /// The title and axis labels.
    public var labels: PlotLabels

    public init(
        series: [Series], xRange: ClosedRange<Double>? = nil, logX: Bool = false, logY: Bool = false,
        labels: PlotLabels = PlotLabels()
    ) {
        self.series = series
        self.xRange = xRange
        self.logX = logX
        self.logY = logY
        self.labels = labels
    }

    /// The plot, line by line: the framed drawing with a legend when there is more than one
    /// series or the one series has a label — inside, in a corner without data, or below.
    public func render(_ style: PlotStyle) -> [String] { render(style, palette: []) }

    /// The same plot with each series' curve and legend marker in its own ANSI colour (SGR
    /// codes such as "34", taken in turn from `palette`), for a colour terminal: the markers
    /// already tell series apart, the colours make it quicker. The visible text is exactly
    /// ``render(_:)``'s.
    public func renderColoured(_ style: PlotStyle, palette: [String] = LinePlot.palette) -> [String] {
        render(style, palette: palette)
    }

    /// Blue, red, green, magenta, cyan, yellow: the 8-colour terminal's distinct hues.
    public static let palette = ["34", "31", "32", "35", "36", "33"]

    private func render(_ style: PlotStyle, palette: [String]) -> [String] {
        // On a log axis everything below is drawn in logarithms; only the tick labels go back.
        let placed = series.map { one in
            Series(
                label: one.label,
                points: one.points.map { point in
                    (logX ? LogAxis.position(point.x) : point.x, logY ? LogAxis.position(point.y) : point.y)
                })
        }
        // A log axis needs its range above 0; the notebook checks, and a bad one falls back to the points'.
        let shownRange = xRange.flatMap { range -> ClosedRange<Double>? in
            guard logX else { return range }
            let low = LogAxis.position(range.lowerBound)
            let high = LogAxis.position(range.upperBound)
            return low.isFinite && high.isFinite && low <= high ? low...high : nil
        }
        let points = placed.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
        guard
            let xScale = shownRange.flatMap({ Scale($0.lowerBound, $0.upperBound) })
                ?? Scale(covering: points.map(\.x)),
            let yScale = Scale(covering: points.map(\.y))
        else {
            return [
                "(nothing to plot: no point has a finite value\(logX || logY ? " on these axes (a log axis leaves out values ≤ 0)" : ""))"
            ]
        }
        let axes = Axes(
            x: xScale, y: yScale, placement: .endpoints, style: style, looseX: xRange == nil, looseY: true,
            logX: logX, logY: logY)
        let constant = Scale.constant(of: points.map(\.y))
        let glyphs = style.glyphs
        var canvas = Canvas(columns: axes.columns, rows: axes.rows)
        var legend: [(marker: String, label: String, owner: Int)] = []
        // Markers go on top of the braille curve, and the first series on top of the others.
        for (index, series) in placed.enumerated().reversed() {
            let usesBraille = glyphs.braille && index == 0
            let marker = glyphs.seriesMarkers[
                (glyphs.braille ? Swift.max(index - 1, 0) : index) % glyphs.seriesMarkers.count]
            let (across, down) = axes.dotsPerCell(braille: usesBraille)
            var previous: (x: Double, y: Double)?
            for point in series.points {
                guard point.x.isFinite, point.y.isFinite else {
                    previous = nil
                    continue
                }
                let position = axes.position(x: point.x, y: constant ?? point.y, across: across, down: down)
                let segment = LineRaster.points(
                    from: previous ?? position, to: position,
                    columns: axes.columns * across, rows: axes.rows * down)
                for dot in segment {
                    if usesBraille {
                        canvas.setDot(x: dot.x, y: dot.y, owner: index)
                    } else {
                        canvas.setGlyph(marker, column: dot.x, row: dot.y, owner: index)
                    }
                }
                previous = position
            }
            legend.insert((usesBraille ? "⠒⠒" : String(marker), series.label, index), at: 0)
        }
        // One series needs no colour to be told apart.
        let colours = series.count > 1 && !palette.isEmpty ? series.indices.map { palette[$0 % palette.count] } : []
        let showLegend = series.count > 1 || !(series.first?.label.isEmpty ?? true)
        let inside = showLegend && LegendPlacement.place(legend, on: &canvas) != nil
        let drawing = canvas.lines { owner in owner >= 0 && owner < colours.count ? colours[owner] : nil }
        let below =
            showLegend && !inside
            ? Legend.lines(legend.map { ($0.marker, $0.label) }, width: style.width, markerColours: colours) : []
        return axes.frame(drawing, labels: labels) + below
    }
}
