import Foundation

/// A table printed with aligned columns: what `net.parameters`, `net.buffers`, `opt.state` and
/// `opt.hyperparameters` give. It only prints; the numbers themselves are reached through
/// `param`, `buffer`, `state` and the objects' attributes.
final class TableObject: NotebookObject {
    let kindName: String
    /// Lines printed above the table.
    let heading: [String]
    let columns: [String]
    let rows: [[String]]
    /// Columns whose cells are right-aligned (counts).
    let rightAligned: Set<Int>
    /// Printed instead of the table when there are no rows.
    let emptyText: String

    init(kindName: String, heading: [String] = [], columns: [String], rows: [[String]], rightAligned: Set<Int> = [],
         emptyText: String = "(none)") {
        self.kindName = kindName
        self.heading = heading
        self.columns = columns
        self.rows = rows
        self.rightAligned = rightAligned
        self.emptyText = emptyText
    }

    func render(settings: Settings) -> String {
        (heading + (rows.isEmpty ? [emptyText] : TableObject.lines(columns: columns, rows: rows, rightAligned: rightAligned)))
            .map { TableObject.plain($0, ascii: settings.ascii) }
            .joined(separator: "\n")
    }

    /// The header and rows, each column as wide as its widest cell, two spaces apart; a cell
    /// spanning several lines (a matrix) continues under its own column.
    static func lines(columns: [String], rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let table = [columns] + rows
        let cellLines = table.map { $0.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } }
        var widths = Array(repeating: 0, count: columns.count)
        for row in cellLines {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = Swift.max(widths[i], cell.map(\.count).max() ?? 0)
            }
        }
        var output: [String] = []
        for row in cellLines {
            let height = row.map(\.count).max() ?? 1
            for line in 0..<height {
                let cells = row.enumerated().map { i, cell -> String in
                    let text = line < cell.count ? cell[line] : ""
                    let pad = String(repeating: " ", count: Swift.max((i < widths.count ? widths[i] : 0) - text.count, 0))
                    return rightAligned.contains(i) ? pad + text : text + pad
                }
                output.append(String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed()))
            }
        }
        return output
    }

    /// `text` with the engine's arrows and Greek letters spelled in ASCII when the session asks
    /// for ASCII only.
    static func plain(_ text: String, ascii: Bool) -> String {
        guard ascii else { return text }
        var result = text
        for (unicode, replacement) in [("→", "->"), ("γ", "gamma"), ("β", "beta"), ("…", "..."), ("×", "x"), ("−", "-"), ("√", "sqrt")] {
            result = result.replacingOccurrences(of: unicode, with: replacement)
        }
        return result
    }
}
