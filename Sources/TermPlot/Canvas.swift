/// The drawing area of a plot: a grid of character cells, each holding either a glyph or a
/// pattern of braille dots (2 across, 4 down). Glyphs drawn later cover earlier ones; a glyph
/// covers dots.
struct Canvas {
    let columns: Int
    let rows: Int
    private var dots: [UInt8]
    private var glyphs: [Character?]
    /// Which series last drew in each cell (-1: none), so that a colour terminal can colour
    /// each series' cells.
    private var owners: [Int]

    init(columns: Int, rows: Int) {
        self.columns = Swift.max(columns, 1)
        self.rows = Swift.max(rows, 1)
        dots = Array(repeating: 0, count: self.columns * self.rows)
        glyphs = Array(repeating: nil, count: self.columns * self.rows)
        owners = Array(repeating: -1, count: self.columns * self.rows)
    }

    /// Braille dots per cell across and down.
    static let dotsAcross = 2, dotsDown = 4

    /// The bit of each braille dot, by row then column (Unicode's braille pattern numbering).
    private static let dotBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    func contains(column: Int, row: Int) -> Bool { column >= 0 && column < columns && row >= 0 && row < rows }

    mutating func setGlyph(_ glyph: Character, column: Int, row: Int, owner: Int = -1) {
        guard contains(column: column, row: row) else { return }
        glyphs[row * columns + column] = glyph
        owners[row * columns + column] = owner
    }

    func glyph(column: Int, row: Int) -> Character? {
        contains(column: column, row: row) ? glyphs[row * columns + column] : nil
    }

    /// Whether nothing is drawn in the cell: no glyph and no dot.
    func isEmpty(column: Int, row: Int) -> Bool {
        guard contains(column: column, row: row) else { return true }
        return glyphs[row * columns + column] == nil && dots[row * columns + column] == 0
    }

    /// Sets the braille dot at dot coordinates (`x` across, `y` down from the top).
    mutating func setDot(x: Int, y: Int, owner: Int = -1) {
        let column = x >= 0 ? x / Canvas.dotsAcross : -1
        let row = y >= 0 ? y / Canvas.dotsDown : -1
        guard contains(column: column, row: row) else { return }
        dots[row * columns + column] |= Canvas.dotBits[y % Canvas.dotsDown][x % Canvas.dotsAcross]
        // A glyph covers dots, so it keeps its owner.
        if glyphs[row * columns + column] == nil { owners[row * columns + column] = owner }
    }

    /// The rows as text: glyphs, else braille patterns, else spaces.
    func lines() -> [String] { lines(colour: { _ in nil }) }

    /// The rows with each run of cells drawn by one owner wrapped in that owner's ANSI colour
    /// (an SGR code such as "31"), reset at the run's end.
    func lines(colour: (Int) -> String?) -> [String] {
        (0..<rows).map { row in
            var text = ""
            var open: String?
            for column in 0..<columns {
                let index = row * columns + column
                let character = character(at: index)
                let code = character == " " ? nil : colour(owners[index])
                if code != open {
                    if open != nil { text += "\u{1B}[0m" }
                    if let code { text += "\u{1B}[\(code)m" }
                    open = code
                }
                text.append(character)
            }
            if open != nil { text += "\u{1B}[0m" }
            return text
        }
    }

    private func character(at index: Int) -> Character {
        if let glyph = glyphs[index] { return glyph }
        guard dots[index] != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(dots[index])) else { return " " }
        return Character(scalar)
    }
}

/// Straight lines on a grid of positions, clipped to it.
enum LineRaster {
    /// The grid positions on the segment from `start` to `end` (fractional positions, x
    /// across and y down), clipped to `columns` × `rows`. Empty when the segment misses the
    /// grid or an end is not finite.
    static func points(
        from start: (x: Double, y: Double), to end: (x: Double, y: Double),
        columns: Int, rows: Int
    ) -> [(x: Int, y: Int)] {
        guard let (a, b) = clip(start, end, width: Double(columns), height: Double(rows)) else { return [] }
        // Bresenham on the rounded ends; the clip keeps both inside the grid.
        var x = Int(a.x.rounded())
        var y = Int(a.y.rounded())
        let x1 = Int(b.x.rounded())
        let y1 = Int(b.y.rounded())
        let dx = Swift.abs(x1 - x)
        let dy = -Swift.abs(y1 - y)
        let sx = x < x1 ? 1 : -1
        let sy = y < y1 ? 1 : -1
        var error = dx + dy
        var result: [(x: Int, y: Int)] = []
        while true {
            result.append((x, y))
            if x == x1 && y == y1 { break }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                x += sx
            }
            if doubled <= dx {
                error += dx
                y += sy
            }
        }
        return result
    }

    /// Liang–Barsky: the part of the segment inside [−0.5, width − 0.5] × [−0.5, height − 0.5],
    /// nudged inwards so that rounding stays on the grid.
    private static func clip(
        _ a: (x: Double, y: Double), _ b: (x: Double, y: Double),
        width: Double, height: Double
    ) -> ((x: Double, y: Double), (x: Double, y: Double))? {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
        let low = -0.49
        let highX = width - 0.51
        let highY = height - 0.51
        let dx = b.x - a.x
        let dy = b.y - a.y
        guard dx.isFinite, dy.isFinite else { return nil }
        var t0 = 0.0
        var t1 = 1.0
        for (p, q) in [(-dx, a.x - low), (dx, highX - a.x), (-dy, a.y - low), (dy, highY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
                continue
            }
            let t = q / p
            if p < 0 {
                if t > t1 { return nil }
                if t > t0 { t0 = t }
            } else {
                if t < t0 { return nil }
                if t < t1 { t1 = t }
            }
        }
        return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
    }
}
