import Testing
@testable import TermPlot

@Suite struct HistogramTests {
    @Test(arguments: HistogramReference.cases)
    func binsAsNumpy(_ reference: HistogramReferenceCase) throws {
        let bins = try #require(Histogram(values: reference.values, bins: reference.bins).bins())
        #expect(bins.counts == reference.counts)
        #expect(bins.edges == reference.edges)
    }

    @Test func rowsShowIntervalsBarsAndCounts() {
        // Edges 1, 5/3, 7/3, 3; counts 1, 2, 3; the 18-column bars are 6, 12 and 18 long.
        let lines = Histogram(values: [1, 2, 2, 3, 3, 3], bins: 3).render(Fixtures.style(.ascii, width: 40))
        #expect(lines == [
            "[1, 1.66667)       |######             1",
            "[1.66667, 2.33333) |############       2",
            "[2.33333, 3]       |################## 3",
        ])
    }

    @Test func nonFiniteValuesAreLeftOutAndCounted() {
        let histogram = Histogram(values: [1, .nan, 2, .infinity], bins: 2)
        #expect(histogram.bins()?.counts == [1, 1])
        #expect(histogram.render(Fixtures.style(.ascii)).last == "(2 values not finite, left out)")
    }

    @Test func binCountsAreKeptInRange() {
        #expect(Histogram(values: [1], bins: 0).binCount == 1)
        #expect(Histogram(values: [1], bins: -5).binCount == 1)
        #expect(Histogram(values: [1], bins: Int.max).binCount == Histogram.maximumBins)
    }
}
