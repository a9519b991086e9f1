/// What `:help` shows, generated from the builtin table.
struct HelpPage {
    let settings: Settings

    func render(_ topic: String) -> [Output] {
        let query = topic.trimmingTrailingSpaces()
        if query.isEmpty { return overview() }
        if query == "syntax" { return HelpPage.syntax.map { Output($0) } }
        let entries = BuiltinTable.helpEntries
        let metaAliases = BuiltinTable.metaCommands.first { $0.aliases.contains(query.droppingColon) }.map {
            ":" + $0.name
        }
        if let entry = entries.first(where: { $0.name == query || $0.name == ":" + query || $0.name == metaAliases }) {
            return describe(entry)
        }
        let topics = Self.topics(matching: query)
        if topics.count == 1, let topic = topics.first {
            return [Output(topic.rawValue, .heading)] + entries.filter { $0.topic == topic }.flatMap(listed)
        }
        if topics.count > 1 {
            return [
                Output(
                    "\(query) is in several topics: " + topics.map { ":help \($0.rawValue)" }.joined(separator: ", "),
                    .info)
            ]
        }
        let names = entries.map(\.name) + Topic.allCases.map(\.rawValue) + ["syntax"]
        let hint = Suggestions.nearest(to: query, in: names).map { "; did you mean \($0)?" } ?? ""
        return [Output("no help for \(query)\(hint) (:help lists everything)", .error)]
    }

    /// The topic named `query`, or else every topic with a word that starts with it (three
    /// letters or more): `:help layers` finds "layers and networks", `:help optimizer`
    /// "optimizers and schedules".
    static func topics(matching query: String) -> [Topic] {
        if let topic = Topic.allCases.first(where: { $0.rawValue == query }) { return [topic] }
        let word = query.lowercased()
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return [] }
        return Topic.allCases.filter { topic in
            topic.rawValue.split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix(word) }
        }
    }

    /// One entry in a topic's list: its signature and the first sentence of its summary beside
    /// it (below it, when the signature is long or the width leaves too little room beside it).
    private func listed(_ entry: HelpEntry) -> [Output] {
        let column = 37
        let summary = Self.firstSentence(of: entry.summary)
        guard entry.signature.count <= column - 3 else {
            return TextWrap.lines(entry.signature, width: settings.width, first: "  ", rest: "      ").map {
                Output($0)
            }
                + paragraph(summary, indent: settings.width - column >= 30 ? column : 6)
        }
        guard settings.width - column >= 30 else {
            return [Output("  " + entry.signature)] + paragraph(summary, indent: 6)
        }
        return TextWrap.lines(
            summary, width: settings.width, first: "  " + entry.signature.padding(to: column - 3) + " ",
            rest: String(repeating: " ", count: column)
        ).map { Output($0) }
    }

    /// Up to the first full stop that ends a sentence (`:help NAME` shows the rest).
    static func firstSentence(of summary: String) -> String {
        guard let end = summary.range(of: ". ") else { return summary }
        return String(summary[..<end.lowerBound]) + "."
    }

    /// `text` wrapped to the width, every line indented by `indent` columns.
    private func paragraph(_ text: String, indent: Int) -> [Output] {
        let margin = String(repeating: " ", count: indent)
        return TextWrap.lines(text, width: settings.width, first: margin, rest: margin).map { Output($0) }
    }

    private func overview() -> [Output] {
        var lines = [
            Output(
                "gradbook: tensors, autograd and the maths of training. :help NAME shows one entry; :help syntax the language.",
                .info)
        ]
        let entries = BuiltinTable.helpEntries
        let labelWidth = Topic.allCases.map(\.rawValue.count).max()! + 2
        for topic in Topic.allCases {
            let names = entries.filter { $0.topic == topic }.map(\.name)
            guard !names.isEmpty else { continue }
            lines += TextWrap.pieces(
                names, width: settings.width, first: topic.rawValue.padding(to: labelWidth),
                rest: String(repeating: " ", count: labelWidth)
            ).map { Output($0) }
        }
        return lines
    }

    private func describe(_ entry: HelpEntry) -> [Output] {
        var lines =
            TextWrap.lines("\(entry.signature)    (\(entry.topic.rawValue))", width: settings.width, rest: "    ").map {
                Output($0, .heading)
            }
            + paragraph(entry.summary, indent: 2)
        if let formula = entry.formula {
            lines += TextWrap.lines(formula, width: settings.width, first: "  ", rest: "      ").map { Output($0) }
        }
        lines += entry.parameters.flatMap {
            TextWrap.lines($0, width: settings.width, first: "  ", rest: "    ").map { Output($0) }
        }
        if let example = entry.example {
            lines.append(Output("  example:"))
            lines.append(Output("    gb> " + example))
            // Run in a scratch session so that the example shows real output and cannot touch
            // the learner's variables.
            // Drawn 4 columns narrower, so that the indented output fits the width.
            var narrower = settings
            narrower.width = Swift.max(settings.width - 4, 20)
            let result = Session(seed: 0, settings: narrower).execute(example)
            lines += result.outputs.flatMap { $0.text.split(separator: "\n", omittingEmptySubsequences: false) }.map {
                Output("    " + $0)
            }
        }
        return lines
    }

    static let syntax = [
        "x = 2.5                     bind a name (prints x = 2.5); a trailing ; prints nothing",
        "_  ans                      the last value an expression on its own computed",
        "W = [[1, 2], [3, 4]]        tensor literal; zeros(2, 3), randn(3, 2), arange(5), linspace(0, 1, 5)",
        "a + b  a - b  a * b  a / b  elementwise, with NumPy broadcasting",
        "a ^ b  -a                   power (right-associative; -x^2 is -(x^2)), negation",
        "A @ B                       matrix product",
        "a < b  a == b  …            comparisons give masks of 0 and 1",
        "W[0, 1]  W[:, 0]  W[1:, ::2]   indexing and slicing (negative counts from the end)",
        "W.shape  W.T  W.grad  W.ndim  W.size  W.value   attributes",
        "reshape(W, 3, 2)            functions take the tensor first; there are no methods (W.reshape)",
        "f(x) = x^2 * sin(x)         define a function (kept as a formula); call it as f(2)",
        "sum(x, axis = 0)            keyword arguments",
        "-6..6                       a range (closed interval)",
        "backward y; grad x          gradients (see :help backward)",
        "x -= 0.1 * x.grad           update outside the graph; also += *= /= and W[0] = 1",
        "bn.weight = v  param(net, \"0.weight\") = W   set a parameter or buffer in place",
        "repeat 100 { … }            a loop; Ctrl-C stops it between iterations",
        "while norm(g) > 1e-6 { … }  a loop while the condition holds (at most 100000 times)",
        "# comment                   a line ending in \\ or inside ( [ { continues on the next",
        "                            (inside ( or [, a blank line or a new statement ends it)",
        "W.<Tab>  adam(net, l<Tab>   Tab completes by context: attributes, arguments (lr=),",
        "                            names, :help topics, :lesson ids, :load file names",
        "a<Up>  a<Down>              earlier entries that start with what is typed",
    ]
}

extension String {
    var droppingColon: String { hasPrefix(":") ? String(dropFirst()) : self }
}
