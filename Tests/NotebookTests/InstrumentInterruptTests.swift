import Testing

@testable import Notebook

/// Ctrl-C stops the instruments in the middle of a long graph, and the session goes on.
@Suite struct InstrumentInterruptTests {
    @Test(arguments: ["explain sum(w)", "gradcheck sum(w) wrt w", "backward sum(w)"])
    func aLongGraphIsInterruptedBetweenNodes(_ command: String) {
        let session = Session()
        run("w = randn(3); v = w; repeat 5000 { w = w * 1 }", in: session)
        var polls = 0
        session.interruptRequested = {
            polls += 1
            return polls > 100  // well inside the first walk over the 5000 steps
        }
        let result = session.execute(command)
        #expect(result.interrupted && !result.failed)
        #expect(result.text == "interrupted")
        session.interruptRequested = { false }
        #expect(
            failure("grad v", in: session).contains("v has no gradient yet"), "an interrupted backward changes no .grad"
        )
        #expect(run("backward sum(w); grad v", in: session).hasSuffix("[1, 1, 1]"))
    }
}
