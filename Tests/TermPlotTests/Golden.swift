import Foundation
import Testing

/// Text snapshots: a plot's lines compared with a file under `Goldens/`.
///
/// Run `GRADBOOK_UPDATE_GOLDENS=1 swift test --filter TermPlotTests` to write the files from
/// the current output, then read the diff before committing them: a golden is only as right as
/// the person who looked at it.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static var updating: Bool { ProcessInfo.processInfo.environment["GRADBOOK_UPDATE_GOLDENS"] == "1" }

    static func check(_ lines: [String], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = lines.joined(separator: "\n") + "\n"
        if updating {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "no golden \(name).txt; run with GRADBOOK_UPDATE_GOLDENS=1 to write it. Output:\n\(actual)",
                sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record(
            "\(name) differs from its golden:\n\(difference(expected, actual))", sourceLocation: sourceLocation)
    }

    /// The lines that differ, numbered, expected (−) above actual (+).
    static func difference(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        return (0..<max(old.count, new.count)).compactMap { i -> String? in
            let a = i < old.count ? String(old[i]) : nil
            let b = i < new.count ? String(new[i]) : nil
            guard a != b else { return nil }
            return "line \(i + 1):\n- \(a ?? "(none)")\n+ \(b ?? "(none)")"
        }.joined(separator: "\n")
    }
}
