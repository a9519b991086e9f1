/// What `:help` shows, generated from the builtin table.
struct HelpPage {
    let settings: Settings

    func render(_ topic: String) -> [Output] {
        let query = topic.trimmingTrailingSpaces()
        if query.isEmpty { return overview() }
        if query == "syntax" { return HelpPage.syntax.map { Output($0) } }
        let entries = BuiltinTable.helpEntries
        let metaAliases = BuiltinTable.metaCommands.first { $0.aliases.contains(query.droppingColon) }.map { ":" + $0.name }
        if let entry = entries.first(where: { $0.name == query || $0.name == ":" + query || $0.name == metaAliases }) {
            return describe(entry)
        }
        if let topic = Topic.allCases.first(where: { $0.rawValue == query }) {
            return [Output(topic.rawValue, .heading)] + entries.filter { $0.topic == topic }.map { Output("  \($0.signature.padding(to: 34)) \($0.summary)") }
        }
        let names = entries.map(\.name) + Topic.allCases.map(\.rawValue) + ["syntax"]
        let hint = Suggestions.nearest(to: query, in: names).map { "; did you mean \($0)?" } ?? ""
        return [Output("no help for \(query)\(hint) (:help lists everything)", .error)]
    }

    private func overview() -> [Output] {
        var lines = [Output("gradbook: tensors, autograd and the maths of training. :help NAME shows one entry; :help syntax the language.", .info)]
        let entries = BuiltinTable.helpEntries
        let labelWidth = Topic.allCases.map(\.rawValue.count).max()! + 2
        for topic in Topic.allCases {
            let names = entries.filter { $0.topic == topic }.map(\.name)
            lines += wrap(names, width: settings.width - labelWidth).enumerated().map { i, row in
                Output((i == 0 ? topic.rawValue : "").padding(to: labelWidth) + row)
            }
        }
        return lines
    }

    private func describe(_ entry: HelpEntry) -> [Output] {
        var lines = [Output("\(entry.signature)    (\(entry.topic.rawValue))", .heading), Output("  " + entry.summary)]
        if let formula = entry.formula { lines.append(Output("  " + formula)) }
        if let example = entry.example {
            lines.append(Output("  example:"))
            lines.append(Output("    gb> " + example))
            // Run in a scratch session so that the example shows real output and cannot touch
            // the learner's variables.
            let result = Session(seed: 0, settings: settings).execute(example)
            lines += result.outputs.flatMap { $0.text.split(separator: "\n", omittingEmptySubsequences: false) }.map { Output("    " + $0) }
        }
        return lines
    }

    private func wrap(_ words: [String], width: Int) -> [String] {
        var rows: [String] = []
        var row = ""
        for word in words {
            if !row.isEmpty && row.count + 1 + word.count > width { rows.append(row); row = "" }
            row += row.isEmpty ? word : " " + word
        }
        if !row.isEmpty { rows.append(row) }
        return rows
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
        "f(x) = x^2 * sin(x)         define a function (kept as a formula); call it as f(2)",
        "sum(x, axis = 0)            keyword arguments",
        "-6..6                       a range (closed interval)",
        "backward y; grad x          gradients (see :help backward)",
        "x -= 0.1 * x.grad           update outside the graph; also += *= /= and W[0] = 1",
        "repeat 100 { … }            a loop; Ctrl-C stops it between iterations",
        "while norm(g) > 1e-6 { … }  a loop while the condition holds (at most 100000 times)",
        "# comment                   a line ending in \\ or inside ( [ { continues on the next",
    ]
}

extension String {
    var droppingColon: String { hasPrefix(":") ? String(dropFirst()) : self }
}
