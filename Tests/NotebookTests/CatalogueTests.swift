import Foundation
import Testing

@testable import Notebook

/// The catalogue (Sources/Notebook/Builtins/Catalogue.swift) is the one list of builtins:
/// every group of builtins declared anywhere in the notebook is in it, and everything in it
/// reaches every consumer (evaluation, help, completion, the parser, meta command lookup).
@Suite struct CatalogueTests {
    static let notebookSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Notebook")

    /// The names of the non-private statics of type Builtin, Command or MetaCommand (or arrays
    /// of them) declared in the notebook's sources.
    static func declaredGroups() throws -> [String] {
        let pattern = try NSRegularExpression(
            pattern:
                #"^\s*static let (\w+)(?:: \[(?:Builtin|Command|MetaCommand)\]| = (?:Builtin|Command|MetaCommand)\()"#,
            options: [.anchorsMatchLines])
        var names: [String] = []
        let files = FileManager.default.enumerator(at: notebookSources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", file.lastPathComponent != "Catalogue.swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names.append(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return names.sorted()
    }

    @Test func everyDeclaredGroupIsInTheCatalogue() throws {
        let catalogue = try String(
            contentsOf: Self.notebookSources.appendingPathComponent("Builtins/Catalogue.swift"), encoding: .utf8)
        let groups = try Self.declaredGroups()
        #expect(groups.count >= 20, "the scan found \(groups)")
        for name in groups {
            #expect(
                catalogue.range(of: #"\b\#(name)\b"#, options: .regularExpression) != nil,
                "\(name) is declared but not in Catalogue.swift, so no one can call it")
        }
    }

    @Test func everyFunctionReachesEveryConsumer() {
        let names = BuiltinTable.functions.map(\.name)
        #expect(Set(names).count == names.count, "a name is registered twice")
        let help = Set(BuiltinTable.helpEntries.map(\.name))
        let words = Set(BuiltinTable.completionWords)
        for builtin in BuiltinTable.functions {
            #expect(BuiltinTable.function(named: builtin.name) != nil)
            #expect(help.contains(builtin.name) && words.contains(builtin.name), "\(builtin.name)")
        }
    }

    @Test func everyCommandAndMetaCommandReachesEveryConsumer() {
        let help = Set(BuiltinTable.helpEntries.map(\.name))
        for command in BuiltinTable.commands {
            #expect(BuiltinTable.reservedWords.contains(command.name) && help.contains(command.name), "\(command.name)")
            #expect(BuiltinTable.grammar.clauseKeywords[command.name] == command.clauseKeywords)
        }
        for meta in BuiltinTable.metaCommands {
            #expect(BuiltinTable.metaCommand(named: meta.name)?.name == meta.name)
            #expect(
                help.contains(":" + meta.name) && BuiltinTable.completionWords.contains(":" + meta.name),
                ":\(meta.name)")
        }
    }
}
