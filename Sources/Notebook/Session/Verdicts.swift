/// Colour that carries meaning: the marks and words that judge something — ✓ and good in
/// green, ✗ and WRONG in red, suspect, kink and warning in yellow — get their colour in an
/// output's ``Output/colouredText``, which only a colour terminal shows.
///
/// Only text the notebook wrote is marked: messages (`.info`), and everything the instruments
/// print (their tables name the verdict in a column); a value the learner computed never is.
enum Verdicts {
    enum Tone: String {
        case good = "32"
        case bad = "31"
        case caution = "33"
    }

    /// Longest first, so that `✓ right` is one mark rather than `✓` and a word.
    static let marks: [(text: String, tone: Tone)] = [
        ("✓ right", .good), ("✓", .good), ("[ok]", .good), ("good", .good),
        ("✗", .bad), ("[x]", .bad), ("WRONG", .bad), ("DISAGREE", .bad),
        ("inconclusive", .caution), ("suspect", .caution), ("kink?", .caution), ("kink", .caution),
        ("warning:", .caution),
    ]

    /// The commands whose whole output is the notebook's judgement.
    static let instruments: Set<String> = ["derive", "gradcheck", "explain"]

    /// `output` with its marks coloured, when it has any (and no colours of its own).
    static func marked(_ output: Output) -> Output {
        guard output.colouredText == nil, output.style != .error, let coloured = colouring(output.text) else {
            return output
        }
        return Output(output.text, output.style, colouredText: coloured)
    }

    /// `text` with every mark wrapped in its colour, or nil when it has none. A mark made of
    /// letters counts only as a whole word (`goodness` is not `good`).
    static func colouring(_ text: String) -> String? {
        var result = ""
        var found = false
        var rest = Substring(text)
        var previous: Character?
        scanning: while let first = rest.first {
            for (mark, tone) in marks where rest.hasPrefix(mark) {
                let after = rest.dropFirst(mark.count).first
                let word = mark.last!.isLetter
                if word, previous?.isLetter == true || previous == "_" || after?.isLetter == true || after == "_" {
                    continue
                }
                result += "\u{1B}[\(tone.rawValue)m\(mark)\u{1B}[0m"
                found = true
                previous = mark.last
                rest = rest.dropFirst(mark.count)
                continue scanning
            }
            result.append(first)
            previous = first
            rest = rest.dropFirst()
        }
        return found ? result : nil
    }
}
