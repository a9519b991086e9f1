import Foundation

/// Where each lesson was left: one small JSON file per lesson in the state directory, written
/// atomically (a temporary file renamed over the old one), so a crash never leaves half a file.
public struct ProgressStore: Sendable {
    public struct Progress: Codable, Sendable, Equatable {
        /// The furthest step reached, from 0.
        public var step: Int
        /// Exercises of that step answered or skipped: resuming opens the next one.
        public var exercise: Int
        public var finished: Bool
        /// How each exercise went so far, in lesson order, for the summary.
        public var outcomes: [ExerciseOutcome]

        public init(step: Int, exercise: Int = 0, finished: Bool, outcomes: [ExerciseOutcome] = []) {
            self.step = step
            self.exercise = exercise
            self.finished = finished
            self.outcomes = outcomes
        }

        // Files written before exercises were saved hold only step and finished.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            step = try container.decode(Int.self, forKey: .step)
            exercise = try container.decodeIfPresent(Int.self, forKey: .exercise) ?? 0
            finished = try container.decode(Bool.self, forKey: .finished)
            outcomes = try container.decodeIfPresent([ExerciseOutcome].self, forKey: .outcomes) ?? []
        }
    }

    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// `$XDG_STATE_HOME/gradbook/lessons`, or `~/.local/state/gradbook/lessons`. A relative
    /// XDG_STATE_HOME is ignored, as the XDG spec asks (and as the history file does).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressStore {
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? URL(fileURLWithPath: environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory())
            .appendingPathComponent(".local/state")
        return ProgressStore(directory: base.appendingPathComponent("gradbook/lessons"))
    }

    /// The saved progress; nil when there is none or the file cannot be read as progress.
    public func load(_ id: String) -> Progress? {
        guard let data = try? Data(contentsOf: file(id)) else { return nil }
        return try? JSONDecoder().decode(Progress.self, from: data)
    }

    /// Whether a progress file exists that does not read as progress (say, half-written by an
    /// older version or edited by hand).
    public func isUnreadable(_ id: String) -> Bool {
        FileManager.default.fileExists(atPath: file(id).path) && load(id) == nil
    }

    public func save(_ progress: Progress, for id: String) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try JSONEncoder().encode(progress).write(to: file(id), options: .atomic)
    }

    public func forget(_ id: String) {
        try? FileManager.default.removeItem(at: file(id))
    }

    private func file(_ id: String) -> URL { directory.appendingPathComponent(id + ".json") }
}
