import Notebook

/// Lesson prose for the terminal: paragraphs and list items wrapped to the width, `**bold**`
/// markers dropped, maths in `$…$` and `$$…$$` shown as readable Unicode (or ASCII), other fenced
/// blocks kept as written.
struct ProseRenderer {
    let width: Int
    let ascii: Bool

    func render(_ markdown: String) -> [Output] {
        var outputs: [Output] = []
        var paragraph: [String] = []
        var fence: [String]?
        var display: [String]?

        func flush() {
            guard !paragraph.isEmpty else { return }
            outputs += paragraphLines(paragraph).map { Output($0) }
            paragraph = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: " ")
            if var lines = fence {
                if trimmed == "```" {
                    outputs += lines.map { Output("    " + $0) }
                    fence = nil
                } else {
                    lines.append(line)
                    fence = lines
                }
                continue
            }
            if var lines = display {
                lines.append(trimmed)
                if trimmed.hasSuffix("$$") {
                    outputs.append(displayMaths(lines.joined(separator: " ")))
                    display = nil
                } else {
                    display = lines
                }
                continue
            }
            if trimmed.hasPrefix("```") {
                flush()
                fence = []
                continue
            }
            if trimmed.hasPrefix("$$") {
                flush()
                if trimmed.count > 2, trimmed.hasSuffix("$$") {
                    outputs.append(displayMaths(trimmed))
                } else {
                    display = [trimmed]
                }
                continue
            }
            if trimmed.isEmpty {
                flush()
                if outputs.last?.text != "" { outputs.append(Output("")) }
                continue
            }
            if trimmed.hasPrefix("#") {
                flush()
                outputs.append(Output(inline(trimmed.drop { $0 == "#" }.trimmingCharacters(in: " ")), .heading))
                continue
            }
            if Self.listMarker(trimmed) != nil { flush() }
            paragraph.append(trimmed)
        }
        flush()
        if let lines = fence { outputs += lines.map { Output("    " + $0) } }
        while outputs.last?.text == "" { outputs.removeLast() }
        return outputs
    }

    /// `- `, `* ` or `12. ` at the start of a list item.
    static func listMarker(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return String(line.prefix(2)) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return digits + ". " }
        return nil
    }

    private func paragraphLines(_ lines: [String]) -> [String] {
        let text = inline(lines.joined(separator: " "))
        if let marker = Self.listMarker(text) {
            let bullet = marker.hasPrefix("-") || marker.hasPrefix("*") ? (ascii ? "- " : "• ") : marker
            return wrap(
                String(text.dropFirst(marker.count)), first: "  " + bullet,
                rest: String(repeating: " ", count: 2 + bullet.count))
        }
        if text.hasPrefix("> ") {
            return wrap(String(text.dropFirst(2)), first: "  │ ", rest: "  │ ").map { ascii ? $0.replacingBar() : $0 }
        }
        return wrap(text, first: "", rest: "")
    }

    private func displayMaths(_ text: String) -> Output {
        Output("    " + TeXText(ascii: ascii).render(String(text.dropFirst(2).dropLast(2))).trimmingCharacters(in: " "))
    }

    /// Inline maths converted, `**` dropped.
    func inline(_ text: String) -> String {
        var result = ""
        var maths: String?
        for c in text {
            if c == "$" {
                if let tex = maths {
                    result += TeXText(ascii: ascii).render(tex)
                    maths = nil
                } else {
                    maths = ""
                }
            } else if maths != nil {
                maths!.append(c)
            } else {
                result.append(c)
            }
        }
        if let tex = maths { result += "$" + tex }
        result = result.replacingOccurrencesOfBold()
        return ascii ? OutputFit.spelledInASCII(result) : result
    }

    private func wrap(_ text: String, first: String, rest: String) -> [String] {
        TextWrap.words(text, width: width, first: first, rest: rest)
    }
}

extension String {
    fileprivate func replacingOccurrencesOfBold() -> String {
        split(separator: "**", omittingEmptySubsequences: false).joined()
    }
    fileprivate func replacingBar() -> String { String(map { $0 == "│" ? "|" : $0 }) }
}
