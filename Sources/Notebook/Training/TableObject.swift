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
        let table = TableObject.table(columns: columns, rows: rows, rightAligned: rightAligned)
        let body = rows.isEmpty ? TextWrap.lines(emptyText, width: settings.width) : table.layout(for: settings).lines
        return (heading.flatMap { TextWrap.lines($0, width: settings.width) } + body)
            .map { TableObject.plain($0, ascii: settings.ascii) }
            .joined(separator: "\n")
    }

    /// Columns of values (names, shapes, numbers, matrices), none of which may break: a table
    /// too wide for the line prints its rows as blocks.
    static func table(columns: [String], rows: [[String]], rightAligned: Set<Int> = []) -> TextTable {
        TextTable(columns.enumerated().map { TextTable.Column($1, rightAligned.contains($0) ? .right : .left) }, rows: rows)
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
