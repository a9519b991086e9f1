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
    /// Known wrong answers with the feedback each deserves, judged as the answer is.
    public let wrong: [WrongAnswer]
    public let explanation: String?
    /// The line of the ```exercise fence.
    public let line: Int
}

/// `wrong: 1/400 => 1/400 is the variance; the std is its square root`: a mistake the author
/// expects, and what to say when the learner makes it.
public struct WrongAnswer: Sendable, Equatable {
    /// An expression (for choice exercises, a choice's number), evaluated as the answer is.
    public let answer: String
    public let message: String
    /// The line of the `wrong:` key, for `gradbook lesson check`.
    public let line: Int
}
