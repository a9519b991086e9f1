/// Completion on a `:command` line and after `?`: the command's name, then its arguments.
extension Session {
    /// What a meta command's arguments are, in order; a command not listed takes a number,
    /// a size or nothing, which Tab cannot guess. `MetaCompletionTests` checks that every
    /// command whose signature names a file is here.
    enum MetaArgument: Equatable {
        case helpName
        case lessonID
        case fileName
        case words([String])
        /// The rest of the line is a statement (`:time`).
        case statement
    }

    static let metaArguments: [String: [MetaArgument]] = [
        "help": [.helpName],
        "lesson": [.lessonID],
        "load": [.fileName], "save": [.fileName], "save!": [.fileName],
        "record": [.fileName], "record!": [.fileName],
        "export": [.words(["torch"]), .fileName], "export!": [.words(["torch"]), .fileName],
        "time": [.statement],
    ]

    /// `text` starts with `:`.
    func completeMetaCommand(_ text: Substring) -> Completion {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let blank = text.firstIndex(where: isBlank) else {
            return Completion(word: text, candidates: BuiltinTable.metaCommands.map { ":" + $0.name })
        }
        guard let command = BuiltinTable.metaCommand(named: String(text.dropFirst()[..<blank])) else {
            return .nothing()
        }
        let argument = text[blank...].drop(while: isBlank)
        let arguments = Self.metaArguments[command.name] ?? []
        if arguments.first == .statement { return completeStatement(String(argument)) }
        let word = argument.reversed().prefix { !isBlank($0) }
        let wordStart = argument.index(argument.endIndex, offsetBy: -word.count)
        let position = argument[..<wordStart].split(whereSeparator: isBlank).count
        let typed = argument[wordStart...]
        // Options (`:lesson ID --auto`) come from the command's own signature.
        if typed.hasPrefix("-") {
            let options = command.help.signature.split(whereSeparator: { " []|".contains($0) }).filter {
                $0.hasPrefix("--")
            }
            return Completion(word: typed, candidates: options.map(String.init))
        }
        guard position < arguments.count else { return .nothing(typed) }
        switch arguments[position] {
        case .helpName: return Completion(word: typed, candidates: Self.helpNames)
        case .lessonID: return Completion(word: typed, candidates: guide?.lessonIDs ?? [])
        case .fileName: return .fileName(typed)
        case let .words(words): return Completion(word: typed, candidates: words)
        case .statement: return .nothing(typed)
        }
    }

    /// `?rel` and `? rel`: what `:help` takes.
    func completeHelpRequest(_ text: Substring) -> Completion {
        let typed = text.drop { $0 == " " || $0 == "\t" }
        guard !typed.contains(where: { $0 == " " || $0 == "\t" }) else { return .nothing() }
        return Completion(word: typed, candidates: Self.helpNames)
    }

    /// Everything `:help NAME` finds: every entry, `syntax`, and each word that names exactly
    /// one topic (`layers` for "layers and networks"), as `HelpPage.topics(matching:)` reads it.
    static var helpNames: [String] {
        let topicWords = Topic.allCases.flatMap { topic in
            topic.rawValue.split(whereSeparator: { !$0.isLetter }).map(String.init).filter {
                HelpPage.topics(matching: $0) == [topic]
            }
        }
        return BuiltinTable.helpEntries.map(\.name) + ["syntax"] + topicWords
    }
}
