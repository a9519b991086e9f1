import Foundation
import Notebook

@testable import Lessons

/// A small lesson with one exercise of each kind, as a lesson author would write it.
let sampleLesson = """
    ---
    id: sample
    title: A sample lesson
    seeds: 001
    minutes: 5
    seed: 7
    ---

    # A sample lesson

    Intro with maths $\\frac{\\partial a}{\\partial w_{11}}$.

    ## Numbers

    ```gradbook
    x = 3
    ```

    ```exercise
    kind: number
    question: What is x squared?
    answer: x^2
    hint: Multiply x by itself.
    hint: It is 9.
    wrong: 2 * x => that is twice x; squaring multiplies x by itself
    explain: x² = 3·3 = 9.
    ```

    ## Expressions

    ```exercise
    kind: expression
    question: Write twice x.
    answer: 2 * x
    ```

    Some prose after the exercise.

    ## Choice and command

    ```exercise
    kind: choice
    question: Which is the gradient-descent step?
    - w = w + η∇Q
    - w = w − η∇Q
    answer: 2
    ```

    ```exercise
    kind: command
    question: Bind y to x plus one.
    binding: y
    answer: x + 1
    solution: y = x + 1
    ```

    ## Recap

    That was all.
    """

func parsedSample() throws -> Lesson { try LessonParser.parse(sampleLesson, path: "sample.md") }

/// A session with a guide running the sample lesson from a temporary lessons directory.
func guidedSession(progress: ProgressStore? = nil) throws -> (Session, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "gradbook-lessons-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try sampleLesson.write(to: directory.appendingPathComponent("sample.md"), atomically: true, encoding: .utf8)
    let session = Session(seed: 0)
    session.guide = LessonGuide(library: LessonLibrary(directory: directory.path, builtIn: []), progress: progress)
    return (session, directory)
}
