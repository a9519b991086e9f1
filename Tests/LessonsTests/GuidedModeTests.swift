import Foundation
import Notebook
import Testing

@testable import Lessons

@Suite struct GuidedModeTests {
    @Test func aLearnerAnswersWrongTakesAHintThenAnswersRightWrittenDifferently() throws {
        let (session, _) = try guidedSession()
        let start = session.execute(":lesson sample").text
        #expect(start.contains("A sample lesson (about 5 min; notes 001)"))
        #expect(start.contains("Intro with maths ∂a/∂w₁₁."))
        #expect(start.contains("── Step 1 of 4: Numbers ──"))
        #expect(start.contains("  gb> x = 3\n  x = 3"))
        #expect(start.contains("✎ Exercise 1 of 4: What is x squared?"))

        #expect(session.execute("8").text == "✗ 8 is not it: try again, :hint or :skip")
        #expect(session.execute(":hint").text == "hint 1 of 2: Multiply x by itself.")
        #expect(session.execute(":next").text.hasPrefix("first answer the exercise"))
        let right = session.execute("3 * x").text
        #expect(right.hasPrefix("✓ right\nx² = 3·3 = 9."))
        #expect(session.execute(":hint").text == "no exercise is open")
        // Between exercises the prompt is an ordinary prompt.
        #expect(session.execute("z = x + 1").text == "z = 4")

        #expect(session.execute(":next").text.contains("✎ Exercise 2 of 4: Write twice x."))
        #expect(
            session.execute("x * 3").text.hasPrefix("✗ some entries differ")
                || session.execute("x * 3").text.hasPrefix("✗ 9 is not it"))
        #expect(session.execute("x + x").text.hasPrefix("✓ right"))
        #expect(session.execute(":where").text == "sample: step 2 of 4, Expressions")
    }

    @Test func choicesAndCommandsAreJudgedOnWhatTheyLeave() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        _ = session.execute(":skip")
        _ = session.execute(":next")
        _ = session.execute(":skip")
        let third = session.execute(":next").text
        #expect(third.contains("  1. w = w + η∇Q\n  2. w = w − η∇Q"))
        #expect(session.execute("1").text.hasPrefix("✗ not choice 1"))
        #expect(session.execute("7").text.hasPrefix("✗ answer with the number of a choice, 1 to 2"))
        let chosen = session.execute("2").text
        #expect(chosen.contains("✓ right"))
        #expect(chosen.contains("✎ Exercise 4 of 4: Bind y to x plus one."))
        #expect(
            session.execute("y = x + 2").text
                == "y = 5\n✗ 4 is not it: try again, :hint or :skip".replacingOccurrences(of: "4 is", with: "5 is"))
        #expect(session.execute("y = undefined_name").failed)
        #expect(session.execute("y = 1 + x").text.hasPrefix("y = 4\n✓ right"))
    }

    @Test func skipShowsTheAnswerAndTheValue() throws {
        let (session, _) = try guidedSession()
        _ = session.execute(":lesson sample")
        #expect(session.execute(":skip").text.hasPrefix("the answer: x^2 = 9\nx² = 3·3 = 9."))
    }

    @Test func autoRunsEveryStepFillingInTheAnswers() throws {
        let (session, _) = try guidedSession()
        let run = session.execute(":lesson sample --auto")
        #expect(!run.failed)
        let text = run.text
        #expect(text.contains("  gb> x^2\n✓ right"))
        #expect(text.contains("  gb> y = x + 1\n  y = 4\n✓ right"))
        #expect(text.contains("── A sample lesson: done ──"))
        #expect(!text.contains("✗"))
        #expect(session.execute(":where").failed)  // the lesson is over
    }

    @Test func progressIsSavedAndResumedWithTheEarlierVariables() throws {
        let store = ProgressStore(
            directory: FileManager.default.temporaryDirectory.appendingPathComponent(
                "gradbook-progress-\(UUID().uuidString)"))
        let (first, directory) = try guidedSession(progress: store)
        _ = first.execute(":lesson sample")
        _ = first.execute("9")
        _ = first.execute(":next")
        #expect(
            store.load("sample") == ProgressStore.Progress(step: 1, exercise: 0, finished: false, outcomes: [.firstTry])
        )

        let second = Session(seed: 0)
        second.guide = LessonGuide(library: LessonLibrary(directory: directory.path, builtIn: []), progress: store)
        #expect(second.execute(":lessons").text.contains("sample  A sample lesson  5 min  in progress (step 2 of 4)"))
        let resumed = second.execute(":lesson sample").text
        #expect(resumed.hasPrefix("resuming sample at step 2 of 4"))
        #expect(second.boundTensor("x")?.scalars == [3])
        #expect(second.execute(":lesson sample --restart").text.contains("Step 1 of 4"))
    }

    @Test func lessonCommandsExplainThemselvesWhenTheyCannotRun() throws {
        let (session, _) = try guidedSession()
        #expect(session.execute(":next").text.contains("no lesson is running"))
        #expect(session.execute(":lesson nope").text.contains("no lesson 'nope'; the lessons are sample"))
        #expect(session.execute(":lesson sample --fast").text.contains("unknown option --fast"))
        #expect(Session(seed: 0).execute(":lessons").text.contains("lessons are not available"))
    }

    @Test(arguments: [40, 60, 100])
    func theListingFitsTheWidthWithEveryTitleWhole(_ width: Int) throws {
        let session = Session(seed: 0, settings: Settings(width: width))
        let library = LessonLibrary(directory: nil)
        session.guide = LessonGuide(library: library, progress: nil)
        let text = session.execute(":lessons").text
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= width }, "\(text)")
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        for entry in library.entries() {
            let lesson = try entry.lesson.get()
            let title = lesson.title.split(separator: " ").map(String.init)
            let start = try #require(words.firstIndex(of: lesson.id), "\(lesson.id)")
            // The title's words follow its id in order, wherever its lines broke.
            #expect(
                Array(words[(start + 1)...].filter { title.contains($0) }.prefix(title.count)) == title,
                "\(lesson.id) at \(width)")
        }
    }
}
