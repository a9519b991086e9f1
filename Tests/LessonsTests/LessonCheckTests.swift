import Foundation
import Testing

@testable import Lessons

/// `gradbook lesson check`: the repository's lessons pass it, and each kind of problem in a
/// lesson is reported at its line.
@Suite struct LessonCheckTests {
    static let repositoryLessons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons").path

    @Test func everyLessonInTheRepositoryPasses() {
        let problems = LessonCheck.problems(in: [Self.repositoryLessons])
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    static let flawed = """
        ---
        id: flawed
        title: A lesson with a problem of each kind
        ---

        ## One

        ```gradbook
        x = 3
        y = nowhere + 1
        ok = 1  # error: this one does not fail
        ```

        ```exercise
        kind: number
        question: q
        answer: x^2
        wrong: 3 * 3 => this is the answer itself
        wrong: nowhere => does not evaluate
        ```

        ```exercise
        kind: number
        question: q
        answer: nothing_bound
        ```

        ```exercise
        kind: command
        question: q
        binding: z
        solution: z = 2 * x
        ```

        ## Two

        \(String(repeating: "word", count: 25))

        ```gradbook
        w = [1.0, 2.0]
        opt = sgd(w, lr = 0.1)
        backward sum(w * w)
        ```

        ```exercise
        kind: command
        question: q
        binding: s
        solution: step opt; s = w
        ```
        """

    @Test func eachProblemIsReportedAtItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("flawed-\(UUID().uuidString).md")
        try Self.flawed.write(to: file, atomically: true, encoding: .utf8)
        let problems = LessonCheck.problems(in: [file.path]).map { "\($0.line ?? 0): \($0.message)" }
        let expected: [(Int, String)] = [
            (10, "this code fails: error: unknown name 'nowhere'"),
            (11, "this code was marked # error but runs"),
            (18, "this wrong answer would be judged right"),
            (19, "this wrong answer does not evaluate"),
            (22, "the answer does not evaluate"),
            (22, "the lesson's own answer is not judged right"),
            (37, "a printed line is 100 columns, more than 80"),
            (45, "the answer does not evaluate: it steps opt, which judging cannot undo"),
        ]
        for (line, message) in expected {
            #expect(
                problems.contains { $0.hasPrefix("\(line): \(message)") },
                "\(line): \(message) in\n\(problems.joined(separator: "\n"))")
        }
        // The command exercise's solution binds z right: no problem there.
        #expect(!problems.contains { $0.hasPrefix("28:") })
        #expect(
            LessonCheck.problems(in: ["/nonexistent/lessons"]).first?.description
                == "/nonexistent/lessons: no such file or directory")
    }

    @Test func aLessonsCodeWritesNoFiles() throws {
        // Issue 14 item 14: a lesson from elsewhere must not write the user's files.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("saving-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("victim.gb").path
        let lesson = "---\nid: saving\ntitle: Saving\n---\n\n## One\n\n```gradbook\nx = 1\n:save \(target)\n```\n"
        let file = folder.appendingPathComponent("saving.md")
        try lesson.write(to: file, atomically: true, encoding: .utf8)
        let problems = LessonCheck.problems(in: [file.path]).map(\.message)
        #expect(problems.contains { $0.contains(":save writes no files in a lesson's code") }, "\(problems)")
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
