import Testing

@testable import Notebook

/// Every builtin, command and meta command is documented, and every example runs.
@Suite struct HelpExampleTests {
    @Test(arguments: BuiltinTable.helpEntries.map(\.name))
    func exampleRuns(_ name: String) {
        let entry = BuiltinTable.helpEntries.first { $0.name == name }!
        #expect(!entry.summary.isEmpty)
        guard let example = entry.example else { return }
        let result = Session().execute(example)
        #expect(!result.failed && !result.syntaxError, "\(name): \(example) → \(result.text)")
        #expect(!result.outputs.isEmpty, "\(name)'s example shows something")
    }

    @Test func everyFunctionHasAnExampleAndNamesAreUnique() {
        #expect(BuiltinTable.functions.allSatisfy { !$0.example.isEmpty })
        let names = BuiltinTable.helpEntries.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test func completionOffersBuiltinsMetaCommandsAndSessionNames() {
        let session = Session()
        run("learning_rate = 0.1", in: session)
        let words = session.completion(before: "").candidates + session.completion(before: ":").candidates
        for word in ["relu", ":help", ":vars", "backward", "learning_rate", "pi"] { #expect(words.contains(word)) }
    }
}
