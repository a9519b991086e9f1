import Foundation
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
        #expect(
            lines == [
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

/// `round_edges`: edges at multiples of a round step, covering the data, the counts exact.
@Suite struct RoundEdgeTests {
    /// numpy.histogram's rule, counted directly: edgeᵢ ≤ v < edgeᵢ₊₁, the last bin closed.
    static func counts(_ values: [Double], _ edges: [Double]) -> [Int] {
        (0..<(edges.count - 1)).map { i in
            values.filter { $0 >= edges[i] && ($0 < edges[i + 1] || (i == edges.count - 2 && $0 == edges[i + 1])) }
                .count
        }
    }

    @Test func edgesAreRoundAndCoverTheData() throws {
        let nine = Histogram(values: [0.3, 1.2, 1.9, 2.4, 2.5, 3.1, 3.3, 4.8, 5.6], bins: 6, roundEdges: true)
        let bins = try #require(nine.bins())
        #expect(bins.edges == [0, 1, 2, 3, 4, 5, 6])
        #expect(bins.counts == [1, 2, 2, 2, 1, 1])
        // Tenths print as tenths: 0.3 is the Double nearest 0.3, not 0.30000000000000004.
        let tenths = try #require(Histogram(values: [0.31, 0.47, 0.52, 0.88], bins: 6, roundEdges: true).bins())
        #expect(tenths.edges == [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
        #expect(tenths.counts == [1, 1, 1, 0, 0, 1])
        #expect(
            Histogram(values: [0.31, 0.47, 0.52, 0.88], bins: 6, roundEdges: true).render(
                Fixtures.style(.ascii, width: 40)
            ).first?
            .hasPrefix("[0.3, 0.4) |") == true)
    }

    @Test(arguments: [1, 2, 3, 5, 7, 10, 20, 50])
    func countsAreExactAndBinsAtMostAsked(_ asked: Int) throws {
        // Samples spread over decades and signs, and ones sitting exactly on round numbers.
        var samples: [[Double]] = [
            (0..<200).map { 3 * sin(Double($0)) + 0.5 }, (0..<50).map { Double($0) / 10 },
            (0..<30).map { 1e-6 * Double($0 * $0) - 3e-4 }, [7, 7, 7], [-1e6, 2.5e6], [0.1, 0.2, 0.3],
        ]
        samples.append((0..<64).map { 1e300 * cos(Double($0)) })
        for values in samples {
            let bins = try #require(Histogram(values: values, bins: asked, roundEdges: true).bins())
            #expect(bins.counts.count <= asked, "\(values.prefix(3))…: \(bins.counts.count) bins for \(asked)")
            #expect(bins.edges[0] <= values.min()! && bins.edges.last! >= values.max()!)
            #expect(zip(bins.edges, bins.edges.dropFirst()).allSatisfy { $0 < $1 })
            #expect(bins.counts == Self.counts(values, bins.edges))
            #expect(bins.counts.reduce(0, +) == values.count)
        }
    }

    @Test func withoutRoundEdgesTheBinsAreNumpys() {
        let values = (0..<100).map { 3 * sin(Double($0)) }
        #expect(Histogram(values: values, bins: 8).bins()?.counts.count == 8)
        #expect(Histogram(values: values, bins: 8, roundEdges: false).bins()?.edges.first == values.min())
    }
}
