/// The last value: `_` (as in Python and IPython) and `ans` (as in Julia, MATLAB and a
/// calculator's Ans key) both name what the last expression statement computed, so that a
/// learner can go on from a result without retyping it. Both names: `_` is what a Python user
/// reaches for, `ans` is a word a learner who never met `_` can read.
///
/// Only an expression on its own sets it (`2 + 3`, `loss(net(X), y)`); an assignment already
/// names its value. A binding of the same name hides it, as a binding hides a constant.
extension Session {
    static let lastValueNames = ["_", "ans"]

    /// The last value under one of its names, or nil when `name` is not one of them.
    func lastValue(named name: String) throws -> Value? {
        guard Self.lastValueNames.contains(name) else { return nil }
        guard let lastValue else {
            throw NotebookError.evaluation(
                "\(name) is the last value an expression printed, and there is none yet (try 2 + 3, then \(name) * 10)")
        }
        return lastValue
    }
}

extension BuiltinTable {
    static let lastValueHelp: [HelpEntry] = Session.lastValueNames.map { name in
        HelpEntry(
            name: name, topic: .constants, signature: name,
            summary:
                "The last value: what the last expression on its own computed (an assignment has its own name). _ and ans are the same value; :reset forgets it, and a variable of the same name hides it.",
            formula: nil, example: "2 + 3; \(name) * 10")
    }
}
