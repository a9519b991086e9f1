import Notebook
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints what the session returned, on stdout, in order, coloured by role when allowed.
///
/// Errors go to stdout too, so `gradbook run f.gb > log` captures the whole transcript.
struct OutputPrinter {
    let colour: Bool

    /// Colour only on a terminal that wants it: stdout is a TTY, NO_COLOR is not set to a
    /// non-empty value (no-color.org), `--no-color` was not given and TERM is not "dumb".
    static func wantsColour(noColorFlag: Bool, standardOutputIsTerminal: Bool, environment: [String: String]) -> Bool {
        guard standardOutputIsTerminal, !noColorFlag else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// Without colour, exactly the lines a transcript records (``Execution/lines``), less the
    /// outputs already shown while the entry ran (``Execution/shownLive``). The lines are
    /// written out before this returns, also into a pipe or a file (where C would keep blocks
    /// of 4 KB): whatever runs next, even code that ends by a signal, cannot lose them.
    func show(_ execution: Execution) {
        defer { fflush(nil) }
        for output in execution.outputs.dropFirst(execution.shownLive) {
            print(render(output))
        }
    }

    /// The text of one output, each line wrapped in its colour so that a pager showing part of
    /// it still resets at every line end.
    func render(_ output: Output) -> String {
        if colour, let coloured = output.colouredText { return coloured }
        guard colour, let code = Self.code(for: output.style) else { return output.text }
        return output.lines
            .map { $0.isEmpty ? "" : "\u{1B}[\(code)m\($0)\u{1B}[0m" }
            .joined(separator: "\n")
    }

    /// The prompt as readline shows it: on a colour terminal in bold cyan, apart from output,
    /// with the codes between \u{1} and \u{2} so that readline counts them as no columns.
    func prompt(_ text: String) -> String {
        guard colour else { return text }
        return "\u{1}\u{1B}[1;36m\u{2}\(text)\u{1}\u{1B}[0m\u{2}"
    }

    /// The bar part of a `train` run's live line (ProgressBar adds the time):
    /// `[##########----------]  37/100  loss 0.5234  acc 0.87`. Empty when the run is over.
    static func progressLine(_ report: TrainingProgress, barWidth: Int = 20) -> String {
        guard !report.finished, report.totalSteps > 0 else { return "" }
        let filled = Swift.min(barWidth, report.step * barWidth / report.totalSteps)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        let width = String(report.totalSteps).count
        let counter =
            String(repeating: " ", count: Swift.max(width - String(report.step).count, 0))
            + "\(report.step)/\(report.totalSteps)"
        var line = "[\(bar)] \(counter)"
        let format = NumberFormat(significantDigits: 4)
        if let loss = report.loss { line += "  loss \(format.string(loss))" }
        if let accuracy = report.accuracy { line += "  acc \(format.string(accuracy))" }
        return line
    }

    private static func code(for style: Output.Style) -> String? {
        switch style {
        case .result: nil
        case .error: "31"
        case .heading: "1"
        case .info: "2"
        }
    }
}
