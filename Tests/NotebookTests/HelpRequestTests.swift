import Testing

@testable import Notebook

@Suite struct HelpRequestTests {
    @Test func questionMarksAskForHelp() {
        let relu = run(":help relu")
        #expect(run("?relu") == relu)
        #expect(run("relu?") == relu)
        #expect(run("  ? relu  ") == relu)
        #expect(run("?") == run(":help"))
        #expect(HelpRequest.rewritten("x = 1") == nil)
        #expect(HelpRequest.rewritten("a? b?") == nil)
    }

    @Test func helpCalledAsAFunctionPointsToTheMetaCommand() {
        #expect(failure("help(relu)").contains("help is a meta command here, not a function: :help relu (or ?relu)"))
        #expect(failure("help").contains(":help NAME (or ?NAME)"))
        // A name the learner bound is theirs.
        let session = Session()
        run("help(x) = x + 1", in: session)
        #expect(run("help(1)", in: session) == "2")
    }

    @Test func aTopicIsFoundByOneOfItsWords() {
        #expect(HelpPage.topics(matching: "layers") == [.networks])
        #expect(HelpPage.topics(matching: "optimizer") == [.optimizers])
        #expect(HelpPage.topics(matching: "ab") == [])
        #expect(run(":help layers").hasPrefix("layers and networks\n"))
        #expect(run(":help and").contains("several topics"))
    }

    @Test func helpTextFitsTheWidth() {
        let session = Session()
        run(":width 60", in: session)
        for query in ["sgd", "layers", "hist", "relu", "data", "optimizers"] {
            // Everything but the example's input line (input to copy, kept whole) fits.
            let lines = run(":help \(query)", in: session).split(separator: "\n").filter { !$0.hasPrefix("    gb> ") }
            for line in lines { #expect(line.count <= 60, "\(query): \(line)") }
        }
        // The example's plot is drawn for the indented space it has.
        let hist = run(":help hist", in: session).split(separator: "\n")
        #expect(hist.allSatisfy { $0.count <= 60 || $0.hasPrefix("hist(") || $0.hasPrefix("    gb> ") })
    }
}
