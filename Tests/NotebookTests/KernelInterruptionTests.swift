import Testing

@testable import Notebook

/// Ctrl-C reaches inside a long matrix product: the statement stops between blocks of work,
/// nothing is bound, and the session goes on.
@Suite struct KernelInterruptionTests {
    @Test func aLargeProductStopsWhenAsked() {
        let session = Session()
        run("x = randn(800, 800); keep = 41", in: session)
        var polls = 0
        // The statement's own poll says no; the product's first question says yes.
        session.interruptRequested = {
            polls += 1
            return polls == 2
        }
        let result = session.execute("y = x @ x")
        #expect(result.interrupted)
        #expect(polls == 2)
        session.interruptRequested = { false }
        #expect(session.execute("y").failed)
        #expect(run("keep + 1", in: session) == "42")
    }
}
