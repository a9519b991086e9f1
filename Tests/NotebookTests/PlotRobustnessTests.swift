import Testing

@testable import Notebook

/// Hostile and careless plot input is an error or a plot, never a crash, and the session goes on.
@Suite struct PlotRobustnessTests {
    @Test(arguments: [
        "plot x for x in -1e308..1e308", "plot 1e308 * x for x in -1..1", "plot x * 0 for x in 0..1",
        "plot nan for x in 0..1",
        "plot inf * x for x in -1..1", "plot 1 / x for x in -1..1", "plot x for x in 0..5e-324",
        "plot x for x in 1e300..1.0000001e300",
        "plot [nan, inf, -inf]", "plot [5]", "plot zeros(0)", "plot 3", "plot [1e308, -1e308]",
        "plot x for x in 0..1 size 0, 0",
        "plot x for x in 0..1 size -5, 1e15", "plot x for x in 0..1 size 1e300", "plot x for x in 0..1 size nan",
        "plot hist(zeros(0))", "plot hist([nan, inf])", "plot hist([1e308, -1e308], bins = 200)",
        "plot hist(ones(1000), bins = 7)",
        "plot hist([1, 2], bins = -1)", "plot scatter(zeros(0, 2))", "plot scatter([[nan, 1], [inf, 2]])",
        "plot scatter([[1e308, -1e308], [-1e308, 1e308]], [0, 7])", "plot bar([nan, inf, -1e308, 1e308])",
        "plot bar([0, 0])",
        "plot path([[0, 0]])", "plot path([[nan, nan], [1, 1]])", "plot x for x in 0..1 for x in 0..2",
        "contour x for x in 0..1, y in 0..1 with path([[1e308, -1e308], [nan, 0], [0.5, 0.5]])",
        "contour 0 * x for x in 0..1, y in 0..1", "contour nan for x in 0..1, y in 0..1",
        "contour x / y for x in -1..1, y in -1..1",
        "contour x for x in 0..1, y in 0..1 size 400, 200", "contour x for x in -1e308..1e308, y in -1e308..1e308",
        "contour x for x in 0..1, y in 0..1 with path(zeros(0, 2))", "plot f(x) for x in 0..1",
        "plot x for x in (0..1)..2",
        "plot sum for x in 0..1", "plot hist", "contour hist([1]) for x in 0..1, y in 0..1", "plot for x in 0..1",
    ])
    func neverCrashes(_ source: String) {
        let session = Session()
        run("keep = 41", in: session)
        _ = session.execute(source)
        _ = Session(settings: Settings(width: 20, ascii: true)).execute(source)
        #expect(run("keep + 1", in: session) == "42")
    }
}
