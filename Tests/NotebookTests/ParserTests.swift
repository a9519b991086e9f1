import Testing

@testable import Notebook

@Suite struct ParserTests {
    @Test(arguments: [
        ("-x^2", "-x^2"), ("(-x)^2", "(-x)^2"), ("2^3^2", "2^3^2"), ("(2^3)^2", "(2^3)^2"), ("2^-1", "2^-1"),
        ("a - b - c", "a - b - c"), ("a - (b - c)", "a - (b - c)"), ("a + b * c", "a + b * c"),
        ("(a + b) * c", "(a + b) * c"),
        ("a @ b + c", "a @ b + c"), ("x.T @ W[0, 1:3]", "x.T @ W[0, 1:3]"), ("-6..6", "-6..6"),
        ("f(x, axis = 1)", "f(x, axis = 1)"),
        ("a < b + 1", "a < b + 1"), ("W[:, ::2]", "W[:, ::2]"), ("[[1, 2], [3, 4]]", "[[1, 2], [3, 4]]"),
        ("1e-3", "0.001"),
    ])
    func printsBackWithMinimalParentheses(_ source: String, _ expected: String) throws {
        #expect(try expression(source).description == expected)
    }

    @Test func unaryMinusBindsLooserThanPower() throws {
        // -x^2 is -(x^2), as in mathematics, Python and Julia.
        guard case let .unary(.negate, operand) = try expression("-x^2").kind, case .binary(.power, _, _) = operand.kind
        else {
            Issue.record("expected -(x^2)")
            return
        }
        #expect(run("-2^2") == "-4")
        #expect(run("2^3^2") == "512")  // right associative: 2^(3^2)
        #expect(run("10 - 4 - 3") == "3")
        #expect(run("2 * 3 + 4 * 5") == "26")
    }

    @Test func statementKinds() throws {
        let statements = try parse(
            """
            x = 2.5  # a comment
            f(x, y) = x * y
            W[0, 1] = 5;
            x -= 1
            backward loss with g
            repeat 3 { a = 1; b = 2 }
            :seed 42
            """)
        #expect(statements.count == 7)
        guard case .assignment("x", nil, nil, _) = statements[0].kind else {
            Issue.record("assignment")
            return
        }
        guard case let .function(definition) = statements[1].kind else {
            Issue.record("function")
            return
        }
        #expect(definition.parameters == ["x", "y"])
        guard case .assignment("W", .some, nil, _) = statements[2].kind else {
            Issue.record("indexed")
            return
        }
        #expect(statements[2].silent)
        guard case .assignment("x", nil, .subtract, _) = statements[3].kind else {
            Issue.record("compound")
            return
        }
        guard case let .command("backward", arguments, clauses) = statements[4].kind else {
            Issue.record("command")
            return
        }
        #expect(arguments.count == 1 && clauses.map(\.keyword) == ["with"])
        guard case let .repeatLoop(_, body) = statements[5].kind else {
            Issue.record("repeat")
            return
        }
        #expect(body.count == 2)
        #expect(statements[6].kind == .meta(name: "seed", argument: "42"))
        #expect(statements[1].text == "f(x, y) = x * y")
    }

    @Test func continuationInsideBracketsAndAfterBackslash() throws {
        #expect(Session.needsMoreInput("W = [[1, 2],"))
        #expect(Session.needsMoreInput("f(1,"))
        #expect(Session.needsMoreInput("repeat 3 {"))
        #expect(Session.needsMoreInput("y = 1 + \\"))
        #expect(!Session.needsMoreInput("y = 1 + 2"))
        #expect(!Session.needsMoreInput("y = (1 + 2))"), "a stray ')' is an error, not more input")
        #expect(run("W = [[1, 2],\n     [3, 4]]") == "W = [[1, 2],\n     [3, 4]]")
        #expect(run("y = 1 + \\\n  2") == "y = 3")
    }

    @Test(arguments: [
        ("y = 2 * * 3", 1, 9, "expected an expression, found '*'"),
        ("x = (1 + 2", 1, 5, "this '(' is never closed with ')'"),
        ("x = (1 + 2 ]", 1, 12, "']' does not match the open '('"),
        ("x = 1\ny = 3 $ 4", 2, 7, "unexpected character '$'"),
        ("f(1) = 2", 1, 1, "a function definition takes parameter names"),
        ("x = \"abc", 1, 5, "this string is not closed"),
        ("3 = x", 1, 3, "cannot assign to this"),
        ("x = 1 2", 1, 7, "expected the end of the statement, found number"),
        ("x)", 1, 2, "')' has no matching opening bracket"),
        ("f(x, x) = 1", 1, 1, "f names a parameter twice"),
        ("f(x) = { a = x^2; a + 1 }", 1, 8, "a function's body is one expression: f(x) = x^2 + 1;"),
    ])
    func syntaxErrorsPointAtTheirColumn(_ source: String, _ line: Int, _ column: Int, _ message: String) {
        do {
            _ = try parse(source)
            Issue.record("\(source) parsed")
        } catch let error as NotebookError {
            #expect(error.kind == .syntax)
            #expect(error.location == SourceLocation(line: line, column: column), "\(error.message)")
            #expect(error.message.hasPrefix(message), "\(error.message)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func errorShowsTheLineWithACaret() {
        let text = failure("y = 2 * * 3")
        #expect(text == "error: expected an expression, found '*'\n  y = 2 * * 3\n          ^")
        let located = Session().execute("x = 1\ny = 3 $ 4", origin: "script.gb").text
        #expect(located.hasPrefix("script.gb:2:7: error: unexpected character '$'"))
        let laterEntry = Session().execute("x = 1\ny = 3 $ 4", origin: "<stdin>", firstLine: 10).text
        #expect(laterEntry.hasPrefix("<stdin>:11:7: error:"), "lines count from the start of the whole input")
    }

    @Test func absurdNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(failure(deep).contains("nest"))
        let chain = Array(repeating: "1", count: 20_000).joined(separator: " + ")
        #expect(failure(chain).contains("chains more than"))
        #expect(failure(String(repeating: "-", count: 5_000) + "1").contains("signs"))
        _ = failure(String(repeating: "[", count: 5_000) + "1" + String(repeating: "]", count: 5_000))
        #expect(run(Array(repeating: "1", count: 200).joined(separator: " + ")) == "200")
    }
}
