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

    public init(series: [Series], xRange: ClosedRange<Double>? = nil) {
        self.series = series
        self.xRange = xRange
    }

    /// The plot, line by line: the framed drawing, then a legend when there is more than one
    /// series or the one series has a label.
    public func render(_ style: PlotStyle) -> [String] {
        let points = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
        guard let xScale = xRange.flatMap({ Scale($0.lowerBound, $0.upperBound) }) ?? Scale(covering: points.map(\.x)),
              let yScale = Scale(covering: points.map(\.y)) else {
            return ["(nothing to plot: no point has a finite value)"]
        }
        let axes = Axes(x: xScale, y: yScale, placement: .endpoints, style: style, looseX: xRange == nil, looseY: true)
        let constant = Scale.constant(of: points.map(\.y))
        let glyphs = style.glyphs
        var canvas = Canvas(columns: axes.columns, rows: axes.rows)
        var legend: [(marker: String, label: String)] = []
        // Markers go on top of the braille curve, and the first series on top of the others.
        for (index, series) in series.enumerated().reversed() {
            let usesBraille = glyphs.braille && index == 0
            let marker = glyphs.seriesMarkers[(glyphs.braille ? Swift.max(index - 1, 0) : index) % glyphs.seriesMarkers.count]
            let (across, down) = axes.dotsPerCell(braille: usesBraille)
            var previous: (x: Double, y: Double)?
            for point in series.points {
                guard point.x.isFinite, point.y.isFinite else { previous = nil; continue }
                let position = axes.position(x: point.x, y: constant ?? point.y, across: across, down: down)
                let segment = LineRaster.points(from: previous ?? position, to: position,
                                                columns: axes.columns * across, rows: axes.rows * down)
                for dot in segment {
                    if usesBraille { canvas.setDot(x: dot.x, y: dot.y) } else { canvas.setGlyph(marker, column: dot.x, row: dot.y) }
                }
                previous = position
            }
            legend.insert((usesBraille ? "⠒⠒" : String(marker), series.label), at: 0)
        }
        let showLegend = series.count > 1 || !(series.first?.label.isEmpty ?? true)
        return axes.frame(canvas.lines()) + (showLegend ? Legend.lines(legend, width: style.width) : [])
    }
}
