import Foundation
import Notebook
import Testing

@testable import Lessons

/// `:back` and `:next` show what a step printed and never run its code again (issue 11,
/// defect 2); progress is per exercise; a lesson ends with a summary; `:quit` and `:lesson`
/// in a session that has variables.
@Suite struct NavigationTests {
    @Test func backAndNextOverBackpropStep4LeaveTheGradientAsItWas() throws {
        let session = StateSafeJudgingTests.session(in: "backprop", atExercise: 4)
        #expect(session.execute("grad w11").text == "0.048034")
        let back = session.execute(":back").text
        #expect(back.hasPrefix("── Step 3 of 6: Two paths to w11 ──"))
        #expect(back.hasSuffix("(step 3 as it ran; nothing ran again. :next shows step 4)"))
        let forward = session.execute(":next").text
        #expect(forward.contains("  gb> backward a\n"))  // shown as it printed, not run
        // Not 0.096068: backward ran once. (Read directly: the open choice exercise would take
        // nothing but a number as its answer.)
        let gradient = try #require(try? session.evaluateTensor("w11.grad").scalars[0])
        #expect(abs(gradient - 0.048034) < 1e-6)
        #expect(session.execute("2").text.hasPrefix("✓ right"))  // the exercise stayed open
    }

    @Test func backShowsEveryEarlierStepAndNextReturns() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        _ = session.execute("9")
        _ = session.execute(":next")
        #expect(session.execute(":back").text.contains("  gb> x = 3\n  x = 3\n✎ Exercise 1 of 4: What is x squared?"))
        #expect(session.execute(":back").text == "this is the first step")
        #expect(
            session.execute(":where").text
                == "sample: step 1 of 4, Numbers (you reached step 2); exercise 2 of 4 is open")
        #expect(session.execute(":next").text.contains("(the exercise is still open)"))
        #expect(session.execute("2 * x").text.hasPrefix("✓ right"))
    }

    @Test func theLessonEndsWithASummary() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        _ = session.execute("8")
        _ = session.execute("9")  // right after a wrong try
        _ = session.execute(":next")
        _ = session.execute(":hint")
        _ = session.execute("x + x")  // with a hint (this one has none)
        _ = session.execute(":next")
        _ = session.execute(":skip")  // skipped
        _ = session.execute("y = x + 1")  // right first time
        let end = session.execute(":next").text + session.execute(":next").text
        #expect(end.contains("── A sample lesson: done ──"))
        #expect(end.contains("Exercises: 2 right first time, 1 right on a later try, 0 with hints, 1 skipped."))
    }

    @Test func progressIsSavedPerExerciseAndResumesAtTheExactQuestion() throws {
        let store = ProgressStore(
            directory: FileManager.default.temporaryDirectory.appendingPathComponent(
                "gradbook-progress-\(UUID().uuidString)"))
        let (first, directory) = try guidedSession(progress: store)
        _ = first.execute(":lesson sample")
        _ = first.execute(":skip")
        _ = first.execute(":next")
        _ = first.execute("2 * x")
        _ = first.execute(":next")
        _ = first.execute("2")  // the choice of step 3; its command exercise is now open
        #expect(
            store.load("sample")
                == ProgressStore.Progress(
                    step: 2, exercise: 1, finished: false, outcomes: [.skipped, .firstTry, .firstTry]))

        let second = Session(seed: 0)
        second.guide = LessonGuide(library: LessonLibrary(directory: directory.path, builtIn: []), progress: store)
        let resumed = second.execute(":lesson sample").text
        #expect(resumed.hasPrefix("resuming sample at step 3 of 4"))
        #expect(resumed.contains("(answered before: right first time)"))
        #expect(resumed.hasSuffix("(a statement binding y answers; other lines are scratch work; :hint, :skip)"))
        #expect(second.execute("y = x + 1").text.contains("✓ right"))
    }

    @Test func theListSaysDoneInProgressOrNotStarted() throws {
        let store = ProgressStore(
            directory: FileManager.default.temporaryDirectory.appendingPathComponent(
                "gradbook-progress-\(UUID().uuidString)"))
        let (session, _) = try guidedSession(progress: store)
        #expect(session.execute(":lessons").text.hasSuffix("5 min  not started"))
        _ = session.execute(":lesson sample")
        _ = session.execute("9")
        #expect(session.execute(":lessons").text.hasSuffix("5 min  in progress (step 1 of 4)"))
        for command in [":next", ":skip", ":next", ":skip", ":skip", ":next", ":next"] { _ = session.execute(command) }
        #expect(session.execute(":lessons").text.hasSuffix("5 min  done"))
    }

    @Test func progressThatDoesNotFitTheLessonStartsOverSayingSo() throws {
        let store = ProgressStore(
            directory: FileManager.default.temporaryDirectory.appendingPathComponent(
                "gradbook-progress-\(UUID().uuidString)"))
        try store.save(ProgressStore.Progress(step: 10000, finished: false), for: "sample")
        let (session, _) = try guidedSession(progress: store)
        let text = session.execute(":lesson sample").text
        #expect(
            text.hasPrefix(
                "the saved progress of sample (step 10001, exercise 1) does not fit the lesson's 4 steps; starting over"
            ))
        #expect(text.contains("── Step 1 of 4: Numbers ──"))
        try store.save(ProgressStore.Progress(step: -5, finished: false), for: "sample")
        #expect(session.execute(":lesson sample --keep").text.contains("starting over"))
        try "{\"step\": ".write(
            to: store.directory.appendingPathComponent("sample.json"), atomically: true, encoding: .utf8)
        #expect(
            session.execute(":lesson sample --keep").text.hasPrefix(
                "the saved progress of sample cannot be read; starting over"))
    }

    @Test func aProgressWriteFailureIsSaidOnceWithItsReason() throws {
        let store = ProgressStore(directory: URL(fileURLWithPath: "/dev/null/gradbook"))
        let (session, _) = try guidedSession(progress: store)
        let start = session.execute(":lesson sample").text
        #expect(start.contains("progress cannot be saved in /dev/null/gradbook: "), "\(start)")
        #expect(!start.contains("NSCocoaErrorDomain"))
        #expect(!session.execute("9").text.contains("progress cannot be saved"))
    }

    @Test func aRelativeStateHomeIsIgnored() {
        let store = ProgressStore.standard(environment: ["XDG_STATE_HOME": "relative/state", "HOME": "/home/learner"])
        #expect(store.directory.path == "/home/learner/.local/state/gradbook/lessons")
        #expect(
            ProgressStore.standard(environment: ["XDG_STATE_HOME": "/state"]).directory.path
                == "/state/gradbook/lessons")
    }

    @Test func quitLeavesALessonStartedAtThePromptAndKeepsTheSession() throws {
        let (session, _) = try guidedSession()
        _ = session.execute("mine = 42")
        let asked = session.execute(":lesson sample").text
        #expect(asked.contains("This session has variables (mine)"))
        #expect(asked.contains("Nothing has changed yet."))
        #expect(session.execute(":where").failed)  // no lesson started
        #expect(session.execute(":lesson sample --keep").text.contains("Step 1 of 4"))
        let left = session.execute(":quit")
        #expect(!left.quit)
        #expect(left.text.hasPrefix("left the lesson sample"))
        #expect(session.boundTensor("mine")?.scalars == [42])
        #expect(session.execute(":quit").quit)  // the second leaves gradbook
    }

    @Test func freshStartsTheLessonInAFreshSession() throws {
        let (session, _) = try guidedSession()
        _ = session.execute("mine = 42")
        #expect(
            session.execute(":lesson sample --fresh").text.hasPrefix(
                "a fresh session for sample: your variables are gone"))
        #expect(session.boundTensor("mine") == nil)
    }

    @Test func quitInALessonOnlySessionLeavesGradbook() throws {
        let (session, _) = try guidedSession()
        (session.guide as? LessonGuide)?.lessonOnly = true
        _ = session.execute(":lesson sample")
        #expect(session.execute(":quit").quit)
    }
}
