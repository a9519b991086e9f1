import Foundation
import TermPlot
import Testing

@testable import Notebook

/// `plot`: curves of expressions over a range, tensors against their index, plot objects.
@Suite struct PlotCommandTests {
    static func asciiSession() -> Session { Session(settings: Settings(ascii: true)) }

    /// The drawing without the notes under it, and without the legend of the curves named
    /// `legend` (inside the drawing, in a corner, or below it).
    static func drawing(_ text: String, legend: [String] = []) -> [String] {
        text.split(separator: "\n").prefix { !$0.hasPrefix("* ") && !$0.hasPrefix("(") }.map { line in
            var line = String(line)
            for label in legend {
                for entry in ["* " + label, "⠒⠒ " + label] {
                    line = line.replacingOccurrences(of: entry, with: String(repeating: " ", count: entry.count))
                }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    @Test func aStraightLineFromCornerToCorner() {
        // y = x on 0..1: 25 columns, 5 rows, ticks every 0.5 on both axes.
        #expect(
            run("plot x for x in 0..1 size 30, 5", in: Self.asciiSession()) == """
                  1 + * x                 ****
                    |               *******
                0.5 +         *******
                    |   *******
                  0 +****
                    ++-----------+-----------+
                     0          0.5          1
                """)
    }

    @Test func eachExpressionIsACurveNamedInTheLegend() {
        // The legend goes in the top left corner, which the rising curves leave empty.
        let text = run("plot sigmoid(x), relu(x) * 0.5 for x in -2..2 size 40, 6", in: Self.asciiSession())
        let lines = text.split(separator: "\n")
        #expect(lines[0].hasPrefix("  1 + * sigmoid(x)  ") && lines[1].hasPrefix("    | + relu(x) * 0.5"))
        let unicode = run("plot sigmoid(x), relu(x) * 0.5 for x in -2..2 size 40, 6")
        let rows = unicode.split(separator: "\n")
        #expect(rows[0].hasPrefix("  1 ┤ ⠒⠒ sigmoid(x)  ") && rows[1].hasPrefix("    │ • relu(x) * 0.5"))
        #expect(unicode.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }, "braille dots")
    }

    @Test(arguments: [("sum(x) * x", "x^2"), ("mean(x) + x", "2 * x"), ("max(x) - min(x) + x", "x")])
    func reductionsMeanTheirValueAtEachPoint(_ reduced: String, _ plain: String) {
        // At one point x is a number, so sum(x) is x: the curve must not depend on the grid.
        let session = Self.asciiSession()
        let a = run("plot \(reduced) for x in -1..1 size 40, 8", in: session)
        let b = run("plot \(plain) for x in -1..1 size 40, 8", in: session)
        #expect(Self.drawing(a, legend: [reduced]) == Self.drawing(b, legend: [plain]))
    }

    @Test func userFunctionsArePlottedThroughTheirBodies() {
        let session = Self.asciiSession()
        run("f(x) = x^2 * sin(x); g(t) = f(t) + sum(t) - t", in: session)
        let direct = run("plot x^2 * sin(x) for x in -3..3 size 50, 10", in: session)
        let shown = Self.drawing(direct, legend: ["x^2 * sin(x)"])
        #expect(Self.drawing(run("plot f(x) for x in -3..3 size 50, 10", in: session), legend: ["f(x)"]) == shown)
        #expect(Self.drawing(run("plot g(x) for x in -3..3 size 50, 10", in: session), legend: ["g(x)"]) == shown)
    }

    @Test func thePlotVariableShadowsABindingAndLeavesItAlone() {
        let session = Self.asciiSession()
        run("x = 5; w = 2", in: session)
        let shifted = run("plot w * x for x in 0..1 size 30, 5", in: session)
        #expect(shifted.contains("2 +") && shifted.contains("0 +"))
        #expect(run("x", in: session) == "5")
    }

    @Test func pointsThatAreNotFiniteOrFailAreGapsAndSaidSo() {
        let session = Self.asciiSession()
        // 81 samples of -1..1: the 40 negative ones give nan, x = 0 gives -inf.
        #expect(
            run("plot log(x) for x in -1..1 size 40, 6", in: session).hasSuffix(
                "(log(x): 41 of 81 points are not finite and are gaps)"))
        // 41 samples of 0..2: only 0, 1 and 2 are whole numbers, so only they can index.
        #expect(
            run("plot ones(3)[x] for x in 0..2 size 20, 3", in: session)
                .hasSuffix(
                    "(ones(3)[x]: 38 of 41 points could not be evaluated and are gaps, e.g. an index must be a whole number, got 0.05)"
                ))
    }

    @Test func aCurveThatFailsEverywhereIsAnError() {
        #expect(failure("plot nosuch(x) for x in 0..1").contains("unknown name 'nosuch'"))
        #expect(
            failure("plot ones(2) * x for x in 0..1").contains(
                "must give one number at each point, but gives a tensor of shape [2]"))
        #expect(failure("plot \"a\" for x in 0..1").contains("must give a number at each point, but gives a string"))
    }

    @Test func tensorsAreCurvesAgainstTheirIndex() {
        #expect(
            run("plot [1, 3, 2] size 30, 5", in: Self.asciiSession()) == """
                3 +            *****
                  |         ***     ******
                2 +     ****              ****
                  |  ***
                1 +**              * [1, 3, 2]
                  ++------------+------------+
                   0            1            2
                """)
        let two = run("a = [1, 2]; b = [[2], [1]]; plot a, b size 30, 5", in: Self.asciiSession())
        #expect(two.hasSuffix("* a   + b"))
        #expect(failure("plot ones(2, 2)").contains("must be a vector; ones(2, 2) has shape [2, 2]"))
    }

    @Test func seriesSourcesArePlottedByName() {
        let session = Self.asciiSession()
        session.bindings["history"] = .object(FakeHistory())
        let text = run("plot history size 40, 5", in: session)
        #expect(text.hasSuffix("* history loss   + history accuracy"))
        #expect(text.hasPrefix("  1 +***"), "loss starts at 1")
    }

    @Test func plotObjectsAreDrawnAtTheRequestedSize() {
        let session = Self.asciiSession()
        let text = run("plot hist([1, 2, 2, 3, 3, 3], bins = 3) size 40", in: session)
        #expect(text.split(separator: "\n").map(\.count).max() == 40)
        #expect(text.hasPrefix("histogram of 6 values in 3 bins\n[1, 1.66667)"))
        #expect(
            failure("plot hist([1, 2]), [1, 2]", in: session).contains(
                "a histogram is drawn on its own: plot hist([1, 2])"))
    }

    @Test func aCurveFlatUpToRoundingIsDrawnAsAConstant() {
        // sin²x + cos²x is 1 give or take an ulp: the same flat line and ticks as 1 itself
        // (its axis once spun for ever looking for round ticks a few ulps apart).
        let session = Self.asciiSession()
        let noisy = run("plot sin(x)^2 + cos(x)^2 for x in -6..6 size 30, 5", in: session)
        let exact = run("plot 1 + 0 * x for x in -6..6 size 30, 5", in: session)
        #expect(Self.drawing(noisy, legend: ["sin(x)^2 + cos(x)^2"]) == Self.drawing(exact, legend: ["1 + 0 * x"]))
        #expect(Self.drawing(noisy).contains("  1 +*************************"))
        // In braille the ulps once straddled two dots: the line must be one row of dots.
        let braille = Self.drawing(run("plot sin(x)^2 + cos(x)^2 for x in -6..6"), legend: ["sin(x)^2 + cos(x)^2"])
            .dropLast()
        #expect(braille == Self.drawing(run("plot 1 + 0 * x for x in -6..6"), legend: ["1 + 0 * x"]).dropLast())
        #expect(braille.filter { $0.contains("⠉") }.count == 1)
        for command in [
            "plot scatter(stack(arange(0, 3), sin(arange(0, 3))^2 + cos(arange(0, 3))^2, axis = 1))",
            "contour sin(x)^2 + cos(x)^2 + 0 * y for x in -6..6, y in -1..1",
        ] {
            #expect(!run(command, in: session).isEmpty)
        }
    }

    @Test func sizeIsCheckedAndLimited() {
        let session = Self.asciiSession()
        #expect(
            run("plot x for x in 0..1 size 10000, 1", in: session).hasSuffix(
                "(size limited to 400x3: widths go from 20 to 400, heights from 3 to 200)"))
        #expect(
            failure("plot x for x in 0..1 size 1.5", in: session).contains(
                "a plot's size must be a whole number, got 1.5"))
        #expect(failure("plot x for x in 0..1 size 1, 2, 3", in: session).contains("size takes the width in columns"))
        // The default height, the axis and its labels; the legend is inside.
        #expect(
            run("plot x for x in 0..1 size 24", in: session).split(separator: "\n").count == PlotStyle.defaultHeight + 2
        )
    }

    @Test(arguments: [
        ("plot x for 0..1", "name the variable and its range"),
        ("plot x for x in 1..1", "must go from a smaller to a larger finite number, got 1..1"),
        ("plot x for x in 0..inf", "got 0..inf"),
        ("plot x for x in 3", "x needs a range such as -3..3"),
        ("plot x for x in 0..1, y in 0..1", "plot takes one variable and range: for x in a..b"),
        ("plot", "plot needs something to draw"),
        ("plot y = 2 for x in 0..1", "plot draws expressions"),
        ("plot \"text\"", "not a string"),
    ])
    func mistakesAreExplained(_ source: String, _ message: String) {
        let text = failure(source)
        #expect(text.contains(message), "\(text)")
    }
}

/// A stand-in for the training history another part of the notebook provides.
final class FakeHistory: PlotSeriesSource {
    var kindName: String { "history" }
    func render(settings: Settings) -> String { "history" }
    var plotSeries: [(label: String, values: [Double])] { [("loss", [1, 0.5, 0.25]), ("accuracy", [0, 0.5, 0.75])] }
}
