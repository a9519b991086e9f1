import Testing

/// `gradbook lesson` and `gradbook lessons` through the built executable, finding the
/// repository's lessons from the executable's place in the checkout.
@Suite struct LessonCommandTests {
    @Test func lessonsListsTheLessons() throws {
        let result = try GradbookProcess.run(["lessons"])
        #expect(result.status == 0)
        for id in [
            "adaptive", "backprop", "batchnorm", "derivative", "dropout", "gradient-descent", "init-variance",
            "lr-schedules", "momentum", "second-order",
        ] {
            #expect(
                result.lines.contains { $0.hasPrefix(id + " ") && $0.hasSuffix("not started") },
                "\(id) in \(result.standardOutput)")
        }
    }

    @Test func answersPipedInAreJudged() throws {
        // Wrong, a hint, then right.
        let result = try GradbookProcess.run(["lesson", "dropout"], input: "1\n:hint\n2\n:where\n")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("✗ not choice 1: try again, :hint or :skip"))
        #expect(result.standardOutput.contains("hint 1 of 1: PyTorch's p is the probability of dropping."))
        #expect(result.standardOutput.contains("✓ right"))
        #expect(result.lastLine == "dropout: step 1 of 5, Three meanings of p")
    }

    @Test func autoRunsToTheEnd() throws {
        let result = try GradbookProcess.run(["lesson", "dropout", "--auto"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("── Dropout and its scaling: done ──"))
        #expect(!result.standardOutput.contains("✗"))
    }

    @Test func anUnknownLessonIsAUsageError() throws {
        let result = try GradbookProcess.run(["lesson", "nope"])
        #expect(result.status == 64)
        // The list grows as lessons are added; check its form and some of its ids.
        #expect(result.standardError.hasPrefix("gradbook: no lesson 'nope'; the lessons are "))
        #expect(result.standardError.contains("backprop, batchnorm, "))
        #expect(result.standardError.contains(" dropout, "))
    }
}
