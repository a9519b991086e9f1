import TermPlot

/// `title = "…"`, `xlabel = "…"`, `ylabel = "…"`: declared once here for every plot — the
/// figure builtins (`hist`, `scatter`, `bar`, `path`) and the `plot` and `contour` commands —
/// and read from these declarations by each of them and by `:help`.
extension BuiltinTable {
    static let plotLabelParameters: [Parameter] = [
        .keyword("title", .text("none"), "a line centred over the plot, cut with … when longer than the width"),
        .keyword(
            "xlabel", .text("none"),
            "names the x axis, under its ticks (a histogram's values, a bar chart's labels: over the left column)"),
        .keyword(
            "ylabel", .text("none"),
            "names the y axis, above it (a histogram's counts, a bar chart's values: over the bars)"),
    ]
}

extension Arguments {
    /// The title and axis labels a call gave; each must be a string.
    func plotLabels() throws -> PlotLabels {
        func text(_ name: String) throws -> String? {
            guard let value = value(name) else { return nil }
            guard case let .string(text) = value else {
                throw NotebookError.evaluation(
                    "\(callee)'s \(name) must be a string such as \"loss per step\", got a \(value.kindName)",
                    at: location)
            }
            return text
        }
        return PlotLabels(title: try text("title"), x: try text("xlabel"), y: try text("ylabel"))
    }
}

extension PlotCommand {
    /// The statement without its options, and the options: every labelled argument among the
    /// expressions, and after a clause's own arguments each `title = …`, `xlabel = …` or
    /// `ylabel = …` (a range `for title in a..b` stays the clause's).
    static func separatingOptions(_ invocation: CommandInvocation) -> (
        invocation: CommandInvocation, options: [Argument]
    ) {
        let names = Set(BuiltinTable.plotLabelParameters.map(\.name))
        func isOption(_ argument: Argument, anyName: Bool) -> Bool {
            guard let label = argument.label, anyName || names.contains(label) else { return false }
            if case .range = argument.value.kind { return false }
            return true
        }
        var options = invocation.arguments.filter { isOption($0, anyName: true) }
        var clauses: [Clause] = []
        for clause in invocation.clauses {
            options += clause.arguments.filter { isOption($0, anyName: false) }
            clauses.append(
                Clause(keyword: clause.keyword, arguments: clause.arguments.filter { !isOption($0, anyName: false) }))
        }
        let stripped = CommandInvocation(
            arguments: invocation.arguments.filter { !isOption($0, anyName: true) }, clauses: clauses,
            location: invocation.location)
        return (stripped, options)
    }

    /// The title and axis labels the statement gave, matched to the declared options (an
    /// unknown name is an error with a did-you-mean).
    func labels() throws -> PlotLabels {
        let names = BuiltinTable.plotLabelParameters.map(\.name)
        for option in options where !names.contains(option.label ?? "") {
            let hint = Suggestions.nearest(to: option.label ?? "", in: names).map { "did you mean \($0)? " } ?? ""
            throw NotebookError.evaluation(
                "\(name) draws expressions; '\(option.label ?? "") =' has no meaning here (\(hint)its options are \(names.joined(separator: ", ")); a range goes after for: for x in a..b)",
                at: option.value.location)
        }
        let evaluated = try options.map {
            (label: $0.label, value: try evaluator.evaluate($0.value), location: $0.value.location)
        }
        return try Arguments(
            callee: name, parameters: BuiltinTable.plotLabelParameters, arguments: evaluated,
            location: invocation.location
        ).plotLabels()
    }
}
