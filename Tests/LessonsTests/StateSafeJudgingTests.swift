import Notebook
import Testing

@testable import Lessons

/// Judging an answer never changes the learner's state, and the right value is fixed when the
/// exercise opens (issue 11, defects 1 and 3), on the lessons as they ship.
@Suite struct StateSafeJudgingTests {
    /// A session running a built-in lesson, with its exercises before `exercise` skipped.
    static func session(in id: String, atExercise exercise: Int) -> Session {
        let session = Session(seed: 0)
        session.guide = LessonGuide(library: LessonLibrary(directory: nil), progress: nil)
        _ = session.execute(":lesson \(id)")
        for _ in 1..<exercise {
            _ = session.execute(":skip")
            _ = session.execute(":next")
        }
        return session
    }

    @Test func backpropStep5IsRightAfterZeroAndBackwardOfTheLoss() {
        // The exercise's hint suggests this route; the old runner evaluated the answer after it.
        let session = Self.session(in: "backprop", atExercise: 5)
        #expect(session.execute(":where").text.contains("step 5 of 6"))
        _ = session.execute("zero")
        _ = session.execute("backward (a - 1)^2")
        let answered = session.execute("g = w11.grad").text
        #expect(answered.contains("g = -0.141164"))
        #expect(answered.contains("✓ right"), "\(answered)")
    }

    @Test func batchnormStep2AnswerLeavesTheRunningStatisticsAsAfterOneStep() throws {
        let session = Self.session(in: "batchnorm", atExercise: 2)
        let before = try session.evaluateTensor("buffer(bn, \"running_mean\")")
        let answered = session.execute("z = 2 * bn(X) + 1").text  // a second training step
        #expect(answered.contains("✓ right"), "\(answered)")
        #expect(try session.evaluateTensor("buffer(bn, \"running_mean\")") == before)
        #expect(try session.evaluateTensor("buffer(bn, \"num_batches_tracked\")").scalars == [1])
        // the answer's binding stays
        #expect(try session.evaluateTensor("z") == session.evaluateTensor("2 * xhat + 1"))
        // And step 3 still shows one training step: running_mean = 0.1 · μ.
        let next = session.execute(":next").text
        let lines = next.split(separator: "\n").map(String.init)
        let mean = try #require(lines.firstIndex(of: "  gb> buffer(bn, \"running_mean\")"))
        let expected = try #require(lines.firstIndex(of: "  gb> 0.1 * mu"))
        #expect(lines[mean + 1] == lines[expected + 1])
    }

    @Test func judgingAnExpressionLeavesTheRandomStreamAndTheLayersAlone() throws {
        let session = Self.session(in: "batchnorm", atExercise: 3)
        let next = try session.withoutSideEffects { try session.evaluateTensor("randn(3)") }
        let stats = try session.evaluateTensor("buffer(bn, \"running_mean\")")
        #expect(session.execute("randn(1)[0] + bn(X)[0, 0]").text.hasPrefix("✗"))
        #expect(try session.evaluateTensor("buffer(bn, \"running_mean\")") == stats)
        #expect(try session.evaluateTensor("randn(3)") == next)
    }

    @Test func aCommandAnswerKeepsItsBindingAndNothingElse() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        for _ in 0..<3 {
            _ = session.execute(":skip")
            _ = session.execute(":next")
        }
        let answered = session.execute("y = x + 1; backward y * x").text
        #expect(answered.contains("✓ right"), "\(answered)")
        #expect(session.boundTensor("y")?.scalars == [4])
        #expect(session.execute("grad x").text.contains("x has no gradient yet"))  // backward's gradients were undone
    }

    @Test func skippingACommandExerciseRunsItsSolution() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        for _ in 0..<3 {
            _ = session.execute(":skip")
            _ = session.execute(":next")
        }
        let skipped = session.execute(":skip").text
        #expect(skipped.hasPrefix("the answer: y = x + 1\n  gb> y = x + 1\n  y = 4"))
        #expect(session.boundTensor("y")?.scalars == [4])
    }
}
