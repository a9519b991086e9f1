/// A question the learner answers at the live prompt, with hints revealed one at a time and an
/// explanation shown after the answer.
public struct Exercise: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A number, within `tolerance` of the answer (the learner may type an expression).
        case number
        /// Any expression whose value matches the answer's (same shape, values within tolerance).
        case expression
        /// One of the listed choices, by number.
        case choice
        /// A statement the learner runs that leaves `binding` with the answer's value.
        case command
    }

    public let kind: Kind
    public let question: String
    /// An expression evaluated in the lesson's session (for choice: the right choice's number).
    public let answer: String
    /// Absolute tolerance, relative to the answer's size for large values: |a − b| ≤ tol·max(1, |b|).
    public let tolerance: Double
    public let choices: [String]
    /// For command exercises: the name that must be bound.
    public let binding: String?
    /// For command exercises: what `--auto` runs (and `:skip` shows).
    public let solution: String?
    public let hints: [String]
    public let explanation: String?
    /// The line of the ```exercise fence.
    public let line: Int
}
