/// A lesson as its Markdown file describes it: front matter, an introduction, and steps made
/// of prose, code the session runs, and exercises.
public struct Lesson: Sendable, Equatable {
    public let id: String
    public let title: String
    /// The course notes (seeds) the lesson teaches, e.g. ["001", "003"].
    public let seeds: [String]
    public let topics: [String]
    public let minutes: Int?
    /// The seed of the lesson's random stream, so that every run shows the same numbers.
    public let randomSeed: UInt64
    /// What comes before the first step: shown when the lesson starts.
    public let introduction: [Block]
    public let steps: [Step]
    /// The file it came from, for messages.
    public let path: String
}

public struct Step: Sendable, Equatable {
    public let title: String
    public let blocks: [Block]
    /// The line of the `##` heading.
    public let line: Int

    /// The exercises of the step, in order.
    public var exercises: [Exercise] {
        blocks.compactMap { if case let .exercise(e) = $0 { return e } else { return nil } }
    }
}

/// One piece of a step.
public enum Block: Sendable, Equatable {
    /// Markdown prose, shown wrapped; the line of its first line.
    case prose(String, line: Int)
    /// A ```gradbook block: shown and run in the live session.
    case code(String, line: Int)
    case exercise(Exercise)
}
