import Notebook
import Testing

@testable import Lessons

/// While an exercise is open, a bare expression (a choice's number) is the answer and every
/// other statement is scratch work that runs as usual; targeted feedback for known mistakes.
@Suite struct ScratchWorkTests {
    @Test func statementsRunAsScratchWorkWhileANumberExerciseIsOpen() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        #expect(session.execute("u = x + 1").text == "u = 4")
        #expect(session.execute("repeat 2 { u += 1 }").text == "")
        #expect(session.execute(":vars").text.contains("u     number"))
        #expect(session.execute("y = undefined").failed)  // an error in scratch work is only an error
        #expect(session.execute(":where").text.contains("exercise 1 of 4 is open"))
        #expect(session.execute("u * 1.5").text.hasPrefix("✓ right"))  // u is 6, not 9: 6 * 1.5 = 9
    }

    @Test func aChoiceExerciseTakesOnlyANumberAsItsAnswer() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        _ = session.execute(":skip")
        _ = session.execute(":next")
        _ = session.execute(":skip")
        _ = session.execute(":next")
        #expect(session.execute("x + 1").text == "4")  // an expression is scratch work here
        #expect(session.execute("2").text.hasPrefix("✓ right"))
    }

    @Test func aKnownWrongAnswerGetsItsOwnMessage() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        #expect(
            session.execute("x + x").text
                == "✗ that is twice x; squaring multiplies x by itself: try again, :hint or :skip")
        #expect(session.execute("6").text.hasPrefix("✗ that is twice x"))  // judged on the value
    }

    @Test func aCloseAnswerIsToldWhyItIsNotAccepted() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        let close = session.execute("9.001").text
        #expect(close.contains("9.001 is close (within 1%), but the answer needs to be within 1e-06"))
        #expect(session.execute("[9, 9]").text.hasPrefix("✗ the answer is one number; this has shape [2]"))
    }

    @Test func aCommandExerciseTreatsStatementsThatLeaveItsNameAloneAsScratchWork() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        for _ in 0..<3 {
            _ = session.execute(":skip")
            _ = session.execute(":next")
        }
        #expect(session.execute("w = x * 10").text == "w = 30")  // scratch: no verdict
        #expect(session.execute("y = x + 2").text == "y = 5\n✗ 5 is not it: try again, :hint or :skip")
        #expect(session.execute("y = x + 1").text.hasPrefix("y = 4\n✓ right"))
        #expect(session.boundTensor("w")?.scalars == [30])
    }
}
