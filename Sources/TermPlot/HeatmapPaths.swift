import Foundation

/// Several paths over one heatmap (optimizers raced from one start), and logarithmic levels.
extension Heatmap {
    /// The marker of each path's points, in order, distinct from the charset's shades and
    /// segment glyphs; its end is marked with its number, its start with S.
    static func pathMarkers(_ charset: Charset) -> [Character] {
        charset == .unicode ? ["•", "×", "∘", "◆", "▪", "+"] : ["o", "x", "v", "^", "&", "$"]
    }

    /// The most paths one heatmap tells apart: one marker and one end digit each.
    public static let maximumPaths = 6

    /// Draws every path (segments by direction, points with the path's marker), then every
    /// end as the path's number and every start as S on top (nothing covers a start), each cell
    /// owned by its path (for colours); returns how many points of each path fall outside the plot.
    func drawPaths(on canvas: inout Canvas, axes: Axes, style: PlotStyle) -> [Int] {
        let glyphs = style.glyphs
        let markers = Heatmap.pathMarkers(style.charset)
        var outside = [Int](repeating: 0, count: paths.count)
        func set(_ glyph: Character, _ column: Int, _ row: Int, owner: Int) {
            canvas.setGlyph(glyph, column: column, row: row, owner: owner)
        }
        for (index, path) in paths.enumerated() {
            for cell in segmentCells(of: path.points, axes: axes, glyphs: glyphs) {
                set(cell.glyph, cell.column, cell.row, owner: index)
            }
            for point in path.points {
                guard let cell = axes.cell(x: point.x, y: point.y) else {
                    outside[index] += 1
                    continue
                }
                set(markers[index % markers.count], cell.column, cell.row, owner: index)
            }
        }
        for (index, path) in paths.enumerated() {
            if let end = path.points.last, let cell = axes.cell(x: end.x, y: end.y) {
                set(Character(String((index + 1) % 10)), cell.column, cell.row, owner: index)
            }
        }
        for (index, path) in paths.enumerated() {
            if let start = path.points.first, let cell = axes.cell(x: start.x, y: start.y) {
                set(glyphs.pathStart, cell.column, cell.row, owner: index)
            }
        }
        return outside
    }

    /// Whether a path's end falls in the cell of a start (its own or another path's), where
    /// the S hides it.
    func endsUnderStart(_ path: Path, axes: Axes) -> Bool {
        guard path.points.count > 1, let end = path.points.last, let endCell = axes.cell(x: end.x, y: end.y) else {
            return false
        }
        return paths.contains { other in
            other.points.first.flatMap { axes.cell(x: $0.x, y: $0.y) }.map { $0 == endCell } ?? false
        }
    }

    /// `S start   1 • sgd: 501 points, ends at (0.93, 0.87)`, one line per path, the marker
    /// in the path's colour when there is a palette.
    func pathLegend(outside: [Int], axes: Axes, style: PlotStyle, palette: [String] = []) -> [String] {
        let markers = Heatmap.pathMarkers(style.charset)
        var lines = ["\(style.glyphs.pathStart) start; each path's end is its number"]
        for (index, path) in paths.enumerated() {
            let end = path.points[path.points.count - 1]
            let marker = String(markers[index % markers.count])
            let shown = palette.isEmpty ? marker : "\u{1B}[\(palette[index % palette.count])m\(marker)\u{1B}[0m"
            var text =
                "\((index + 1) % 10) \(shown) \(path.label): \(path.points.count) point\(path.points.count == 1 ? "" : "s"), ends at (\(style.format(end.x)), \(style.format(end.y)))"
            if outside[index] > 0 { text += ", \(outside[index]) outside the plotted range" }
            if endsUnderStart(path, axes: axes) { text += ", the end under S" }
            lines.append(text)
        }
        return lines
    }

    /// Powers of ten strictly inside the range of the positive values (at most 12 decades
    /// below the largest), every k-th one so that they fit the shades; nil when none is inside.
    func logarithmicLevels(shadeCount: Int) -> [Double]? {
        let positive = values.flatMap { $0 }.filter { $0.isFinite && $0 > 0 }
        guard shadeCount > 1, let high = positive.max(), let lowest = positive.min() else { return nil }
        let low = Swift.max(lowest, high * 1e-12)
        let first = Int(log10(low).rounded(.down))
        let last = Int(log10(high).rounded(.up))
        guard first <= last else { return nil }
        let powers = (first...last).map { pow(10.0, Double($0)) }.filter { $0 > low && $0 < high }
        guard !powers.isEmpty else { return nil }
        let room = shadeCount - 1
        let stride = (powers.count + room - 1) / room
        // Keep the largest power and every stride-th below it.
        return powers.reversed().enumerated().filter { $0.offset % stride == 0 }.map(\.element).reversed()
    }
}
