/// The frame around a drawing: the y axis with its tick labels on the left, the x axis with
/// its ticks below, and the tick labels under it.
///
///     1 ┤      ⣀⠤⠒
///       │   ⡠⠊
///     0 ┤⣀⠔⠁
///       └┬────┬────┬
///        -1   0    1
struct Axes {
    let x: Scale
    let y: Scale
    let placement: Placement
    let style: PlotStyle
    let yTicks: [(value: Double, label: String)]
    let labelWidth: Int
    /// The size of the drawing area in characters.
    let columns: Int
    let rows: Int
    /// Whether an axis is logarithmic (``LogAxis``): its scale holds base-10 logarithms.
    let logX: Bool
    let logY: Bool

    /// A frame for data in `x` × `y`. A `loose` axis is widened to the round values just
    /// beyond the data, so that its ends carry labels; a range the user gave stays exact.
    init(
        x: Scale, y: Scale, placement: Placement, style: PlotStyle, looseX: Bool = false, looseY: Bool = false,
        logX: Bool = false, logY: Bool = false
    ) {
        let yTarget = Swift.max(2, style.height / 3)
        let xTarget = Swift.max(2, style.width / 12)
        self.x = !looseX ? x : logX ? LogAxis.loosened(x, target: xTarget) : NiceTicks.loosened(x, target: xTarget)
        self.y = !looseY ? y : logY ? LogAxis.loosened(y, target: yTarget) : NiceTicks.loosened(y, target: yTarget)
        self.placement = placement
        self.style = style
        self.logX = logX
        self.logY = logY
        rows = style.height
        yTicks = (logY ? LogAxis.ticks(in: self.y, target: yTarget) : NiceTicks.values(in: self.y, target: yTarget))
            .map { ($0, style.format(logY ? LogAxis.value(at: $0) : $0)) }
        // Left of the drawing: the widest label, a space and the axis line.
        labelWidth = yTicks.map(\.label.count).max() ?? 0
        columns = Swift.max(style.width - labelWidth - 2, 8)
    }

    /// Dot or character positions per cell, across and down, for drawing on this frame.
    func dotsPerCell(braille: Bool) -> (across: Int, down: Int) {
        braille ? (Canvas.dotsAcross, Canvas.dotsDown) : (1, 1)
    }

    /// Where a data point falls on a grid with `across` × `down` positions per cell: fractional
    /// positions, x to the right and y down from the top.
    func position(x value: Double, y other: Double, across: Int, down: Int) -> (x: Double, y: Double) {
        let width = columns * across
        let height = rows * down
        let px = placement.position(x.fraction(value), count: width)
        let py = Double(height - 1) - placement.position(y.fraction(other), count: height)
        return (px, py)
    }

    /// The character column of an x value and the row of a y value; nil outside the plot.
    func column(of value: Double) -> Int? {
        cell(placement.position(x.fraction(value), count: columns), count: columns)
    }
    func row(of value: Double) -> Int? {
        cell(Double(rows - 1) - placement.position(y.fraction(value), count: rows), count: rows)
    }

    /// The cell of a data point; nil outside the plot.
    func cell(x value: Double, y other: Double) -> (column: Int, row: Int)? {
        guard let column = column(of: value), let row = row(of: other) else { return nil }
        return (column, row)
    }

    /// The cell of a position; the outer half of the first and last cells count as theirs (a
    /// heatmap's range ends at the cells' outer edges).
    func cell(_ position: Double, count: Int) -> Int? {
        guard position.isFinite, position >= -0.5, position <= Double(count) - 0.5 else { return nil }
        return Swift.min(Swift.max(Int(position.rounded()), 0), count - 1)
    }

    /// The drawing's rows inside the frame, with the axes and the tick labels, under the title
    /// and the y label, over the x label (``PlotLabels``): titles are centred over the drawing.
    func frame(_ drawing: [String], labels: PlotLabels = PlotLabels()) -> [String] {
        let offset = labelWidth + 2
        let charset = style.charset
        let above = [
            PlotLabels.centred(labels.title, over: columns, from: offset, width: style.width, charset: charset),
            PlotLabels.fitted(labels.y, width: style.width, charset: charset),
        ]
        let below = PlotLabels.centred(labels.x, over: columns, from: offset, width: style.width, charset: charset)
        return above.compactMap { $0 } + framed(drawing) + (below.map { [$0] } ?? [])
    }

    private func framed(_ drawing: [String]) -> [String] {
        let glyphs = style.glyphs
        var labelOfRow: [Int: String] = [:]
        for tick in yTicks { if let row = row(of: tick.value), labelOfRow[row] == nil { labelOfRow[row] = tick.label } }
        var lines = drawing.enumerated().map { row, text -> String in
            let label = labelOfRow[row]
            return String(repeating: " ", count: labelWidth - (label?.count ?? 0)) + (label ?? "") + " "
                + String(label == nil ? glyphs.vertical : glyphs.yTick) + text
        }
        let xTicks = xTickLabels()
        var baseline = Array(repeating: glyphs.horizontal, count: columns)
        for tick in xTicks { baseline[tick.column] = glyphs.xTick }
        lines.append(String(repeating: " ", count: labelWidth + 1) + String(glyphs.corner) + String(baseline))
        let labelsEnd = xTicks.map { $0.start + $0.label.count }.max() ?? 0
        var labels = Array(repeating: Character(" "), count: labelsEnd)
        for tick in xTicks {
            for (offset, character) in tick.label.enumerated() { labels[tick.start + offset] = character }
        }
        lines.append(String(labels))
        return lines.map(\.trimmingTrailingSpaces)
    }

    /// The x ticks that fit: as many round values as leave a space between neighbouring labels.
    private func xTickLabels() -> [(column: Int, start: Int, label: String)] {
        let offset = labelWidth + 2
        var target = Swift.max(columns / 10, 2)
        while true {
            var placed: [(column: Int, start: Int, label: String)] = []
            var fits = true
            for value in logX ? LogAxis.ticks(in: x, target: target) : NiceTicks.values(in: x, target: target) {
                guard let column = column(of: value) else { continue }
                let label = style.format(logX ? LogAxis.value(at: value) : value)
                // Centred under the tick, but never past either side of the figure.
                let start = Swift.max(Swift.min(offset + column - (label.count - 1) / 2, style.width - label.count), 0)
                if let last = placed.last, start <= last.start + last.label.count {
                    fits = false
                    break
                }
                placed.append((column, start, label))
            }
            if fits || target <= 1 { return fits ? placed : Array(placed.prefix(1)) }
            target -= 1
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// The legend under a plot: one entry per series or class, wrapped to the figure's width.
enum Legend {
    /// `markerColours` (ANSI SGR codes, by entry) colour the markers; widths count only the
    /// visible text, so the coloured legend wraps where the plain one does.
    static func lines(_ entries: [(marker: String, label: String)], width: Int, markerColours: [String?] = [])
        -> [String]
    {
        var lines: [String] = []
        var line = ""
        var visible = 0
        for (index, entry) in entries.enumerated() {
            let length = entry.marker.count + 1 + entry.label.count
            let code = index < markerColours.count ? markerColours[index] : nil
            let text = (code.map { "\u{1B}[\($0)m\(entry.marker)\u{1B}[0m" } ?? entry.marker) + " " + entry.label
            if visible > 0 && visible + 3 + length > width {
                lines.append(line)
                line = ""
                visible = 0
            }
            line += visible == 0 ? text : "   " + text
            visible += visible == 0 ? length : 3 + length
        }
        if visible > 0 { lines.append(line) }
        return lines
    }
}
