import Testing

@testable import Notebook

/// `hist`, `scatter`, `bar`, `path`: plot objects that print as their plot.
@Suite struct PlotFunctionTests {
    let session = Session(settings: Settings(width: 40, ascii: true))

    @Test func aHistogramPrintsItsBinsAndCounts() {
        #expect(
            run("hist([1, 2, 2, 3, 3, 3], bins = 3)", in: session) == """
                histogram of 6 values in 3 bins
                [1, 1.66667)       |######             1
                [1.66667, 2.33333) |############       2
                [2.33333, 3]       |################## 3
                """)
        #expect(failure("hist([1, 2], bins = 0)", in: session).contains("hist's bins must be from 1 to 200, got 0"))
        #expect(failure("hist([1, 2], bins = 1e9)", in: session).contains("got 1000000000"))
    }

    @Test func aBoundPlotPrintsUnderItsName() {
        #expect(
            run("h = hist([5, 5], bins = 1)", in: session) == "h = histogram of 2 values in 1 bin\n[4.5, 5.5] |"
                + String(repeating: "#", count: 26) + " 2")
        #expect(run(":vars", in: session).contains("h     histogram"))
    }

    @Test func scatterHasAMarkerPerClass() {
        let text = run("scatter([[0, 0], [1, 1], [2, 0]], [0, 1, 2])", in: session)
        let rows = text.split(separator: "\n")
        // 35 columns: (1, 1) is at the top, half-way across; (0, 0) and (2, 0) in the bottom
        // corners; the legend in the free top right corner.
        #expect(rows.prefix(3).map { String($0.suffix(9)) } == ["o class 0", "x class 1", "+ class 2"])
        #expect(rows.first!.contains("x") && rows.first!.contains("1 +"))
        #expect(rows.contains { $0.hasSuffix("+o" + String(repeating: " ", count: 33) + "+") })
        #expect(run("scatter([[0, 0], [1, 1]])", in: session).split(separator: "\n").first!.contains("+ o points"))
    }

    @Test(arguments: [
        ("scatter([1, 2, 3])", "scatter's X must be an N×2 tensor of points (x, y), got shape [3]"),
        ("scatter([[0, 0], [1, 1]], [0])", "scatter needs one label per point: 2 point(s), labels of shape [1]"),
        ("scatter([[0, 0]], [8])", "scatter's labels must be class numbers 0 to 7, got 8"),
        ("scatter([[0, 0]], [0.5])", "got 0.5"),
        ("scatter([[0, 0]], [-1])", "got -1"),
        ("bar(ones(2, 2))", "bar's values must be a vector with at least one element, got shape [2, 2]"),
        ("bar([1, 2], \"a\")", "bar got 2 value(s) but 1 label(s)"),
        ("bar([1, 2], 3)", "bar's labels must be a string"),
        ("path(zeros(0, 2))", "path needs at least one point"),
        ("path(ones(3, 3))", "path's P must be an N×2 tensor"),
    ])
    func mistakesAreExplained(_ source: String, _ message: String) {
        let text = failure(source)
        #expect(text.contains(message), "\(text)")
    }

    @Test func barsAreLabelledAndDrawnFromZero() {
        // 33 columns span -1..2, so zero sits at column 11 and each unit is 11 columns.
        #expect(
            run("bar([2, -1, 1], \"a, bb, c\")", in: session) == """
                a  |           ###################### 2
                bb |###########                       -1
                c  |           ###########            1
                """)
    }

    @Test func aPathGivesBackItsPoints() {
        run("p = path([[2, 1], [1, 0.5], [0, 0]])", in: session)
        #expect(run("p.start", in: session) == "[2, 1]")
        #expect(run("p.end", in: session) == "[0, 0]")
        #expect(run("p.points.shape", in: session) == "[3, 2]")
        #expect(run("p", in: session).hasPrefix("path of 3 points from (2, 1) to (0, 0)"))
    }
}
