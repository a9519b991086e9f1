/// Points in the plane with a marker per class, as for a classification data set.
public struct ScatterPlot: Sendable {
    public struct Point: Sendable, Equatable {
        public let x: Double
        public let y: Double
        /// The class, 0 ..< classNames.count; its marker and legend entry.
        public let group: Int

        public init(x: Double, y: Double, group: Int) {
            self.x = x
            self.y = y
            self.group = group
        }
    }

    public let points: [Point]
    /// The legend's label of each class, by class number.
    public let classNames: [String]

    /// The title and axis labels.
    public var labels: PlotLabels

    public init(points: [Point], classNames: [String], labels: PlotLabels = PlotLabels()) {
        self.points = points
        self.classNames = classNames
        self.labels = labels
    }

    /// The plot, line by line, with its legend. Points are drawn in order, so where two share a character the
    /// later one shows; points with a coordinate that is not finite are left out.
    public func render(_ style: PlotStyle) -> [String] {
        let shown = points.filter { $0.x.isFinite && $0.y.isFinite }
        guard let xScale = Scale(covering: shown.map(\.x)), let yScale = Scale(covering: shown.map(\.y)) else {
            return ["(nothing to plot: no point has finite coordinates)"]
        }
        let axes = Axes(x: xScale, y: yScale, placement: .endpoints, style: style, looseX: true, looseY: true)
        let markers = style.glyphs.classMarkers
        let (constantX, constantY) = (Scale.constant(of: shown.map(\.x)), Scale.constant(of: shown.map(\.y)))
        var canvas = Canvas(columns: axes.columns, rows: axes.rows)
        for point in shown {
            guard let column = axes.column(of: constantX ?? point.x), let row = axes.row(of: constantY ?? point.y)
            else { continue }
            canvas.setGlyph(marker(point.group, markers), column: column, row: row)
        }
        // Inside, in a corner without points, or else below.
        let legend = classNames.enumerated().map {
            (marker: String(marker($0.offset, markers)), label: $0.element, owner: -1)
        }
        let inside = LegendPlacement.place(legend, on: &canvas) != nil
        return axes.frame(canvas.lines(), labels: labels)
            + (inside ? [] : Legend.lines(legend.map { ($0.marker, $0.label) }, width: style.width))
    }

    /// Markers repeat after the last one; a negative class (never made by the notebook) takes the first.
    private func marker(_ group: Int, _ markers: [Character]) -> Character {
        markers[group >= 0 ? group % markers.count : 0]
    }
}
