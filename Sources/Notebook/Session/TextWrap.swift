/// Text broken between words to fit a width, so that the terminal never splits a word.
public enum TextWrap {
    /// `text` as lines of at most `width` columns where spaces allow: the first line starts with
    /// `first`, the others with `rest` (a hanging indent). What fits stays as written (a
    /// formula's double spaces too).
    static func lines(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        if first.count + text.count <= width { return [first + text] }
        return words(text, width: width, first: first, rest: rest)
    }

    /// `text`'s words, single-spaced, in lines of at most `width` columns, the first line
    /// starting with `first` and the others with `rest`. A word longer than a line gets a line of
    /// its own rather than being cut.
    public static func words(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
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
