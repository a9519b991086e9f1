import Testing

@testable import Lessons

@Suite struct LessonParserTests {
    @Test func readsFrontMatterStepsAndBlocks() throws {
        let lesson = try parsedSample()
        #expect(lesson.id == "sample")
        #expect(lesson.title == "A sample lesson")
        #expect(lesson.seeds == ["001"])
        #expect(lesson.minutes == 5)
        #expect(lesson.randomSeed == 7)
        #expect(lesson.steps.map(\.title) == ["Numbers", "Expressions", "Choice and command", "Recap"])
        #expect(lesson.introduction == [.prose("Intro with maths $\\frac{\\partial a}{\\partial w_{11}}$.", line: 11)])
        #expect(lesson.steps[0].blocks.first == .code("x = 3", line: 16))
        let number = try #require(lesson.steps[0].exercises.first)
        #expect(number.kind == .number)
        #expect(number.hints == ["Multiply x by itself.", "It is 9."])
        #expect(number.explanation == "x² = 3·3 = 9.")
        #expect(
            number.wrong == [
                WrongAnswer(answer: "2 * x", message: "that is twice x; squaring multiplies x by itself", line: 25)
            ])
        let choice = try #require(lesson.steps[2].exercises.first)
        #expect(choice.choices == ["w = w + η∇Q", "w = w − η∇Q"])
        #expect(lesson.steps[2].exercises.last?.binding == "y")
    }

    @Test func crlfLinesReadTheSame() throws {
        let crlf = sampleLesson.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        #expect(try LessonParser.parse(crlf, path: "sample.md") == parsedSample())
    }

    static let malformed: [(text: String, line: Int?, message: String)] = [
        ("no front matter\n## a\n", 1, "a lesson starts with front matter"),
        ("---\ntitle: t\n---\n## a\n", 3, "the front matter has no id:"),
        ("---\nid: a b\ntitle: t\n---\n", 2, "id must be letters, digits and -"),
        ("---\nid: a\ntitle: t\ncolour: red\n---\n", 4, "unknown front matter key 'colour'"),
        ("---\nid: a\ntitle: t\n---\nprose only\n", nil, "a lesson needs at least one step"),
        ("---\nid: a\ntitle: t\n---\n## s\n```gradbook\nx = 1\n", 6, "this ``` block is never closed"),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: essay\nquestion: q\nanswer: 1\n```\n", 7,
            "unknown exercise kind 'essay'"
        ),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: number\nquestion: q\n```\n", 6,
            "this exercise has no answer:"
        ),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: choice\nquestion: q\n- one\n- two\nanswer: 3\n```\n",
            11, "answer is the number of the right choice, 1 to 2"
        ),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: number\nquestion: q\nanswer: 1\nhnt: typo\n```\n", 10,
            "unknown exercise key 'hnt'"
        ),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: command\nquestion: q\nanswer: 1\n```\n", 6,
            "this exercise has no binding:"
        ),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: number\nquestion: q\nanswer: 1\ntolerance: -1\n```\n",
            10, "tolerance must be a number ≥ 0"
        ),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: number\nquestion: q\nanswer: 1\nwrong: 2\n```\n", 10,
            "wrong: reads ANSWER => MESSAGE"
        ),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: number\nquestion: q\nanswer: 1\nwrong: 2 =>\n```\n",
            10, "wrong: needs an answer before => and a message after it"
        ),
        (
            "---\nid: a\ntitle: t\n---\n## s\n```exercise\nkind: choice\nquestion: q\n- one\n- two\nanswer: 1\nwrong: 3 => no\n```\n",
            12, "names a choice by its number, 1 to 2"
        ),
    ]

    @Test(arguments: malformed.indices) func malformedLessonsSayFileLineAndWhat(_ index: Int) {
        let (text, line, message) = Self.malformed[index]
        do {
            _ = try LessonParser.parse(text, path: "bad.md")
            Issue.record("parsed a malformed lesson")
        } catch let error as LessonError {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error)")
            #expect(error.description.hasPrefix("bad.md:" + (line.map { "\($0):" } ?? "")))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
