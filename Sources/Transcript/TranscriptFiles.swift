import Foundation

/// The transcripts named on a command line: files as given, directories searched for `*.t`.
public enum TranscriptFiles {
    public static let fileExtension = "t"

    /// The `*.t` files under `path` in path order (hidden files and folders skipped), or `path`
    /// itself when it is a file. A missing path or a directory without transcripts is an error.
    public static func find(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TranscriptError(path: path, "no such file or directory")
        }
        guard isDirectory.boolValue else { return [path] }
        let root = URL(fileURLWithPath: path, isDirectory: true)
        guard
            let walk = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else {
            throw TranscriptError(path: path, "cannot read the directory")
        }
        var found: [String] = []
        for case let url as URL in walk where url.pathExtension == fileExtension {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            // Named from `path` as given, so that diffs show the path the user typed.
            let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)
            found.append(
                (path.hasSuffix("/") ? String(path.dropLast()) : path) + (relative.hasPrefix("/") ? "" : "/") + relative
            )
        }
        guard !found.isEmpty else { throw TranscriptError(path: path, "no transcripts (*.t) in this directory") }
        return found.sorted()
    }

    /// Reads and parses the transcript at `path`.
    public static func load(_ path: String) throws -> Transcript {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TranscriptError(path: path, "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TranscriptError(path: path, "not a UTF-8 text file")
        }
        return try Transcript(parsing: text, path: path)
    }
}
