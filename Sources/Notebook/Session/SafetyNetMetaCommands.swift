/// The safety net of the prompt: `:history`, and `:reset` that asks before it forgets.
extension BuiltinTable {
    static let safetyNetMetaCommands: [MetaCommand] = [
        MetaCommand(
            "history", saving: .dropped, signature: ":history [n]",
            summary:
                "The last n entries typed (default \(InputHistory.defaultCount)), numbered, oldest first; at the prompt, earlier sessions' entries too (the ones the Up arrow recalls), with a rule where this session starts.",
            example: ":history 5"
        ) { argument, session, _ in
            var count = InputHistory.defaultCount
            if !argument.isEmpty {
                guard let n = Int(argument), n >= 1 else {
                    throw NotebookError.evaluation(
                        ":history takes a whole number of entries, 1 or more, got \(argument)")
                }
                count = n
            }
            return session.inputHistory.listing(last: count, ascii: session.settings.ascii)
        },
        MetaCommand(
            "reset!", saving: .dropped, signature: ":reset!",
            summary: "Like :reset, without asking first.", example: ":reset!"
        ) { _, session, _ in
            session.reset()
        },
    ]
}

extension Session {
    /// `:reset`: at the prompt, with variables to lose, it asks first (``confirm``); input from
    /// a file, a pipe, a transcript or a lesson never asks.
    func resetAsking() -> [Output] {
        let typedAtThePrompt = settings.fileWritesRefused == nil && loadDepth == 0
        if typedAtThePrompt, let confirm, !bindings.isEmpty {
            let shown = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", …" : "")
            let count = names.count == 1 ? "1 name" : "\(names.count) names"
            guard confirm("forget \(count) (\(shown))? [y/N] ") else {
                return [Output("nothing was reset (:reset! resets without asking)", .info)]
            }
        }
        return reset()
    }

    /// Forgets every binding and the last value and restarts the random stream from the first seed.
    func reset() -> [Output] {
        bindings = [:]
        lastValue = nil
        savedInput = []
        exportRecords = []
        statementsRun = []
        reseed(initialSeed)
        return [Output("session reset (seed \(initialSeed))", .info)]
    }
}
