import Testing

@testable import Notebook

@Suite struct SafetyNetTests {
    @Test func historyListsEarlierSessionsThenThisOneNumbered() {
        let session = Session()
        session.inputHistory.earlier = ["a = 1", "plot sin(x) for x in -3..3"]
        run("b = 2", in: session)
        run("c = [1,\n2]", in: session)
        #expect(
            run(":history", in: session) == """
                1  a = 1
                2  plot sin(x) for x in -3..3
                ── this session ──
                3  b = 2
                4  c = [1,
                   2]
                """)
        // Only this session's part: no rule above the first line shown.
        #expect(run(":history 2", in: session) == "4  c = [1,\n   2]\n5  :history")
        #expect(failure(":history two", in: session).contains("a whole number of entries"))
    }

    @Test func resetAsksAtThePromptAndKeepsEverythingOnNo() {
        let session = Session()
        var questions: [String] = []
        var answer = false
        session.confirm = {
            questions.append($0)
            return answer
        }
        #expect(run(":reset", in: session) == "session reset (seed 0)", "nothing to lose: no question")
        #expect(questions.isEmpty)
        run("x = 1; y = 2", in: session)
        #expect(run(":reset", in: session).hasPrefix("nothing was reset"))
        #expect(questions == ["forget 2 names (x, y)? [y/N] "])
        #expect(session.names == ["x", "y"])
        answer = true
        run(":reset", in: session)
        #expect(session.names.isEmpty)
    }

    @Test func resetFromALessonOrAScriptOrWithBangNeverAsks() {
        let session = Session()
        session.confirm = { _ in
            Issue.record("asked")
            return false
        }
        run("x = 1", in: session)
        _ = session.executeWithoutGuide(":reset")
        #expect(session.names.isEmpty)
        run("x = 1", in: session)
        run(":reset!", in: session)
        #expect(session.names.isEmpty)
    }
}
