import Foundation

/// Where each lesson was left: one small JSON file per lesson in the state directory, written
/// atomically (a temporary file renamed over the old one), so a crash never leaves half a file.
public struct ProgressStore: Sendable {
    public struct Progress: Codable, Sendable, Equatable {
        public var step: Int
        public var finished: Bool
    }

    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// `$XDG_STATE_HOME/gradbook/lessons`, or `~/.local/state/gradbook/lessons`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressStore {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: NSHomeDirectory()).appendingPathComponent(".local/state")
        return ProgressStore(directory: base.appendingPathComponent("gradbook/lessons"))
    }

    public func load(_ id: String) -> Progress? {
        guard let data = try? Data(contentsOf: file(id)) else { return nil }
        return try? JSONDecoder().decode(Progress.self, from: data)
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
