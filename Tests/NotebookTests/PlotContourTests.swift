import Testing

@testable import Notebook

/// `contour f(x, y) for x in a..b, y in c..d with path(P)`.
@Suite struct PlotContourTests {
    static func asciiSession() -> Session { Session(settings: Settings(ascii: true)) }

    @Test func levelsAndAPathFromStartToEnd() {
        // x² + y² on the square: blank in the middle, densest in the corners; the path starts in
        // the top-right corner, steps to (0.5, -0.5) and ends at the centre.
        #expect(
            run(
                "contour x^2 + y^2 for x in -1..1, y in -1..1 with path([[1, 1], [0.5, -0.5], [0, 0]]) size 30, 8",
                in: Self.asciiSession()) == #"""
                    x^2 + y^2 over x in -1..1, y in -1..1
                     1 +@%%#***++++====++++***#%%S
                       |#**++==:::::..:::::==++*/#
                       |*+==::....      ....::=/+*
                       |+==::..            ..:/==+
                     0 ++==::..      E-    ../:==+
                       |*+==::....     ---../:==+*
                       |#**++==:::::..::::-o=++**#
                    -1 +@%%#***++++====++++***#%%@
                       ++------------+-----------+
                        -1           0           1
                    " " below 0.2   "." 0.2 to 0.4
                    ":" 0.4 to 0.6
                    "=" 0.6 to 0.8   "+" 0.8 to 1
                    "*" 1 to 1.2   "#" 1.2 to 1.4
                    "%" 1.4 to 1.6
                    "@" 1.6 and above
                    S start  o step  E end  (3 points)
                    """#)
    }

    @Test func aPathCanBeATensorAndMayLeaveThePlot() {
        let text = run(
            "P = [[0, 0], [5, 5]]; contour x * y for x in -1..1, y in -1..1 with P size 30, 6", in: Self.asciiSession())
        #expect(text.hasSuffix("S start  o step  E end  (2 points, 1 outside the plotted range)"))
        #expect(text.contains("S"))
        #expect(!text.split(separator: "\n").dropLast().contains { $0.contains("E") })
    }

    @Test func evaluatedPointByPointWhenNotElementwise() {
        let session = Self.asciiSession()
        let plain = run("contour x + y for x in -1..1, y in 0..2 size 30, 6", in: session)
        let reduced = run("contour sum(x) + mean(y) for x in -1..1, y in 0..2 size 30, 6", in: session)
        #expect(plain.split(separator: "\n").dropFirst() == reduced.split(separator: "\n").dropFirst())
    }

    @Test func undefinedCellsAreMarked() {
        // 25 columns over -1..1: the 12 left of the middle one (x = 0, where log gives -inf) are
        // negative, where log gives nan; 4 rows of them.
        let text = run("contour log(x) + y for x in -1..1, y in 0..1 size 30, 4", in: Self.asciiSession())
        #expect(text.hasSuffix("? not a number (48 cells)"))
        #expect(text.split(separator: "\n")[1].hasPrefix("  1 +???????????? ."))
    }

    @Test(arguments: [
        ("contour x + y", "contour needs the variables and their ranges"),
        ("contour x + y for x in 0..1", "contour takes two variables and ranges: for x in a..b, y in c..d"),
        ("contour x + y for x in 0..1, x in 0..1", "contour needs two different variables, got x twice"),
        ("contour x, y for x in 0..1, y in 0..1", "contour draws one expression, got 2"),
        ("contour x + y for x in 0..1, y in 0..1 with 3", "the path 3 must be an N×2 tensor"),
        (
            "contour x + y for x in 0..1, y in 0..1 with \"p\"",
            "with takes paths (trajectory(…), path(P) or a K×2 tensor), got a string"
        ),
        (
            "contour x + y for x in 0..1, y in 0..1 with [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0]",
            "with takes 1 to 6 paths"
        ),
        ("contour z for x in 0..1, y in 0..1", "unknown name 'z'"),
    ])
    func mistakesAreExplained(_ source: String, _ message: String) {
        let text = failure(source)
        #expect(text.contains(message), "\(text)")
    }
}
