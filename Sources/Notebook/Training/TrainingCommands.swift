extension BuiltinTable {
    /// `step`, `train`, `eval`.
    static let trainingCommands: [Command] = []
    /// Layers, networks, initialisers, losses, optimizers, schedules and data sets.
    static let networkFunctions: [Builtin] = []
}
