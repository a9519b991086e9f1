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

    init(
        kindName: String, heading: [String] = [], columns: [String], rows: [[String]], rightAligned: Set<Int> = [],
        emptyText: String = "(none)"
    ) {
        self.kindName = kindName
        self.heading = heading
        self.columns = columns
        self.rows = rows
        self.rightAligned = rightAligned
        self.emptyText = emptyText
    }

    func render(settings: Settings) -> String {
        let plain = { (text: String) in TableObject.plain(text, ascii: settings.ascii) }
        let body =
            rows.isEmpty
            ? TextWrap.lines(plain(emptyText), width: settings.width)
            : TableObject.lines(columns: columns, rows: rows, rightAligned: rightAligned, settings: settings)
        return (heading.flatMap { TextWrap.lines(plain($0), width: settings.width) } + body).joined(separator: "\n")
    }

    /// Columns of values (names, shapes, numbers, matrices) laid out to the session's width,
    /// spelled in ASCII first when it asks (so that `→` as `->` is measured); none may break, so a
    /// table too wide for the line prints its rows as blocks.
    static func lines(columns: [String], rows: [[String]], rightAligned: Set<Int> = [], settings: Settings) -> [String]
    {
        let plain = { (text: String) in TableObject.plain(text, ascii: settings.ascii) }
        return TextTable(
            columns.enumerated().map { TextTable.Column(plain($1), rightAligned.contains($0) ? .right : .left) },
            rows: rows.map { $0.map(plain) }
        ).layout(for: settings).lines
    }

    /// `text` with the engine's arrows and Greek letters spelled in ASCII when the session asks
    /// for ASCII only.
    static func plain(_ text: String, ascii: Bool) -> String {
        guard ascii else { return text }
        var result = text
        for (unicode, replacement) in [
            ("→", "->"), ("γ", "gamma"), ("β", "beta"), ("…", "..."), ("×", "x"), ("−", "-"), ("√", "sqrt"),
        ] {
            result = result.replacingOccurrences(of: unicode, with: replacement)
        }
        return result
    }
}
