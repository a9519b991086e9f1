import Testing

@testable import Notebook

@Suite struct LastValueTests {
    @Test func underscoreAndAnsNameTheLastExpressionsValue() {
        let session = Session()
        #expect(run("2 + 3", in: session) == "5")
        #expect(run("_ * 10", in: session) == "50")
        #expect(run("ans + 1", in: session) == "51")
        // An assignment names its own value and leaves the last value alone.
        run("x = 7", in: session)
        #expect(run("_", in: session) == "51")
        // A silenced expression still computes a value.
        run("x * 2;", in: session)
        #expect(run("ans", in: session) == "14")
    }

    @Test func beforeAnyValueItSaysWhatItIs() {
        #expect(failure("_").contains("_ is the last value an expression printed, and there is none yet"))
        #expect(failure("ans + 1").contains("ans is the last value"))
    }

    @Test func aBindingHidesItAndResetForgetsIt() {
        let session = Session()
        run("1 + 1", in: session)
        run("ans = 40", in: session)
        #expect(run("ans + 2", in: session) == "42")
        #expect(run("_", in: session) == "42")
        run(":reset", in: session)
        #expect(failure("_", in: session).contains("none yet"))
    }

    @Test func aSnapshotPutsItBack() {
        let session = Session()
        run("3", in: session)
        let snapshot = SessionSnapshot(session)
        run("4", in: session)
        snapshot.restore(session)
        #expect(run("_", in: session) == "3")
    }
}
