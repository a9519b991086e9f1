extension BuiltinTable {
    /// `plot`, `contour`.
    static let plotCommands: [Command] = []
    /// Functions that make plot data (`hist`, `scatter`, `path`).
    static let plotFunctions: [Builtin] = []
}
