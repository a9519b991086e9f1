import Testing

@testable import Notebook

/// Runs statements in a session and returns the printed text, recording an issue on failure.
@discardableResult
func run(_ source: String, in session: Session = Session(), sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> String
{
    let result = session.execute(source)
    #expect(!result.failed && !result.syntaxError, "\(source) failed: \(result.text)", sourceLocation: sourceLocation)
    return result.text
}

/// Runs statements expected to fail and returns the error text.
func failure(
    _ source: String, in session: Session = Session(), sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> String {
    // Judged as one line: how an error breaks at the width is ErrorWrapTests' concern.
    let width = session.settings.width
    session.settings.width = Int.max / 2
    defer { session.settings.width = width }
    let result = session.execute(source)
    #expect(
        result.failed || result.syntaxError, "\(source) should fail, printed: \(result.text)",
        sourceLocation: sourceLocation)
    return result.text
}

func parse(_ source: String) throws -> [Statement] {
    try Parser.parse(source, grammar: BuiltinTable.grammar)
}

func expression(_ source: String) throws -> Expression {
    guard case let .expression(e) = try parse(source).first?.kind else {
        throw NotebookError.evaluation("not an expression")
    }
    return e
}
