import Foundation
import Testing

@testable import Notebook

/// `plot … logx logy` and `plot t against x`: log axes and data against x values.
@Suite struct PlotAxisOptionTests {
    static func ascii() -> Session { Session(settings: Settings(ascii: true)) }

    @Test func aLogLogPlotOfAPowerLawIsStraightWithDecadeTicks() {
        let text = run("plot x^2 for x in 0.1..10 logx logy size 50, 8", in: Self.ascii())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix(" 100 +"))
        #expect(lines.contains { $0.hasPrefix("   1 +") })
        #expect(lines.contains { $0.hasPrefix("0.01 +") })
        #expect(lines[lines.count - 1].split(separator: " ") == ["0.1", "1", "10"])
        // Straight: each row's first mark is further right than the row below's (the legend,
        // in the empty top left corner, left out).
        #expect(lines[0].hasPrefix(" 100 + * x^2 "))
        let rows = [lines[0].replacingOccurrences(of: "* x^2", with: "     ")] + lines[1..<8]
        let starts = rows.compactMap { line in
            line.firstIndex(of: "*").map { line.distance(from: line.startIndex, to: $0) }
        }
        #expect(starts.count == 8 && starts == starts.sorted(by: >), "\(starts)")
    }

    @Test func logXSamplesEveryDecadeAlike() {
        // Linear sampling of 1e-12..1 would leave every decade below 0.01 without a sample.
        let text = run("plot x for x in 1e-12..1 logx logy size 60, 6", in: Self.ascii())
        let rows = text.split(separator: "\n").prefix(6)
        #expect(rows.allSatisfy { $0.contains("*") }, "\(text)")
    }

    @Test func valuesAtOrBelowZeroAreLeftOutWithANote() {
        let text = run("plot x for x in -1..1 logy size 40, 5", in: Self.ascii())
        #expect(text.hasSuffix("(x: 41 of 81 points are left out: a log axis has no place for values ≤ 0)"))
        let series = run("t = [0, 1, 10, 100]; plot t logy size 40, 5", in: Self.ascii())
        #expect(series.hasSuffix("(t: 1 of 4 points are left out: a log axis has no place for values ≤ 0)"))
    }

    @Test func tensorsAgainstXValues() {
        let session = Self.ascii()
        run("r = [0.001, 0.01, 0.1, 1]; l = [4, 2, 1, 3]", in: session)
        let text = run("plot l against r logx size 40, 5", in: session)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[lines.count - 1].split(separator: " ") == ["0.001", "0.01", "0.1", "1"])
        #expect(lines[lines.count - 3].hasSuffix("* l"), "the legend in the empty bottom right corner")
        let linear = run("plot l against [1, 2, 4, 8] size 40, 5", in: session)
        #expect(
            linear.split(separator: "\n").last?.split(separator: " ") == ["0", "5", "10"], "x values, not the index")
    }

    @Test func misuseIsAClearError() {
        let session = Self.ascii()
        run("l = [1, 2]", in: session)
        #expect(
            failure("plot x for x in -1..1 logx", in: session).contains("a log x axis needs a range above 0, got -1..1")
        )
        #expect(failure("plot l against [1, 2, 3]", in: session).contains("l has 2 values, [1, 2, 3] has 3"))
        #expect(failure("plot l logx 2", in: session).contains("logx takes nothing"))
        #expect(failure("plot hist(l) logy", in: session).contains("a histogram is drawn as it is"))
        #expect(failure("plot x for x in 1..2 against l", in: session).contains("leave out against"))
        #expect(failure("plot l against \"a\"", in: session).contains("against needs numbers or tensors"))
    }
}

/// A plot of several series carries a coloured copy for colour terminals; its text is plain.
@Suite struct PlotColourTests {
    @Test func severalSeriesCarryAColouredCopyOneDoesNot() {
        let session = Session()
        let several = session.execute("plot sin(x), cos(x) for x in -3..3 size 40, 6").outputs[0]
        #expect(!several.text.contains("\u{1B}"))
        let coloured = try! #require(several.colouredText)
        #expect(coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "") == several.text)
        #expect(session.execute("plot sin(x) for x in -3..3 size 40, 6").outputs[0].colouredText == nil)
        #expect(session.execute("plot hist([1, 2, 2])").outputs[0].colouredText == nil)
    }
}
