/// Columns of text laid out to the session's width, so that the terminal never wraps a row in
/// the middle of a word: `:vars`, a network's tables, gradcheck's table and `:lessons` all print
/// through it.
///
/// Each column is as wide as its widest cell, two spaces apart. A table too wide for the line
/// narrows the columns that may narrow, the widest first, wrapping their cells between words
/// (titles, statuses) or cutting them with an ellipsis (previews). When that is not enough, each
/// row is printed as a block instead: its first cell, then one `title: value` line per other
/// cell. A cell of several lines (a matrix) continues under its own column.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    /// What a column may do when the table is too wide.
    public enum Fit: Sendable, Equatable {
        /// Keeps its width: numbers, shapes and names, which a break would make unreadable.
        case fixed
        /// Narrows down to its longest word, its cells wrapped between words.
        case wrap
        /// Narrows down to `minimum` columns, its cells cut with an ellipsis (a preview of a value).
        case cut(minimum: Int)
    }

    public struct Column: Sendable {
        public let title: String
        public let alignment: Alignment
        public let fit: Fit

        public init(_ title: String, _ alignment: Alignment = .left, fit: Fit = .fixed) {
            self.title = title
            self.alignment = alignment
            self.fit = fit
        }
    }

    /// The lines of a laid-out table; `header` is empty when the rows are printed as blocks.
    public struct Layout: Sendable, Equatable {
        public let header: [String]
        public let body: [String]

        public var lines: [String] { header + body }
    }

    public let columns: [Column]
    public let rows: [[String]]

    /// Columns between two cells.
    static let gap = 2

    /// A row with fewer cells than there are columns is filled with empty cells.
    public init(_ columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows.map { row in (0..<columns.count).map { $0 < row.count ? row[$0] : "" } }
    }

    /// The table in the session's width, cut previews ending in its ellipsis.
    public func layout(for settings: Settings) -> Layout { layout(width: settings.width, ellipsis: settings.ellipsis) }

    /// The table in at most `width` columns where its fixed columns allow.
    public func layout(width: Int, ellipsis: String = "…") -> Layout {
        let header = columns.map(\.title)
        guard let widths = columnWidths(width: width, ellipsis: ellipsis) else {
            return Layout(header: [], body: blocks(width: width, ellipsis: ellipsis))
        }
        return Layout(
            header: lines(of: header, widths: widths, ellipsis: ellipsis, isHeader: true),
            body: rows.flatMap { lines(of: $0, widths: widths, ellipsis: ellipsis, isHeader: false) })
    }

    /// The width of each column so that the table fits, or nil when it cannot without narrowing
    /// a fixed column.
    private func columnWidths(width: Int, ellipsis: String) -> [Int]? {
        let table = [columns.map(\.title)] + rows
        var widths = columns.indices.map { i in
            table.map { TextTable.lines(of: $0[i]).map(\.count).max() ?? 0 }.max() ?? 0
        }
        let widestCell = columns.indices.map { i in
            rows.map { TextTable.lines(of: $0[i]).map(\.count).max() ?? 0 }.max() ?? 0
        }
        let narrowest = columns.indices.map { i -> Int in
            switch columns[i].fit {
            case .fixed:
                // Its title may still break between words (`relative error` over two lines).
                return Swift.max(widestCell[i], columns[i].title.split(separator: " ").map(\.count).max() ?? 0)
            case .wrap:
                let words = table.flatMap { $0[i].split(whereSeparator: { $0 == " " || $0 == "\n" }) }
                return words.map(\.count).max() ?? 0
            case let .cut(minimum):
                return Swift.min(widths[i], Swift.max(minimum, columns[i].title.count, ellipsis.count + 1))
            }
        }
        var total = widths.reduce(0, +) + TextTable.gap * Swift.max(columns.count - 1, 0)
        // One column at a time: first those where only the title breaks, then the widest that
        // can still give, so that the room is shared out evenly.
        func priority(_ i: Int) -> (Int, Int) { (widths[i] > widestCell[i] ? 1 : 0, widths[i]) }
        while total > width {
            guard
                let i = columns.indices.filter({ widths[$0] > narrowest[$0] }).max(by: { priority($0) <= priority($1) })
            else {
                return nil
            }
            widths[i] -= 1
            total -= 1
        }
        return widths
    }

    /// One row's printed lines, each cell fitted to its column.
    private func lines(of row: [String], widths: [Int], ellipsis: String, isHeader: Bool) -> [String] {
        let cells = columns.indices.map { i in
            fitted(
                row[i], fit: isHeader && columns[i].fit == .fixed ? .wrap : columns[i].fit, width: widths[i],
                ellipsis: ellipsis)
        }
        let height = cells.map(\.count).max() ?? 1
        return (0..<height).map { line in
            let text = columns.indices.map { i -> String in
                let cell = line < cells[i].count ? cells[i][line] : ""
                let pad = String(repeating: " ", count: Swift.max(widths[i] - cell.count, 0))
                return columns[i].alignment == .right ? pad + cell : cell + pad
            }.joined(separator: String(repeating: " ", count: TextTable.gap))
            return text.trimmingTrailingSpaces()
        }
    }

    /// Each row as a block: its first cell, then an indented `title: value` line per non-empty
    /// cell, the values aligned and fitted to what is left of the line (on a line narrower than
    /// the titles allow, each value goes under its title instead).
    private func blocks(width: Int, ellipsis: String) -> [String] {
        let titleWidth = columns.dropFirst().map { $0.title.count + 1 }.max() ?? 0
        // Beside the titles only when every value's longest word fits there.
        let values: [String] = rows.flatMap { $0.dropFirst() }
        let longestWord =
            values.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }) }.map(\.count).max() ?? 0
        let beside = width - (2 + titleWidth + 1) >= Swift.max(TextTable.narrowestValue, longestWord)
        let indent = String(repeating: " ", count: beside ? 2 + titleWidth + 1 : 4)
        let room = Swift.max(width - indent.count, 1)
        var lines: [String] = []
        for row in rows {
            lines += fitted(row[0], fit: columns.first?.fit ?? .fixed, width: width, ellipsis: ellipsis)
            for i in columns.indices.dropFirst() where !row[i].isEmpty {
                let title = "  " + columns[i].title + ":"
                let fit = columns[i].fit == .fixed ? .wrap : columns[i].fit
                let values = fitted(row[i], fit: fit, width: room, ellipsis: ellipsis).map {
                    (indent + $0).trimmingTrailingSpaces()
                }
                if beside {
                    lines.append(title + String(values[0].dropFirst(title.count)))
                    lines += values.dropFirst()
                } else {
                    lines += [title] + values
                }
            }
        }
        return lines
    }

    /// The fewest columns a value gets beside its title in a block.
    static let narrowestValue = 12

    /// A cell's lines in `width` columns: wrapped between words, or cut, as its column allows.
    /// A line that fits stays as written; a matrix's lines are never rewrapped.
    private func fitted(_ cell: String, fit: Fit, width: Int, ellipsis: String) -> [String] {
        let lines = TextTable.lines(of: cell)
        guard lines.count == 1 else { return lines }
        switch fit {
        case .fixed: return lines
        case .wrap: return TextWrap.lines(cell, width: width)
        case .cut: return [TextWrap.cut(cell, width: width, ellipsis: ellipsis)]
        }
    }

    private static func lines(of cell: String) -> [String] {
        cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
