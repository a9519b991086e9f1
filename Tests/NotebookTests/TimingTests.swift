import Testing

@testable import Notebook

/// `:time` runs what follows as if typed alone and adds one line with the time.
@Suite struct TimingTests {
    /// The time line, checked for form only: its number is the one thing allowed to vary.
    static func isTimeLine(_ line: Substring) -> Bool {
        guard line.hasPrefix("time: "), line.hasSuffix(" ms") else { return false }
        let number = line.dropFirst("time: ".count).dropLast(" ms".count)
        return Double(number).map { $0 >= 0 } ?? false
    }

    @Test func printsWhatTheStatementPrintsThenTheTime() {
        let session = Session()
        let lines = run(":time x = 2 + 2", in: session).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "x = 4")
        #expect(lines.last.map(Self.isTimeLine) == true, "\(lines)")
        #expect(run("x", in: session) == "4")
    }

    @Test func timesSeveralStatementsAndALoopWithTheirEffectsKept() {
        let session = Session()
        let lines = run(":time k = 0; repeat 25 { k = k + 2 }; k", in: session).split(separator: "\n")
        #expect(Array(lines.dropLast()) == ["50"])  // `;` silences `k = 0`, as it would alone
        #expect(lines.last.map(Self.isTimeLine) == true)
        #expect(run("k", in: session) == "50")
    }

    @Test func timedStatementsAreSavedAsIfTypedAlone() {
        let (timed, alone) = (Session(), Session())
        run(":time a = 3; b = a * 2", in: timed)
        run("a = 3; b = a * 2", in: alone)
        #expect(timed.savedInput == alone.savedInput)
        #expect(timed.savedInput.count == 2)
    }

    @Test func anErrorInsideFailsTheEntryAndLeavesTheSessionGoing() {
        let session = Session()
        run("a = 1", in: session)
        let text = failure(":time a = 5; b = a + nope; c = 3", in: session)
        #expect(text.contains("error: unknown name 'nope'"))
        #expect(run("a", in: session) == "5")
        #expect(failure("c", in: session).contains("unknown name 'c'"))
    }

    @Test func aSyntaxErrorIsReportedWithItsCaret() {
        let text = failure(":time x = (1 +")
        #expect(text.contains("error:"))
        #expect(text.contains("^"))
    }

    @Test(arguments: [":time", ":time   ", ":time :time x = 1", ":time x = 1; :time y = 2"])
    func refusesNothingToTimeAndTimingItself(_ source: String) {
        #expect(failure(source).contains(":time"))
    }

    @Test func aLongLineOfNestedTimesIsRefusedNotRecursedInto() {
        let source = String(repeating: ":time ", count: 20_000) + "x = 1"
        #expect(failure(source).contains(":time cannot time another :time"))
    }
}
