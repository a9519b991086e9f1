extension BuiltinTable {
    /// `while`, a statement like `repeat` rather than a builtin: its help entry.
    static let whileHelp = HelpEntry(
        name: "while", topic: .commands, signature: "while condition { statements }",
        summary:
            "Runs the statements again and again while the condition holds (true, or a number other than 0: a comparison such as norm(g) > 1e-6 gives 1 or 0), printing nothing inside. It stops with an error after \(Session.maximumWhileIterations) iterations, and Ctrl-C stops it between two iterations; either way the finished iterations stay done.",
        formula: nil, example: "x = 1; n = 0; while x > 0.01 { x = x / 2; n += 1 }; n")
}
