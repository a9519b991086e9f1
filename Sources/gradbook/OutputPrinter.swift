import Notebook

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

    /// Without colour, exactly the lines a transcript records (``Execution/lines``).
    func show(_ execution: Execution) {
        guard colour else {
            execution.lines.forEach { print($0) }
            return
        }
        for output in execution.outputs {
            print(render(output))
        }
    }

    /// The text of one output, each line wrapped in its colour so that a pager showing part of
    /// it still resets at every line end.
    func render(_ output: Output) -> String {
        guard colour, let code = Self.code(for: output.style) else { return output.text }
        return output.lines
            .map { $0.isEmpty ? "" : "\u{1B}[\(code)m\($0)\u{1B}[0m" }
            .joined(separator: "\n")
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
