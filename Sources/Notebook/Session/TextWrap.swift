/// Text broken between words to fit a width, so that the terminal never splits a word.
enum TextWrap {
    /// `text` as lines of at most `width` columns where spaces allow: the first line starts with
    /// `first`, the others with `rest` (a hanging indent). A word longer than a line gets a line
    /// of its own rather than being cut.
    static func lines(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        // What fits stays as written (a formula's double spaces too).
        if first.count + text.count <= width { return [first + text] }
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }
}
