import TermPlot
import Testing

@testable import Notebook

/// `title`, `xlabel`, `ylabel` on every plot, `round_edges`, and the plot builtins' defaults
/// declared once: `:help` shows what the call uses.
@Suite struct PlotLabelOptionTests {
    static func asciiSession(width: Int = 60) -> Session { Session(settings: Settings(width: width, ascii: true)) }

    @Test func everyPlotKindTakesATitleAndAxisLabels() {
        let session = Self.asciiSession()
        let options = ", title = \"T\", xlabel = \"X\", ylabel = \"Y\""
        for statement in [
            "plot sin(x) for x in -3..3 size 40, 6" + options,
            "plot [1, 3, 2]" + options,
            "plot [1, 3, 2] against [1, 2, 4] logx" + options,
            "plot hist([1, 2, 2, 3])" + options,
            "plot scatter([[0, 0], [1, 1]])" + options,
            "plot bar([1, 2])" + options,
            "plot path([[0, 0], [1, 1]])" + options,
            "contour x * y for x in -1..1, y in -1..1" + options,
            "hist([1, 2, 2, 3]\(options))", "scatter([[0, 0], [1, 1]]\(options))", "bar([1, 2]\(options))",
            "path([[0, 0], [1, 1]]\(options))",
        ] {
            let lines = run(statement, in: session).split(separator: "\n").map { String($0).trimmingSpaces }
            #expect(lines.first == "T", "\(statement)")
            #expect(lines.contains("Y") || lines.contains { $0.hasPrefix("X") && $0.hasSuffix("Y") }, "\(statement)")
            #expect(lines.contains("X") || lines.contains { $0.hasPrefix("X") && $0.hasSuffix("Y") }, "\(statement)")
        }
    }

    @Test func theCommandsLabelsReplaceTheFiguresOwn() {
        let session = Self.asciiSession()
        run("h = hist([1, 2, 2, 3], title = \"mine\", xlabel = \"value\")", in: session)
        let lines = run("plot h, title = \"theirs\"", in: session).split(separator: "\n").map {
            String($0).trimmingSpaces
        }
        #expect(lines[0] == "theirs" && lines[1] == "histogram of 4 values in 10 bins" && lines[2] == "value")
        // A contour's title takes the place of the line that says what is drawn.
        let contour = run("contour x + y for x in 0..1, y in 0..1 size 30, 4, title = \"plane\"", in: session)
        #expect(contour.hasPrefix(String(repeating: " ", count: 15) + "plane\n  1 +") && !contour.contains("over x in"))
    }

    @Test func mistakesInOptionsAreExplained() {
        let session = Self.asciiSession()
        #expect(
            failure("plot sin(x), titel = \"a\" for x in 0..1", in: session).contains(
                "'titel =' has no meaning here (did you mean title? its options are title, xlabel, ylabel"))
        #expect(
            failure("plot sin(x) for x in 0..1, title = 3", in: session).contains(
                "plot's title must be a string such as \"loss per step\", got a number"))
        #expect(failure("hist([1, 2], xlabel = 1)", in: session).contains("hist's xlabel must be a string"))
        #expect(
            failure("hist([1, 2], round_edges = 1)", in: session).contains("hist's round_edges must be true or false"))
        // A variable may still be called title: a range after for is the variable's.
        #expect(run("plot title for title in 0..1 size 30, 4", in: session).contains("* title"))
    }

    @Test func roundEdgesCoverTheDataWithRoundNumbers() {
        let session = Self.asciiSession()
        let text = run("hist([0.3, 1.2, 1.9, 2.4, 2.5, 3.1, 3.3, 4.8, 5.6], bins = 6, round_edges = true)", in: session)
        #expect(text.hasPrefix("histogram of 9 values in 6 round bins\n[0, 1) |"))
        #expect(
            text.hasSuffix("[5, 6] |" + String(repeating: "#", count: 25) + String(repeating: " ", count: 26) + "1"))
    }

    /// The plot builtins' and commands' declared defaults are the engine's: a call without the
    /// parameter behaves as `:help` says.
    @Test func helpDefaultsAreThePlotEnginesDefaults() throws {
        let plotBuiltins = BuiltinTable.functions.filter { $0.topic == .plots }
        #expect(Set(plotBuiltins.map(\.name)) == ["hist", "scatter", "bar", "path"])
        for builtin in plotBuiltins {
            for parameter in builtin.parameters where !parameter.required {
                #expect(parameter.doc != nil, "\(builtin.name)'s \(parameter.name) is not documented")
            }
        }
        let hist = try #require(BuiltinTable.function(named: "hist"))
        let bins = try #require(hist.parameters.first { $0.name == "bins" }?.defaultValue)
        let roundEdges = try #require(hist.parameters.first { $0.name == "round_edges" }?.defaultValue)
        #expect(bins == .number(Double(Histogram.defaultBinCount)))
        #expect(roundEdges == .flag(false))
        let session = Self.asciiSession()
        #expect(
            run("hist([1, 2, 3, 10])", in: session).hasPrefix(
                "histogram of 4 values in \(Histogram.defaultBinCount) bins\n[1, 1.9)   |"))
        for name in ["title", "xlabel", "ylabel"] {
            #expect(BuiltinTable.plotLabelParameters.first { $0.name == name }?.defaultValue == .text("none"))
        }
        // The commands list the same options and say the default height the engine uses.
        for command in BuiltinTable.commands where command.help.topic == .plots {
            #expect(command.parameters.map(\.name) == ["title", "xlabel", "ylabel"])
            #expect(command.help.parameters.count == 3)
        }
        let plot = try #require(BuiltinTable.commands.first { $0.name == "plot" })
        #expect(plot.help.summary.contains("\(PlotStyle.defaultHeight) rows"))
        #expect(run("plot [1, 2] size 30", in: session).split(separator: "\n").count == PlotStyle.defaultHeight + 2)
    }
}
