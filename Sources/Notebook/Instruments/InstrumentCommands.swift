extension BuiltinTable {
    /// `derive`, `gradcheck`, `explain`.
    static let instrumentCommands: [Command] = [gradcheckCommand, explainCommand]
}
