import Foundation
import Testing

/// The lessons are built into the executable: found from any directory and after the binary
/// is copied elsewhere; GRADBOOK_LESSONS adds or replaces lessons; a `lessons` folder in some
/// ancestor directory is never picked up; `gradbook lesson check` checks files.
@Suite struct LessonShippingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every lesson id in the repository's lessons/ directory.
    static var repositoryLessonIDs: [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("lessons").path))
            ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    @Test func aCopiedBinaryListsEveryLessonFromATemporaryDirectory() throws {
        let elsewhere = try TemporaryDirectory()
        let copy = elsewhere.url.appendingPathComponent("gradbook")
        try FileManager.default.copyItem(at: GradbookProcess.executable, to: copy)
        let result = try GradbookProcess.run(["lessons"], in: elsewhere.url, executable: copy)
        #expect(result.status == 0)
        #expect(!Self.repositoryLessonIDs.isEmpty)
        for id in Self.repositoryLessonIDs {
            #expect(result.lines.contains { $0.hasPrefix(id + " ") }, "\(id) in \(result.standardOutput)")
        }
        let auto = try GradbookProcess.run(["lesson", "dropout", "--auto"], in: elsewhere.url, executable: copy)
        #expect(auto.status == 0 && auto.standardOutput.contains("Dropout and its scaling: done"))
    }

    @Test func aLessonsFolderInAnAncestorDirectoryIsNotPickedUp() throws {
        let ancestor = try TemporaryDirectory()
        let planted = ancestor.url.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: planted, withIntermediateDirectories: true)
        try "---\nid: planted\ntitle: Planted\n---\n## s\n```gradbook\nx = 1\n```\n"
            .write(to: planted.appendingPathComponent("planted.md"), atomically: true, encoding: .utf8)
        let below = ancestor.url.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: below, withIntermediateDirectories: true)
        let result = try GradbookProcess.run(["lessons"], in: below)
        #expect(!result.standardOutput.contains("planted"))
        // Named explicitly, the same folder adds its lesson to the built-in ones.
        let named = try GradbookProcess.run(["lessons"], in: below, environment: ["GRADBOOK_LESSONS": planted.path])
        #expect(named.lines.contains { $0.hasPrefix("planted ") })
        #expect(named.lines.contains { $0.hasPrefix("backprop ") })
    }

    @Test func lessonCheckPassesTheRepositoryLessonsAndReportsFileLine() throws {
        let good = try GradbookProcess.run(["lesson", "check", Self.repository.appendingPathComponent("lessons").path])
        #expect(good.status == 0, "\(good.standardOutput)")
        let scratch = try TemporaryDirectory()
        let bad = scratch.url.appendingPathComponent("bad.md")
        try "---\nid: bad\ntitle: Bad\n---\n## s\n```gradbook\nx = nowhere\n```\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let result = try GradbookProcess.run(["lesson", "check", bad.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix(bad.path + ":7: this code fails: error: unknown name 'nowhere'"))
    }

    @Test func everyLessonsAutoRunFitsEightyColumnsAndIsASCIIUnderAscii() throws {
        // At 60 columns only lessons without a plot of a fixed `size` can fit: dropout and backprop.
        let runs =
            Self.repositoryLessonIDs.flatMap { [($0, 80, false), ($0, 80, true)] } + [
                ("dropout", 60, false), ("backprop", 60, false),
            ]
        for (id, width, ascii) in runs {
            let result = try GradbookProcess.run(
                ["lesson", id, "--auto", "--width", "\(width)"] + (ascii ? ["--ascii"] : []))
            #expect(result.status == 0, "\(id): \(result.standardError)")
            for line in result.lines {
                #expect(line.count <= width, "\(id): \(line.count) columns: \(line)")
                if ascii { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(id) --ascii: \(line)") }
            }
        }
    }
}
