/// A legend inside the drawing, where it hides nothing: in the emptiest corner that has no
/// data at all, with a blank cell between it and the nearest data. When every corner has data
/// (or the legend would take more than half the drawing) the plot puts it below instead.
enum LegendPlacement {
    /// The corners in the order they are preferred when equally empty: a falling loss leaves
    /// the top right free, a rising curve the top left.
    enum Corner: CaseIterable {
        case topRight, topLeft, bottomRight, bottomLeft
    }

    /// Writes `entries`, one a line (`marker label`, the marker owned by `owner` so that a
    /// colour terminal colours it as its series), into the emptiest free corner of `canvas`;
    /// returns that corner, or nil when no corner is free (the canvas is then unchanged).
    static func place(_ entries: [(marker: String, label: String, owner: Int)], on canvas: inout Canvas) -> Corner? {
        let lines = entries.map { $0.marker + " " + $0.label }
        let width = lines.map(\.count).max() ?? 0
        let height = lines.count
        guard height > 0, height <= canvas.rows / 2, width + 1 <= canvas.columns / 2 else { return nil }
        // The box with its margin must be empty; of the free corners the one with the least
        // data around it (a box twice as large) wins.
        // On the left a blank column also keeps the legend off the y axis.
        let free = Corner.allCases.filter { filledCells(canvas, corner: $0, width: width + 2, height: height + 1) == 0 }
        guard
            let corner = free.min(by: {
                filledCells(canvas, corner: $0, width: 2 * width, height: 2 * height)
                    < filledCells(canvas, corner: $1, width: 2 * width, height: 2 * height)
            })
        else { return nil }
        let left = corner == .topLeft || corner == .bottomLeft ? 1 : canvas.columns - width
        let top = corner == .topLeft || corner == .topRight ? 0 : canvas.rows - height
        for (row, entry) in entries.enumerated() {
            for (offset, character) in lines[row].enumerated() {
                canvas.setGlyph(
                    character, column: left + offset, row: top + row,
                    owner: offset < entry.marker.count ? entry.owner : -1)
            }
        }
        return corner
    }

    /// How many cells hold data in the `width` × `height` box at `corner` (clipped to the canvas).
    static func filledCells(_ canvas: Canvas, corner: Corner, width: Int, height: Int) -> Int {
        let columns =
            corner == .topLeft || corner == .bottomLeft
            ? 0..<Swift.min(width, canvas.columns)
            : Swift.max(canvas.columns - width, 0)..<canvas.columns
        let rows =
            corner == .topLeft || corner == .topRight
            ? 0..<Swift.min(height, canvas.rows)
            : Swift.max(canvas.rows - height, 0)..<canvas.rows
        return rows.reduce(0) { count, row in count + columns.filter { !canvas.isEmpty(column: $0, row: row) }.count }
    }
}
