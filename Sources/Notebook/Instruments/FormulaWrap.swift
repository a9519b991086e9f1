/// A formula too wide for the line, broken between terms: before a `+`, `−` or `=` at the
/// shallowest bracket depth that lets each line fit, the continuation indented. A name, number
/// or product is never split; a term wider than the line goes on a line of its own. Text
/// without operators breaks between words. (`derive` uses it, and lessons for every line.)
public enum FormulaWrap {
    /// The lines of `text` for `width` columns; continuation lines start `indent` columns in
    /// from the first line's own indentation. The first `keep` characters (a step's number and
    /// rule name) are never broken.
    public static func lines(_ text: String, width: Int, indent: Int = 4, keep: Int = 0) -> [String] {
        let characters = Array(text)
        guard characters.count > width else { return [text] }
        let lead = characters.prefix { $0 == " " }.count
        let continuation = String(repeating: " ", count: lead + indent)
        let breaks = breakPoints(characters).filter { $0.position >= keep }
        var lines: [String] = []
        var start = 0
        var room = width
        while characters.count - start > room {
            // A break that leaves the line almost empty (`net` before ` = mlp(…)`) only when
            // nothing past the first eighth of the line will do.
            let fitting = breaks.filter { $0.position > start && $0.position - start <= room }
            let filling = fitting.filter { $0.position - start >= room / 8 }
            let reachable = filling.isEmpty ? fitting : filling
            let chosen: Int
            if let shallowest = reachable.map(\.rank).min() {
                chosen = reachable.last { $0.rank == shallowest }!.position
            } else if let shallowest = breaks.filter({ $0.position > start }).map(\.rank).min() {
                // One term wider than the line: it stands alone, cut where it is shallowest.
                chosen = breaks.first { $0.position > start && $0.rank == shallowest }!.position
            } else {
                break
            }
            lines.append((lines.isEmpty ? "" : continuation) + String(characters[start..<chosen]))
            start = chosen + 1  // the space; the operator starts the next line
            room = width - continuation.count
        }
        lines.append((lines.isEmpty ? "" : continuation) + String(characters[start...]))
        return lines
    }

    /// Each space where a line may break, with its rank (lower is better): after a `,` or `;`,
    /// before a binary `+ − - =`, then any other space, each by bracket depth.
    private static func breakPoints(_ characters: [Character]) -> [(position: Int, rank: Int)] {
        var operators: [(position: Int, rank: Int)] = []
        var spaces: [(position: Int, rank: Int)] = []
        var depth = 0
        for (i, c) in characters.enumerated() {
            switch c {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth = Swift.max(depth - 1, 0)
            case " ":
                guard i > 0, characters[i - 1] != " " else { continue }
                // Ranked by depth; at one depth a list's comma before an operator (`a = 1, b = 2`
                // breaks after the comma), and both before a plain space.
                if ",;".contains(characters[i - 1]) {
                    operators.append((i, 2 * depth))
                } else if i + 2 < characters.count, "+−-=".contains(characters[i + 1]), characters[i + 2] == " " {
                    operators.append((i, 2 * depth + 1))
                } else {
                    spaces.append((i, 2 * depth + 3))
                }
            default: break
            }
        }
        return (operators + spaces).sorted { $0.position < $1.position }
    }
}
