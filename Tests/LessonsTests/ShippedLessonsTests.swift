import Foundation
import Testing

@testable import Lessons

/// The lessons built into the executable are exactly lessons/*.md. The ShipLessons plugin
/// re-embeds them when the lessons directory changes; an edit in place that leaves the
/// directory alone is caught here.
@Suite struct ShippedLessonsTests {
    @Test func theBuiltInLessonsAreTheLessonFiles() throws {
        let directory = LessonCheckTests.repositoryLessons
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter {
            $0.hasSuffix(".md") && $0 != "README.md"
        }.sorted()
        let stale = "the lessons built into gradbook differ from lessons/*.md: run `touch lessons && swift build`"
        #expect(shippedLessonFiles.map(\.name) == names, "\(stale)")
        for (name, text) in shippedLessonFiles {
            let file = try String(contentsOfFile: (directory as NSString).appendingPathComponent(name), encoding: .utf8)
            #expect(text == file, "\(name): \(stale)")
        }
    }
}
