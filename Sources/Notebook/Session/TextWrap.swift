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
        pieces(text.split(separator: " ").map(String.init), width: width, first: first, rest: rest)
    }

    /// `pieces` joined by `separator` in lines of at most `width` columns, broken only between
    /// pieces (a log line's `loss 0.52` stays together), the first line starting with `first`
    /// and the others with `rest`. A piece longer than a line gets a line of its own.
    public static func pieces(
        _ pieces: [String], separator: String = " ", width: Int, first: String = "", rest: String = ""
    ) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasPiece = false
        for piece in pieces {
            if lineHasPiece, line.count + separator.count + piece.count > width {
                lines.append(line)
                line = rest
                lineHasPiece = false
            }
            line += (lineHasPiece ? separator : "") + piece
            lineHasPiece = true
        }
        if lineHasPiece || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` cut to `width` columns with `ellipsis` at the end when it is longer, after its last
    /// whole word (or list element) where that keeps at least half of the line, so that a
    /// preview reads `[[-0.0189, 1.35, …` rather than `[[-0.0189, 1.3…`.
    public static func cut(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard text.count > width else { return text }
        let kept = text.prefix(Swift.max(width - ellipsis.count, 1))
        if let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) >= kept.count / 2 {
            return String(kept[...space]) + ellipsis
        }
        return String(kept) + ellipsis
    }
}
