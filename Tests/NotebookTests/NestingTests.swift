import Testing

@testable import Notebook

/// Every recursion is bounded before it recurses; a long flat chain is not nesting.
@Suite struct NestingTests {
    @Test func aFlatSumIsNotNesting() {
        #expect(run(Array(repeating: "1", count: 300).joined(separator: " + ")) == "300")
        #expect(run(Array(repeating: "1", count: 1_000).joined(separator: " + ")) == "1000")
        #expect(
            run("f(x) = " + Array(repeating: "x", count: 300).joined(separator: " + ") + "\nf(2)").hasSuffix("\n600"))
        let session = Session()
        run("h(x) = " + Array(repeating: "sin(x)", count: 600).joined(separator: " + "), in: session)
        #expect(run("derive h(x)", in: session).hasSuffix("d/dx[h(x)] = 600·cos(x)"))
        #expect(run("h'(0)", in: session) == "600")
        let long = failure(Array(repeating: "1", count: 20_000).joined(separator: " + "))
        #expect(long.contains("chains more than 1000 operations"), "\(long.prefix(200))")
    }

    @Test(arguments: [
        (String(repeating: "2^", count: 60_000) + "2", "powers nest more than 256"),
        (String(repeating: "-2^", count: 60_000) + "2", "nest more than 256"),
        (String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000), "nest more than 256"),
        (String(repeating: "-", count: 5_000) + "1", "signs in a row nest"),
        (String(repeating: "sin(", count: 300) + "1" + String(repeating: ")", count: 300), "nest more than 256"),
        (String(repeating: "repeat 1 {", count: 300) + String(repeating: "}", count: 300), "nest more than 256"),
    ])
    func deepNestingIsAnError(_ source: String, _ message: String) {
        let text = failure(source)
        #expect(text.contains(message), "\(text.prefix(200))")
    }

    @Test func functionsCallingFunctionsShareOneBudget() {
        let session = Session()
        run("f(x) = " + String(repeating: "-", count: 100) + "f(x)", in: session)
        #expect(failure("f(1)", in: session).contains("nests more than \(Session.maximumEvaluationNesting) levels"))
        // Each body is within the parser's limit; together they are not.
        run("a(x) = " + String(repeating: "-", count: 200) + "x", in: session)
        run("b(x) = " + String(repeating: "-", count: 200) + "a(x)", in: session)
        run("c(x) = " + String(repeating: "-", count: 200) + "b(x)", in: session)
        #expect(run("b(1)", in: session) == "1")
        #expect(failure("c(1)", in: session).contains("nests more than"))
        #expect(failure("derive c(x)", in: session).contains("nests more than"))
        #expect(failure("plot c(x) for x in 0..1", in: session).contains("nests more than"))
        #expect(run("keep = 41 + 1", in: session) == "keep = 42")
    }

    @Test func manyContinuedLinesDoNotDeepenTheLexer() {
        #expect(run("x = (" + String(repeating: "\n", count: 100_000) + "1)") == "x = 1")
        #expect(run("x = 1 " + String(repeating: "\\\n", count: 100_000) + "+ 1") == "x = 2")
    }
}
