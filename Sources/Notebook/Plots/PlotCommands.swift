import Autograd
import Tensors
import TermPlot

extension BuiltinTable {
    /// `plot`, `contour`.
    static let plotCommands: [Command] = [
        Command(
            "plot", topic: .plots, clauses: ["for", "size", "against", "logx", "logy"], parameters: plotLabelParameters,
            signature:
                "plot e₁, e₂, … for x in a..b [logx] [logy] [size width, height]  |  plot t₁, t₂, … [against x]  |  plot hist(t) / scatter(X, labels) / bar(v) / path(P); each form ends with [, title = \"…\", xlabel = \"…\", ylabel = \"…\"]",
            summary:
                "Draws curves of expressions in x over a..b (each expression one curve, named in the legend, with its own marker and, on a colour terminal, its own colour), tensors against their index (or against the values of a vector x), or a histogram, scatter plot, bar chart or path. The legend goes inside the plot, in the emptiest corner without data, or below when every corner has data. logx and logy make an axis logarithmic: each decade gets the same room, ticks are powers of ten, a curve's x samples are spaced evenly in log x, and values ≤ 0 are left out with a note. size gives the figure's width in columns and its drawing's height in rows (default: the :width setting and \(PlotStyle.defaultHeight) rows). title, xlabel and ylabel (after the last clause, or after the expressions) label the plot; on plot hist(t) and the like they replace the figure's own. Unicode draws in braille dots; --ascii in plain characters. A point where an expression fails or is not finite is left as a gap.",
            example:
                "plot exp(-x), exp(-2 * x) for x in 0..10 logy, title = \"two decays\", xlabel = \"time t\", ylabel = \"amount left\"",
            run: plot),
        Command(
            "contour", topic: .plots, clauses: ["for", "with", "levels", "size"], parameters: plotLabelParameters,
            signature:
                "contour f(x, y) for x in a..b, y in c..d [with P₁, P₂, …] [levels log] [size width, height] [, title = \"…\", xlabel = \"…\", ylabel = \"…\"]",
            summary:
                "Shades the levels of an expression in x and y over a rectangle (lowest blank, highest solid; the legend gives each shade's interval), and draws paths over it: an optimizer's trajectory from S (start) to E (end), its segments drawn by direction; nothing covers a start (the legend says when an end lies under it). with takes paths (trajectory(…), path(P) or K×2 tensors); with several (up to \(Heatmap.maximumPaths)), each path's points get their own marker (and, on a colour terminal, their own colour), its end its number, and the legend names each as written. levels log puts the boundaries at powers of ten, for values that span decades (Rosenbrock's valley). A title replaces the first line, which says what is drawn.",
            example:
                "f(x, y) = x^2 + 5 * y^2; P = [[-1.8, 1.5], [-1.26, -0.75], [-0.88, 0.38], [-0.62, -0.19], [-0.43, 0.09], [-0.3, -0.05], [0, 0]]; contour f(x, y) for x in -2..2, y in -2..2 with path(P), title = \"gradient descent on a bowl\", xlabel = \"x\", ylabel = \"y\"",
            run: contour),
    ]

    static func plot(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        try PlotCommand(name: "plot", invocation: invocation, session: session).run()
    }

    static func contour(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        try PlotCommand(name: "contour", invocation: invocation, session: session).runContour()
    }
}

/// One `plot` or `contour` statement being run.
struct PlotCommand {
    /// `plot` or `contour`, for messages.
    let name: String
    /// The statement without its options.
    let invocation: CommandInvocation
    /// `title = …` and the other options (PlotLabelOptions.swift).
    let options: [Argument]
    let session: Session
    var evaluator: Evaluator { Evaluator(session: session) }

    init(name: String, invocation: CommandInvocation, session: Session) {
        self.name = name
        (self.invocation, self.options) = PlotCommand.separatingOptions(invocation)
        self.session = session
    }

    /// How many points a curve is sampled at, per column of the figure (braille has two dots per column).
    static let samplesPerColumn = 2

    func run() throws -> [Output] {
        var (style, notes) = try self.style()
        let options = try axisOptions()
        let labels = try self.labels()
        let drawn: Drawn
        if let range = invocation.clause("for") {
            if let against = invocation.clause("against") {
                throw NotebookError.evaluation(
                    "a curve over a range has its x already: leave out against, or plot tensors against x without for",
                    at: against.arguments.first?.value.location ?? invocation.location)
            }
            let (plot, curveNotes) = try curves(over: range, style: style, options: options)
            drawn = .lines(plot)
            notes += curveNotes
        } else {
            let (figure, dataNotes) = try data(style: style, options: options, labels: labels)
            drawn = figure
            notes += dataNotes
        }
        switch drawn {
        case let .figure(lines):
            return [Output((lines + notes).joined(separator: "\n"))]
        case var .lines(plot):
            plot.labels = labels
            let coloured = plot.series.count > 1 ? (plot.renderColoured(style) + notes).joined(separator: "\n") : nil
            return [Output((plot.render(style) + notes).joined(separator: "\n"), colouredText: coloured)]
        }
    }

    /// What `plot` drew: a line plot (whose series a colour terminal colours) or another figure.
    private enum Drawn {
        case lines(LinePlot)
        case figure([String])
    }

    // MARK: plot e for x in a..b

    private func curves(over clause: Clause, style: PlotStyle, options: AxisOptions) throws -> (
        plot: LinePlot, notes: [String]
    ) {
        let ranges = try variableRanges(clause, count: 1)
        let (name, low, high) = ranges[0]
        guard !options.logX || low > 0 else {
            throw NotebookError.evaluation(
                "a log x axis needs a range above 0, got \(session.renderer.number(low))..\(session.renderer.number(high))",
                at: clause.arguments[0].value.location)
        }
        let expressions = try plottedExpressions()
        let count = style.width * PlotCommand.samplesPerColumn + 1
        let xs =
            options.logX
            ? PlotCommand.logSamples(from: low, to: high, count: count)
            : PlotCommand.samples(from: low, to: high, count: count)
        let grid = GridEvaluation(session: session, variables: [(name, xs)], shape: [count])
        var series: [LinePlot.Series] = []
        var notes: [String] = []
        for expression in expressions {
            let label = expression.text(session.settings.numberFormat)
            let result = try grid.evaluate(expression)
            series.append(.init(label: label, points: Array(zip(xs, result.values))))
            notes += gapNotes(label, result)
        }
        notes += PlotCommand.logGapNotes(series, AxisOptions(logY: options.logY), xIsIndex: false)
        return (LinePlot(series: series, xRange: low...high, logX: options.logX, logY: options.logY), notes)
    }

    /// `count` evenly spaced numbers from `low` to `high`, both included (as linspace, but
    /// measured in halves when the span is too wide for a Double: -1e308..1e308).
    static func samples(from low: Double, to high: Double, count: Int) -> [Double] {
        let span = high - low
        return (0..<count).map { i in
            let t = Double(i) / Double(Swift.max(count - 1, 1))
            if i == count - 1 { return high }
            return span.isFinite ? low + t * span : 2 * (low / 2 + t * (high / 2 - low / 2))
        }
    }

    /// A line for each kind of gap in a curve.
    private func gapNotes(_ label: String, _ result: GridEvaluation.Result) -> [String] {
        var notes: [String] = []
        if result.failures > 0, let reason = result.firstFailure {
            notes.append(
                "(\(label): \(result.failures) of \(result.values.count) points could not be evaluated and are gaps, e.g. \(reason))"
            )
        }
        let notFinite = result.values.filter { !$0.isFinite }.count - result.failures
        if notFinite > 0 {
            notes.append("(\(label): \(notFinite) of \(result.values.count) points are not finite and are gaps)")
        }
        return notes
    }

    /// The expressions to draw: every argument, without labels.
    private func plottedExpressions() throws -> [Expression] {
        guard !invocation.arguments.isEmpty else {
            throw NotebookError.evaluation(
                "\(name) needs something to draw: see :help \(name)", at: invocation.location)
        }
        for argument in invocation.arguments where argument.label != nil {
            throw NotebookError.evaluation(
                "\(name) draws expressions; '\(argument.label!) in' has no meaning here (a range goes after for: for x in a..b)",
                at: argument.value.location)
        }
        return invocation.arguments.map(\.value)
    }

    /// `for x in a..b[, y in c..d]`: each variable with its range, checked.
    private func variableRanges(_ clause: Clause, count: Int) throws -> [(name: String, low: Double, high: Double)] {
        let shape = count == 1 ? "for x in a..b" : "for x in a..b, y in c..d"
        guard clause.arguments.count == count else {
            throw NotebookError.evaluation(
                "\(name) takes \(count == 1 ? "one variable" : "two variables") and range\(count == 1 ? "" : "s"): \(shape)",
                at: invocation.location)
        }
        let ranges = try clause.arguments.map { argument -> (name: String, low: Double, high: Double) in
            guard let variable = argument.label else {
                throw NotebookError.evaluation("name the variable and its range: \(shape)", at: argument.value.location)
            }
            guard case let .range(low, high) = try evaluator.evaluate(argument.value) else {
                throw NotebookError.evaluation("\(variable) needs a range such as -3..3", at: argument.value.location)
            }
            guard low.isFinite, high.isFinite, low < high else {
                throw NotebookError.evaluation(
                    "the range of \(variable) must go from a smaller to a larger finite number, got \(session.renderer.number(low))..\(session.renderer.number(high))",
                    at: argument.value.location)
            }
            return (variable, low, high)
        }
        if count == 2, ranges[0].name == ranges[1].name {
            throw NotebookError.evaluation(
                "contour needs two different variables, got \(ranges[0].name) twice", at: invocation.location)
        }
        return ranges
    }

    // MARK: plot t, plot hist(t), plot history

    private func data(style: PlotStyle, options: AxisOptions, labels: PlotLabels) throws -> (
        drawn: Drawn, notes: [String]
    ) {
        let expressions = try plottedExpressions()
        let values = try expressions.map { try evaluator.evaluate($0) }
        if values.count == 1, case let .object(object) = values[0], let figure = object as? any PlotFigure {
            if options.any || invocation.clause("against") != nil {
                throw NotebookError.evaluation(
                    "logx, logy and against lay out curves; a \(object.kindName) is drawn as it is",
                    at: expressions[0].location)
            }
            return (.figure(figure.draw(style, labels: labels)), [])
        }
        var series: [LinePlot.Series] = []
        let against = try againstValues()  // once, for every series
        for (expression, value) in zip(expressions, values) {
            let label = expression.text(session.settings.numberFormat)
            switch value {
            case let .tensor(variable):
                let ys = try PlotCommand.vector(variable.value, label, at: expression.location)
                if let against {
                    guard against.xs.count == ys.count else {
                        throw NotebookError.evaluation(
                            "against pairs each value with an x: \(label) has \(ys.count) values, \(against.text) has \(against.xs.count)",
                            at: against.location)
                    }
                    series.append(.init(label: label, points: Array(zip(against.xs, ys))))
                } else {
                    series.append(.init(label: label, values: ys))
                }
            case let .object(source as any PlotSeriesSource):
                if invocation.clause("against") != nil {
                    throw NotebookError.evaluation(
                        "\(label) is drawn against its steps; against pairs tensors with x values",
                        at: expression.location)
                }
                series += source.plotSeries.map { .init(label: label + " " + $0.label, values: $0.values) }
            case let .object(object) where object is any PlotFigure:
                throw NotebookError.evaluation(
                    "a \(object.kindName) is drawn on its own: plot \(label)", at: expression.location)
            default:
                throw NotebookError.evaluation(
                    "plot draws tensors, histograms, scatter plots, bar charts and paths, not a \(value.kindName); for a curve write plot \(label) for x in a..b",
                    at: expression.location)
            }
        }
        let xIsIndex = invocation.clause("against") == nil
        return (
            .lines(LinePlot(series: series, logX: options.logX, logY: options.logY)),
            PlotCommand.logGapNotes(series, options, xIsIndex: xIsIndex)
        )
    }

    /// A tensor as one series: a vector, a number, or a matrix with one row or one column.
    static func vector(_ tensor: Tensor, _ label: String, at location: SourceLocation) throws -> [Double] {
        guard tensor.shape.filter({ $0 != 1 }).count <= 1 else {
            throw NotebookError.evaluation(
                "plot draws a tensor as one curve against its index, so it must be a vector; \(label) has shape \(Shape.describe(tensor.shape)) (for points use scatter(X, labels))",
                at: location)
        }
        guard !tensor.scalars.isEmpty else {
            throw NotebookError.evaluation("\(label) is empty: nothing to plot", at: location)
        }
        return tensor.scalars
    }

    // MARK: contour

    func runContour() throws -> [Output] {
        var (style, notes) = try self.style()
        guard let clause = invocation.clause("for") else {
            throw NotebookError.evaluation(
                "contour needs the variables and their ranges: contour f(x, y) for x in a..b, y in c..d",
                at: invocation.location)
        }
        let ranges = try variableRanges(clause, count: 2)
        let expressions = try plottedExpressions()
        guard expressions.count == 1 else {
            throw NotebookError.evaluation(
                "contour draws one expression, got \(expressions.count)", at: expressions[1].location)
        }
        let labels = try self.labels()
        let paths = try invocation.clause("with").map(contourPaths) ?? []
        let levelScale = try invocation.clause("levels").map(contourLevels) ?? .linear
        guard
            let grid = Heatmap.Grid(x: ranges[0].low...ranges[0].high, y: ranges[1].low...ranges[1].high, style: style)
        else {
            throw NotebookError.evaluation("contour's ranges must be finite and not empty", at: invocation.location)
        }
        // Row by row, top to bottom: the grid's layout.
        let xs = grid.ys.flatMap { _ in grid.xs }
        let ys = grid.ys.flatMap { y in grid.xs.map { _ in y } }
        let evaluation = GridEvaluation(
            session: session, variables: [(ranges[0].name, xs), (ranges[1].name, ys)],
            shape: [grid.ys.count, grid.xs.count])
        let result = try evaluation.evaluate(expressions[0])
        let values = (0..<grid.ys.count).map { row in
            Array(result.values[(row * grid.xs.count)..<((row + 1) * grid.xs.count)])
        }
        let label = expressions[0].text(session.settings.numberFormat)
        notes += gapNotes(label, result).filter { !$0.contains("not finite") }
        // Without a title of the user's, the first line says what is drawn.
        let title =
            labels.title != nil
            ? []
            : [
                label + " over "
                    + ranges.map {
                        "\($0.name) in \(session.renderer.number($0.low))..\(session.renderer.number($0.high))"
                    }.joined(separator: ", ")
            ]
        var heatmap = Heatmap(grid: grid, values: values, paths: paths, levelScale: levelScale)
        heatmap.labels = labels
        // Several paths get a colour each on a colour terminal; the plain text is what transcripts hold.
        let coloured = paths.count > 1 ? (title + heatmap.renderColoured(style) + notes).joined(separator: "\n") : nil
        return [Output((title + heatmap.render(style) + notes).joined(separator: "\n"), colouredText: coloured)]
    }

    /// `with path(P)`, `with P` or `with A, B, C`: each path labelled as written.
    private func contourPaths(_ clause: Clause) throws -> [Heatmap.Path] {
        guard (1...Heatmap.maximumPaths).contains(clause.arguments.count),
            clause.arguments.allSatisfy({ $0.label == nil })
        else {
            throw NotebookError.evaluation(
                "with takes 1 to \(Heatmap.maximumPaths) paths: with path(P), or with A, B for several, each a trajectory(…), path(P) or K×2 tensor of points",
                at: invocation.location)
        }
        return try clause.arguments.map { argument in
            let expression = argument.value
            let label = expression.text(session.settings.numberFormat)
            switch try evaluator.evaluate(expression) {
            case let .object(path as PathFigure): return Heatmap.Path(label: label, points: path.points)
            case let .tensor(variable):
                return Heatmap.Path(
                    label: label, points: try BuiltinTable.planePoints(variable.value, of: "the path \(expression)"))
            case let other:
                throw NotebookError.evaluation(
                    "with takes paths (trajectory(…), path(P) or a K×2 tensor), got a \(other.kindName)",
                    at: expression.location)
            }
        }
    }

    /// `levels log` (or `levels linear`, the default).
    private func contourLevels(_ clause: Clause) throws -> Heatmap.LevelScale {
        guard clause.arguments.count == 1, clause.arguments[0].label == nil,
            case let .name(name) = clause.arguments[0].value.kind, ["log", "linear"].contains(name)
        else {
            throw NotebookError.evaluation(
                "levels takes log or linear: contour f(x, y) for x in a..b, y in c..d levels log",
                at: invocation.location)
        }
        return name == "log" ? .logarithmic : .linear
    }

    // MARK: size

    /// The figure's style from the session and `size width, height`, and a note when the size
    /// had to be limited.
    private func style() throws -> (PlotStyle, [String]) {
        guard let clause = invocation.clause("size") else { return (PlotStyle(settings: session.settings), []) }
        guard (1...2).contains(clause.arguments.count), clause.arguments.allSatisfy({ $0.label == nil }) else {
            throw NotebookError.evaluation(
                "size takes the width in columns and, optionally, the height in rows: size 60, 12",
                at: invocation.location)
        }
        let numbers = try clause.arguments.map { argument in
            try Arguments.integer(
                evaluator.evaluate(argument.value), describing: "a plot's size", at: argument.value.location)
        }
        let style = PlotStyle(
            settings: session.settings, width: numbers[0], height: numbers.count > 1 ? numbers[1] : nil)
        let note =
            "(size limited to \(style.width)\(session.settings.ascii ? "x" : "×")\(style.height): widths go from \(PlotStyle.widthRange.lowerBound) to \(PlotStyle.widthRange.upperBound), heights from \(PlotStyle.heightRange.lowerBound) to \(PlotStyle.heightRange.upperBound))"
        return (style, style.wasClamped ? [note] : [])
    }
}
