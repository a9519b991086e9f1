import Foundation
import Tensors
import TermPlot

/// `plot … against x logx logy`: data against x values instead of their index, and
/// logarithmic axes, for errors that fall over many decades and for sweeps of a rate.
extension PlotCommand {
    struct AxisOptions {
        var logX = false
        var logY = false
        var any: Bool { logX || logY }
    }

    /// The `logx` and `logy` clauses, which take nothing.
    func axisOptions() throws -> AxisOptions {
        for keyword in ["logx", "logy"] {
            if let clause = invocation.clause(keyword), let first = clause.arguments.first {
                let axis = keyword.dropFirst(3)
                throw NotebookError.evaluation(
                    "\(keyword) takes nothing: it makes the \(axis) axis logarithmic (plot … for x in 1e-8..1 logx logy)",
                    at: first.value.location)
            }
        }
        return AxisOptions(logX: invocation.clause("logx") != nil, logY: invocation.clause("logy") != nil)
    }

    /// `count` numbers from `low` to `high` (both > 0) evenly spaced in their logarithms, so
    /// that each decade of a log x axis gets as many samples as the next.
    static func logSamples(from low: Double, to high: Double, count: Int) -> [Double] {
        samples(from: log10(low), to: log10(high), count: count).enumerated().map { i, exponent in
            i == 0 ? low : i == count - 1 ? high : pow(10, exponent)
        }
    }

    /// The x values of `against x`, a vector (evaluated once; each series must be as long), with
    /// its text and place for messages.
    func againstValues() throws -> (xs: [Double], text: String, location: SourceLocation)? {
        guard let clause = invocation.clause("against") else { return nil }
        guard clause.arguments.count == 1, clause.arguments[0].label == nil else {
            throw NotebookError.evaluation(
                "against takes one vector of x values: plot losses against rates", at: invocation.location)
        }
        let expression = clause.arguments[0].value
        let value = try evaluator.evaluate(expression)
        let xText = expression.text(session.settings.numberFormat)
        let xs = try PlotCommand.vector(
            evaluator.tensor(value, for: "against", at: expression.location).value, xText, at: expression.location)
        return (xs, xText, expression.location)
    }

    /// A note for each series with points a log axis cannot show (values ≤ 0).
    static func logGapNotes(_ series: [LinePlot.Series], _ options: AxisOptions, xIsIndex: Bool) -> [String] {
        series.compactMap { one in
            let hidden = one.points.filter {
                ($0.x.isFinite && $0.x <= 0 && options.logX) || ($0.y.isFinite && $0.y <= 0 && options.logY)
            }.count
            guard hidden > 0 else { return nil }
            let why = options.logX && xIsIndex ? "index 0 or values ≤ 0" : "values ≤ 0"
            return
                "(\(one.label): \(hidden) of \(one.points.count) points are left out: a log axis has no place for \(why))"
        }
    }
}
