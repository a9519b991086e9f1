/// The part of a source line an error echo shows: all of it when it is short, otherwise a window
/// around the error's column (a 2 MB line is not printed), with control characters made visible.
enum SourceWindow {
    /// Characters shown either side of the column in a long line.
    static let reach = 40

    /// The line as shown, and the caret line under it (tabs stay tabs, so that the caret lines
    /// up however the terminal expands them).
    static func around(column: Int, of line: String) -> (shown: String, caret: String) {
        let characters = Array(line)
        let index = Swift.min(Swift.max(column - 1, 0), characters.count)
        let start = characters.count > 2 * reach + 1 ? Swift.max(index - reach, 0) : 0
        let end = characters.count > 2 * reach + 1 ? Swift.min(index + reach + 1, characters.count) : characters.count
        let before = (start > 0 ? "…" : "") + VisibleText.of(String(characters[start..<index]))
        let rest = VisibleText.of(String(characters[index..<end])) + (end < characters.count ? "…" : "")
        let padding = before.map { $0 == "\t" ? "\t" : " " }.joined()
        return (before + rest, padding + "^")
    }
}
