/// One user function an error passed through on its way out: the function, and where in its
/// definition the failing piece is (counted from the start of the definition as typed).
public struct CallFrame: Sendable, Equatable {
    public let function: String
    public let parameters: [String]
    /// The definition as typed, `f(x) = x @ W`.
    public let source: String
    /// Where the failing piece is in ``source``.
    public let location: SourceLocation

    init(_ definition: FunctionDefinition, at bodyLocation: SourceLocation) {
        function = definition.name
        parameters = definition.parameters
        source = definition.source
        location = definition.withinSource(bodyLocation)
    }

    /// Frames shown under an error; deeper chains of calls are summed up in one line.
    static let shownLimit = 4

    /// `in f(x) = … at 1:8` and the line of the definition with a caret, for each of the first
    /// ``shownLimit`` frames (innermost first; a frame repeated by recursion is shown once, with
    /// how often it repeats), then how many were left out.
    static func lines(_ frames: [CallFrame]) -> [String] {
        var runs: [(frame: CallFrame, count: Int)] = []
        for frame in frames {
            if runs.last?.frame == frame { runs[runs.count - 1].count += 1 } else { runs.append((frame, 1)) }
        }
        var lines: [String] = []
        for (frame, count) in runs.prefix(shownLimit) {
            lines += frame.lines
            if count > 1 { lines.append("  … the same call \(count - 1) more \(count == 2 ? "time" : "times")") }
        }
        let hidden = runs.dropFirst(shownLimit)
        if !hidden.isEmpty {
            var names: [String] = []
            for run in hidden where !names.contains(run.frame.function) { names.append(run.frame.function) }
            let count = hidden.map(\.count).reduce(0, +)
            lines.append("  … and \(count) more \(count == 1 ? "call" : "calls") (of \(names.joined(separator: ", ")))")
        }
        return lines
    }

    /// The frame's heading and its line of the definition with the caret.
    private var lines: [String] {
        let heading = "  in \(function)(\(parameters.joined(separator: ", "))) = … at \(location)"
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= sourceLines.count else { return [heading] }
        let (shown, caret) = SourceWindow.around(column: location.column, of: String(sourceLines[location.line - 1]))
        return [heading, "    " + shown, "    " + caret]
    }
}
