/// Every name the notebook knows: functions, constants, commands and meta commands (the lists
/// are in Catalogue.swift). Evaluation, `:help`, tab completion and did-you-mean all read from
/// here, so each is registered once.
public enum BuiltinTable {
    private static let functionsByName: [String: Builtin] = Dictionary(
        functions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    static func function(named name: String) -> Builtin? { functionsByName[name] }

    /// Numbers with a name; a binding of the same name hides them.
    static let constants: [(name: String, value: Double, summary: String)] = [
        ("pi", Double.pi, "π = 3.14159…, the ratio of a circle's circumference to its diameter."),
        ("e", 2.718281828459045, "e = 2.71828…, the base of the natural logarithm."),
        ("inf", Double.infinity, "∞, as 1/0 gives; −inf is its negative."),
        ("nan", Double.nan, "Not a number, as 0/0 or log(−1) give; every comparison with nan is false."),
    ]

    /// The parser's view of the commands: which words start one, and their clause keywords.
    static let grammar = CommandGrammar(
        clauseKeywords: Dictionary(uniqueKeysWithValues: commands.map { ($0.name, $0.clauseKeywords) }),
        functionNames: functions.map(\.name))

    /// Words that cannot be bound: commands, `repeat`, `while`, `true`, `false`.
    static let reservedWords: Set<String> = Set(commands.map(\.name) + ["repeat", "while", "true", "false"])

    /// Help for everything, in topic order.
    public static var helpEntries: [HelpEntry] {
        functions.map(HelpEntry.init)
            + constants.map {
                HelpEntry(
                    name: $0.name, topic: .constants, signature: $0.name, summary: $0.summary, formula: nil,
                    example: $0.name)
            }
            + lastValueHelp
            + commands.map(\.help) + [repeatHelp, whileHelp]
            + metaCommands.map(\.help)
    }

    static let repeatHelp = HelpEntry(
        name: "repeat", topic: .commands, signature: "repeat n { statements }",
        summary:
            "Runs the statements n times, printing nothing inside. Ctrl-C stops it between two iterations, keeping what the finished ones did.",
        formula: nil, example: "s = 0; repeat 3 { s += 1 }; s")

    /// Every word tab completion offers (the session adds its own names).
    static var completionWords: [String] {
        functions.map(\.name) + constants.map(\.name) + ["ans"] + reservedWords.sorted()
            + metaCommands.map { ":" + $0.name }
    }
}

/// One entry of `:help`.
public struct HelpEntry: Sendable {
    public let name: String
    public let topic: Topic
    public let signature: String
    public let summary: String
    public let formula: String?
    /// A statement to run as a demonstration; nil when running it would have effects.
    public let example: String?
    /// `name = default: meaning` for each documented parameter, in order.
    public var parameters: [String] = []
}

extension HelpEntry {
    init(_ builtin: Builtin) {
        self.init(
            name: builtin.name, topic: builtin.topic, signature: builtin.signature, summary: builtin.summary,
            formula: builtin.formula, example: builtin.example, parameters: HelpEntry.lines(of: builtin.parameters))
    }

    /// `name = default: meaning` for each documented parameter.
    static func lines(of parameters: [Parameter]) -> [String] {
        parameters.compactMap { p in p.doc.map { "\(p.name) = \(p.defaultText ?? "required"): \($0)" } }
    }
}
