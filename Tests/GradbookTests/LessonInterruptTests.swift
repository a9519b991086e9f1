import Foundation
import Testing

/// Ctrl-C during a lesson's code stops that code, says so and keeps the lesson, with --auto and
/// in the first step of an interactive lesson; nothing printed is lost when stdout is a file.
@Suite struct LessonInterruptTests {
    static let slowLesson = """
        ---
        id: slow
        title: Slow
        ---
        ## One
        ```gradbook
        k = 0
        repeat 100000000 { k += 1 }
        after = 1
        ```
        ```exercise
        kind: number
        question: What is one?
        answer: 1
        ```
        ## Two
        ```gradbook
        two = 2
        ```
        """

    static func lessons() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try slowLesson.write(to: directory.url.appendingPathComponent("slow.md"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func ctrlCDuringAutoStopsTheCodeAndTheLessonGoesOn() throws {
        let lessons = try Self.lessons()
        let result = try GradbookProcess.run(
            ["lesson", "slow", "--auto"], interruptAfter: 2,
            environment: ["GRADBOOK_LESSONS": lessons.url.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            result.standardOutput.contains("  gb> repeat 100000000 { k += 1 }\n  interrupted"),
            "\(result.standardOutput)")
        #expect(result.standardOutput.contains("(the rest of this block did not run; the lesson goes on)"))
        #expect(result.standardOutput.contains("── Slow: done ──"))
    }

    @Test func ctrlCDuringTheFirstStepKeepsTheLessonAndThePrompt() throws {
        let lessons = try Self.lessons()
        let result = try GradbookProcess.run(
            ["lesson", "slow"], input: ":where\n1\n", interruptAfter: 2,
            environment: ["GRADBOOK_LESSONS": lessons.url.path])
        #expect(result.standardOutput.contains("── Step 1 of 2: One ──"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("interrupted"))
        #expect(result.standardOutput.contains("slow: step 1 of 2, One; exercise 1 of 1 is open"))
        #expect(result.standardOutput.contains("✓ right"))
    }
}
