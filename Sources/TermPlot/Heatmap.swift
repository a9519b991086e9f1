/// A function of two variables shaded by level, as a contour map, with an optional path on
/// top (an optimizer's trajectory): its segments drawn by direction, its points marked, and
/// its start and end lettered S and E.
///
/// The caller samples the function at the centre of each character cell: ask ``grid`` for
/// where, then pass the values in ``init(grid:values:path:)``.
public struct Heatmap: Sendable {
    /// Where a heatmap samples its function: the centres of its character cells.
    public struct Grid: Sendable {
        /// The x of each column, left to right.
        public let xs: [Double]
        /// The y of each row, top to bottom (largest y first).
        public let ys: [Double]
        let axes: Axes

        /// The grid for a plot of `x` and `y` ranges in `style`; nil when a range is not
        /// finite or is empty.
        public init?(x: ClosedRange<Double>, y: ClosedRange<Double>, style: PlotStyle) {
            guard x.lowerBound < x.upperBound, y.lowerBound < y.upperBound,
                let xScale = Scale(x.lowerBound, x.upperBound), let yScale = Scale(y.lowerBound, y.upperBound)
            else { return nil }
            let axes = Axes(x: xScale, y: yScale, placement: .cells, style: style)
            self.axes = axes
            xs = (0..<axes.columns).map {
                xScale.value(atFraction: Placement.cells.fraction(atPosition: $0, count: axes.columns))
            }
            ys = (0..<axes.rows).map {
                yScale.value(atFraction: Placement.cells.fraction(atPosition: axes.rows - 1 - $0, count: axes.rows))
            }
        }
    }

    /// A path drawn over the levels, named in the legend when there are several.
    public struct Path: Sendable {
        public let label: String
        public let points: [(x: Double, y: Double)]
        public init(label: String, points: [(x: Double, y: Double)]) {
            self.label = label
            self.points = points
        }
    }

    /// How the level boundaries are spaced.
    public enum LevelScale: Sendable {
        /// Round values evenly spaced over the values' range.
        case linear
        /// Powers of ten, for a function whose values span decades (on a linear scale
        /// Rosenbrock's valley shares the lowest shade with most of the map).
        case logarithmic
    }

    public let grid: Grid
    /// `values[row][column]`, rows top to bottom as ``Grid/ys``.
    public let values: [[Double]]
    /// The paths, drawn in order (a later one over an earlier one); may be empty.
    public let paths: [Path]
    public let levelScale: LevelScale
    /// The title and axis labels.
    public var labels = PlotLabels()

    /// The first path's points in order; empty without a path.
    public var path: [(x: Double, y: Double)] { paths.first?.points ?? [] }

    public init(grid: Grid, values: [[Double]], path: [(x: Double, y: Double)] = []) {
        self.init(grid: grid, values: values, paths: path.isEmpty ? [] : [Path(label: "path", points: path)])
    }

    public init(grid: Grid, values: [[Double]], paths: [Path], levelScale: LevelScale = .linear) {
        self.grid = grid
        self.values = values
        self.paths = paths.filter { !$0.points.isEmpty }
        self.levelScale = levelScale
    }

    /// The level boundaries: splitting the finite values' range into at most as many bands as
    /// the charset has shades — round values, or powers of ten on a logarithmic scale (linear
    /// when fewer than one decade of positive values leaves no power of ten inside); none (one
    /// band) for values that are one value up to rounding errors.
    public func levels(shadeCount: Int) -> [Double] {
        let flat = values.flatMap { $0 }
        guard Scale.constant(of: flat) == nil else { return [] }
        if levelScale == .logarithmic, let powers = logarithmicLevels(shadeCount: shadeCount) { return powers }
        guard let scale = Scale(covering: flat) else { return [] }
        for target in stride(from: shadeCount, through: 1, by: -1) {
            let inside = NiceTicks.values(in: scale, target: target).filter { $0 > scale.lower && $0 < scale.upper }
            if inside.count + 1 <= shadeCount { return inside }
        }
        return []
    }

    /// The heatmap at the size its grid was made for, in `style`'s charset.
    public func render(_ style: PlotStyle) -> [String] { render(style, palette: []) }

    /// The same heatmap with each of several paths in its own ANSI colour (SGR codes such as
    /// "34", taken in turn from `palette`), its points and its legend marker, for a colour
    /// terminal; the visible text is exactly ``render(_:)``'s. One path is not coloured.
    public func renderColoured(_ style: PlotStyle, palette: [String] = LinePlot.palette) -> [String] {
        render(style, palette: palette)
    }

    private func render(_ style: PlotStyle, palette: [String]) -> [String] {
        let axes = grid.axes
        let glyphs = style.glyphs
        let boundaries = levels(shadeCount: glyphs.shades.count)
        // Spread the bands over the whole ramp, so that the lowest is blank and the highest solid.
        let bandCount = boundaries.count + 1
        func shade(_ band: Int) -> Character {
            bandCount == 1
                ? glyphs.shades[0]
                : glyphs.shades[(band * (glyphs.shades.count - 1) + (bandCount - 1) / 2) / (bandCount - 1)]
        }
        var canvas = Canvas(columns: axes.columns, rows: axes.rows)
        var undefined = 0
        for row in 0..<axes.rows {
            for column in 0..<axes.columns {
                let value = row < values.count && column < values[row].count ? values[row][column] : .nan
                guard !value.isNaN else {
                    undefined += 1
                    canvas.setGlyph(glyphs.undefined, column: column, row: row)
                    continue
                }
                canvas.setGlyph(shade(boundaries.filter { value >= $0 }.count), column: column, row: row)
            }
        }
        if paths.count > 1 {
            let outside = drawPaths(on: &canvas, axes: axes, style: style)
            var lines = axes.frame(
                canvas.lines { owner in owner >= 0 && !palette.isEmpty ? palette[owner % palette.count] : nil },
                labels: labels)
            lines += Legend.lines(levelLegend(boundaries, shade: shade, style: style), width: style.width)
            if undefined > 0 {
                lines.append("\(glyphs.undefined) not a number (\(undefined) cell\(undefined == 1 ? "" : "s"))")
            }
            return lines + pathLegend(outside: outside, axes: axes, style: style, palette: palette)
        }
        let outside = drawPath(on: &canvas, axes: axes, glyphs: glyphs)
        var lines = axes.frame(canvas.lines(), labels: labels)
        lines += Legend.lines(levelLegend(boundaries, shade: shade, style: style), width: style.width)
        if undefined > 0 {
            lines.append("\(glyphs.undefined) not a number (\(undefined) cell\(undefined == 1 ? "" : "s"))")
        }
        if !path.isEmpty {
            var text =
                "\(glyphs.pathStart) start  \(glyphs.pathPoint) step  \(glyphs.pathEnd) end  (\(path.count) point\(path.count == 1 ? "" : "s")"
            if outside > 0 { text += ", \(outside) outside the plotted range" }
            if endsUnderStart(paths[0], axes: axes) { text += ", the end under S" }
            lines.append(text + ")")
        }
        return lines
    }

    /// `" " below 1   "░" 1 to 2   …   "█" 4 and above`.
    private func levelLegend(_ boundaries: [Double], shade: (Int) -> Character, style: PlotStyle) -> [(
        marker: String, label: String
    )] {
        guard !boundaries.isEmpty else {
            let only =
                values.flatMap { $0 }.first(where: \.isFinite).map { "all " + style.format($0) } ?? "no finite value"
            return [("\"\(shade(0))\"", only)]
        }
        return (0...boundaries.count).map { band in
            let label: String
            if band == 0 {
                label = "below " + style.format(boundaries[0])
            } else if band == boundaries.count {
                label = style.format(boundaries[band - 1]) + " and above"
            } else {
                label = style.format(boundaries[band - 1]) + " to " + style.format(boundaries[band])
            }
            return ("\"\(shade(band))\"", label)
        }
    }

    /// Draws the path and returns how many of its points fall outside the plot.
    private func drawPath(on canvas: inout Canvas, axes: Axes, glyphs: Glyphs) -> Int {
        for cell in segmentCells(of: path, axes: axes, glyphs: glyphs) {
            canvas.setGlyph(cell.glyph, column: cell.column, row: cell.row)
        }
        // Points over segments, the end over points, and the start over everything: where the
        // path comes back to where it began, S still shows (the legend says where it ends).
        var outside = 0
        for point in path {
            guard let cell = axes.cell(x: point.x, y: point.y) else {
                outside += 1
                continue
            }
            canvas.setGlyph(glyphs.pathPoint, column: cell.column, row: cell.row)
        }
        if let end = path.last, let cell = axes.cell(x: end.x, y: end.y) {
            canvas.setGlyph(glyphs.pathEnd, column: cell.column, row: cell.row)
        }
        if let start = path.first, let cell = axes.cell(x: start.x, y: start.y) {
            canvas.setGlyph(glyphs.pathStart, column: cell.column, row: cell.row)
        }
        return outside
    }

    /// The cells of the segments between consecutive points, each with the glyph of its direction.
    func segmentCells(of points: [(x: Double, y: Double)], axes: Axes, glyphs: Glyphs) -> [(
        glyph: Character, column: Int, row: Int
    )] {
        let positions = points.map { axes.position(x: $0.x, y: $0.y, across: 1, down: 1) }
        return zip(positions, positions.dropFirst()).flatMap { a, b in
            let glyph = direction(from: a, to: b, glyphs)
            return LineRaster.points(from: a, to: b, columns: axes.columns, rows: axes.rows).map { (glyph, $0.x, $0.y) }
        }
    }

    /// The segment glyph closest to the direction from `a` to `b` (y grows downwards).
    private func direction(from a: (x: Double, y: Double), to b: (x: Double, y: Double), _ glyphs: Glyphs) -> Character
    {
        let dx = b.x - a.x
        let dy = b.y - a.y
        if Swift.abs(dy) <= Swift.abs(dx) * 0.4142 { return glyphs.pathHorizontal }  // within 22.5° of horizontal
        if Swift.abs(dx) <= Swift.abs(dy) * 0.4142 { return glyphs.pathVertical }
        return (dx > 0) == (dy < 0) ? glyphs.pathRising : glyphs.pathFalling
    }
}
