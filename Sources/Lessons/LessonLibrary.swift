import Foundation

/// The lessons in a directory (`lessons/*.md`), read fresh each time so that an author sees an
/// edit at once.
public struct LessonLibrary: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// Every lesson file in name order, each parsed or with the error that stops it.
    public func entries() -> [(path: String, lesson: Result<Lesson, LessonError>)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            return (path, Result { try LessonLibrary.read(path) }.mapError { $0 as? LessonError ?? LessonError("\($0)", path: path) })
        }
    }

    public func lesson(_ id: String) throws -> Lesson {
        let entries = entries()
        if let found = entries.first(where: { (try? $0.lesson.get().id) == id }) { return try found.lesson.get() }
        if let broken = entries.first(where: { ($0.path as NSString).lastPathComponent == id + ".md" }) { return try broken.lesson.get() }
        let ids = entries.compactMap { try? $0.lesson.get().id }
        throw LessonError("no lesson '\(id)'" + (ids.isEmpty ? " (no lessons found)" : "; the lessons are \(ids.joined(separator: ", "))"), path: directory)
    }

    public static func read(_ path: String) throws -> Lesson {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LessonError("cannot read this file as UTF-8 text", path: path)
        }
        return try LessonParser.parse(text, path: path)
    }

    /// The lessons directory: `$GRADBOOK_LESSONS`, else a `lessons` folder in the current
    /// directory or above it, else one beside or above the executable (a build inside the
    /// repository finds the repository's lessons).
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              currentDirectory: String = FileManager.default.currentDirectoryPath,
                              executable: String = CommandLine.arguments.first ?? "") -> String? {
        if let explicit = environment["GRADBOOK_LESSONS"], !explicit.isEmpty { return explicit }
        let executableDirectory = (URL(fileURLWithPath: executable).resolvingSymlinksInPath().path as NSString).deletingLastPathComponent
        for start in [currentDirectory, executableDirectory] {
            var directory = start
            while true {
                let candidate = (directory as NSString).appendingPathComponent("lessons")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue { return candidate }
                let parent = (directory as NSString).deletingLastPathComponent
                if parent == directory || parent.isEmpty { break }
                directory = parent
            }
        }
        return nil
    }
}
