extension BuiltinTable {
    /// `derive`, `gradcheck`, `explain`.
    static let instrumentCommands: [Command] = [deriveCommand, gradcheckCommand, explainCommand]
}
