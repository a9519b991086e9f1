import Tensors
import Testing

@testable import Notebook

/// `while condition { … }`: runs until the condition is false, stops at the iteration limit
/// or on Ctrl-C with the finished iterations kept, and refuses conditions that are not one
/// truth value.
@Suite struct WhileLoopTests {
    @Test func parsesAsALoopWithItsBody() throws {
        let statements = try parse("while norm(g) > 1e-6 { g = g / 2; n += 1 }")
        guard case let .whileLoop(condition, body) = statements[0].kind else {
            Issue.record("while")
            return
        }
        #expect(condition.text(NumberFormat()) == "norm(g) > 1e-06")
        #expect(body.count == 2)
        #expect(Session.needsMoreInput("while x > 0 {"))
        #expect(failure("while x > 0").contains("expected '{' to open the body of while"))
        #expect(failure("while 1 { x = 1").contains("never closed"))
    }

    @Test func runsWhileTheConditionHoldsAndPrintsNothingInside() {
        let session = Session()
        #expect(run("x = 1; n = 0; while x > 0.01 { x = x / 2; n += 1 }", in: session) == "")
        #expect(run("n", in: session) == "7")
        #expect(run("x", in: session) == "0.0078125")
        #expect(run("m = 0; while false { m = 1 }; m", in: session) == "0", "a false condition runs the body never")
        #expect(run("k = 0; while 2 * (k < 3) { k += 1 }; k", in: session) == "3", "a number other than 0 is true")
    }

    @Test func stopsAtTheIterationLimitKeepingWhatRan() {
        let session = Session()
        let text = failure("k = 0; while k >= 0 { k += 1 }", in: session)
        #expect(
            text.contains(
                "while stopped after \(Session.maximumWhileIterations) iterations with its condition still true"))
        #expect(run("k", in: session) == "\(Session.maximumWhileIterations)")
        #expect(run("k + 1", in: session) == "\(Session.maximumWhileIterations + 1)", "the session goes on")
    }

    @Test func stopsWhenInterruptedEvenWithAnEmptyBody() {
        let session = Session()
        run("s = 0", in: session)
        var polls = 0
        session.interruptRequested = {
            polls += 1
            return polls > 10
        }
        let result = session.execute("while 1 { }")
        #expect(result.interrupted && !result.failed && result.text == "interrupted")
        polls = 0
        let counted = session.execute("while s < 1e9 { s += 1 }")
        #expect(counted.interrupted)
        session.interruptRequested = { false }
        let s = Double(run("s", in: session))!
        #expect(s > 0 && s < 20, "the finished iterations stay: \(s)")
    }

    @Test func refusesConditionsThatAreNotOneTruthValue() {
        #expect(failure("while [1, 0] { }").contains("while needs one true or false, got a tensor of shape"))
        #expect(failure("while \"yes\" { }").contains("while needs a condition that is true or false, got a string"))
        #expect(failure("while nan { }").contains("while's condition is nan"))
        #expect(failure("while undefined_name > 0 { }").contains("unknown name 'undefined_name'"))
        #expect(failure("while = 3").contains("while is a reserved word"))
    }
}
