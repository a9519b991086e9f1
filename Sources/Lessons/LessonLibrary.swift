import Foundation

/// The lessons a session can take: those built into gradbook (`lessons/*.md` of the
/// repository, compiled in), and those in an author's directory (`GRADBOOK_LESSONS`), which
/// add lessons or replace built-in ones with the same id. The directory is read fresh each time
/// so that an author sees an edit at once. No other place is searched: a `lessons` folder
/// lying around in some parent directory is never picked up.
public struct LessonLibrary: Sendable {
    /// The author's directory, if any.
    public let directory: String?
    private let builtIn: [(name: String, text: String)]

    /// The place named in messages about the library as a whole (an unknown id).
    public static let catalogue = "lessons"

    /// `builtIn` replaces the lessons compiled in (tests use none).
    public init(directory: String?, builtIn: [(name: String, text: String)]? = nil) {
        self.directory = directory
        self.builtIn = builtIn ?? shippedLessonFiles
    }

    /// The built-in lessons, and `$GRADBOOK_LESSONS` when it names a directory.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> LessonLibrary {
        LessonLibrary(directory: environment["GRADBOOK_LESSONS"].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Every lesson in id order, each parsed or with the error that stops it; a lesson in the
    /// directory replaces a built-in one with the same id or file name.
    public func entries() -> [(path: String, lesson: Result<Lesson, LessonError>)] {
        var found: [(path: String, lesson: Result<Lesson, LessonError>)] = builtIn.map { name, text in
            let path = "lessons/" + name
            return (
                path,
                Result { try LessonParser.parse(text, path: path) }.mapError {
                    $0 as? LessonError ?? LessonError("\($0)", path: path)
                }
            )
        }
        for path in directoryFiles() {
            let entry = (
                path: path,
                lesson: Result { try LessonLibrary.read(path) }.mapError {
                    $0 as? LessonError ?? LessonError("\($0)", path: path)
                }
            )
            let id = try? entry.lesson.get().id
            found.removeAll { old in
                (id != nil && (try? old.lesson.get().id) == id)
                    || (old.path as NSString).lastPathComponent == (path as NSString).lastPathComponent
            }
            found.append(entry)
        }
        return found.sorted { key($0) < key($1) }
    }

    private func key(_ entry: (path: String, lesson: Result<Lesson, LessonError>)) -> String {
        (try? entry.lesson.get().id) ?? ((entry.path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private func directoryFiles() -> [String] {
        guard let directory else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map {
            (directory as NSString).appendingPathComponent($0)
        }
    }

    public func lesson(_ id: String) throws -> Lesson {
        let entries = entries()
        if let found = entries.first(where: { (try? $0.lesson.get().id) == id }) { return try found.lesson.get() }
        if let broken = entries.first(where: { ($0.path as NSString).lastPathComponent == id + ".md" }) {
            return try broken.lesson.get()
        }
        let ids = entries.compactMap { try? $0.lesson.get().id }
        throw LessonError(
            "no lesson '\(id)'"
                + (ids.isEmpty ? " (no lessons found)" : "; the lessons are \(ids.joined(separator: ", "))"),
            path: Self.catalogue)
    }

    public static func read(_ path: String) throws -> Lesson {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw LessonError("cannot read this file as UTF-8 text", path: path)
        }
        return try LessonParser.parse(text, path: path)
    }
}
