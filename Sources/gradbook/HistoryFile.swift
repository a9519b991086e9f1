import Foundation

/// The REPL's persistent history: one complete entry per line, newest last.
///
/// A multi-line entry stays one entry: backslashes and newlines are escaped (`\\`, `\n`) in the
/// file. Every ``record(_:)`` re-reads the file before writing it, so two gradbook sessions
/// running at once add to one history instead of overwriting each other's entries.
struct HistoryFile {
    static let defaultLimit = 1000

    let url: URL
    let limit: Int
    /// Oldest first.
    private(set) var entries: [String]

    /// Loads the history at `url`; a missing or unreadable file is an empty history.
    init(url: URL, limit: Int = HistoryFile.defaultLimit) {
        self.url = url
        self.limit = limit
        self.entries = Self.capped(Self.load(url), to: limit)
    }

    /// `$XDG_STATE_HOME/gradbook/history`, else `$HOME/.local/state/gradbook/history`; nil
    /// without a usable home. A relative XDG_STATE_HOME is ignored, as the XDG spec asks.
    static func defaultURL(environment: [String: String]) -> URL? {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state, isDirectory: true)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/state", isDirectory: true)
        } else {
            return nil
        }
        return base.appendingPathComponent("gradbook", isDirectory: true).appendingPathComponent("history")
    }

    /// Adds `entry` unless it is blank or repeats the newest one, keeping the newest `limit`.
    /// Returns whether it was added.
    @discardableResult
    mutating func append(_ entry: String) -> Bool {
        guard !entry.allSatisfy(\.isWhitespace), entry != entries.last else { return false }
        entries.append(entry)
        entries = Self.capped(entries, to: limit)
        return true
    }

    /// Merges what other sessions wrote, appends `entry` and saves. Returns whether it was added.
    @discardableResult
    mutating func record(_ entry: String) throws -> Bool {
        if FileManager.default.fileExists(atPath: url.path) {
            entries = Self.capped(Self.load(url), to: limit)
        }
        guard append(entry) else { return false }
        try save()
        return true
    }

    /// Writes the whole history atomically: a temporary file in the same directory, renamed over
    /// the old one, so that a crash or a concurrent reader never sees half a file.
    func save() throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let text = entries.map(Self.escape).map { $0 + "\n" }.joined()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
            guard rename(temporary.path, url.path) == 0 else {
                throw HistoryError(message: "cannot replace \(url.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// One entry as one line of the file. Works on scalars, not characters: "\r\n" is one
    /// Character and would hide its newline.
    static func escape(_ entry: String) -> String {
        var line = String.UnicodeScalarView()
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": line.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": line.append(contentsOf: "\\n".unicodeScalars)
            default: line.append(scalar)
            }
        }
        return String(line)
    }

    /// The inverse of ``escape(_:)``; an unknown escape is kept as written.
    static func unescape(_ line: Substring) -> String {
        var entry = String.UnicodeScalarView()
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "n": entry.append("\n")
                case "\\": entry.append("\\")
                default: entry.append(contentsOf: ["\\", scalar])
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                entry.append(scalar)
            }
        }
        if escaping { entry.append("\\") }
        return String(entry)
    }

    private static func load(_ url: URL) -> [String] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        return String(decoding: data, as: UTF8.self).unicodeScalars
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { unescape(Substring($0)) }
    }

    private static func capped(_ entries: [String], to limit: Int) -> [String] {
        entries.count > limit ? Array(entries.suffix(limit)) : entries
    }
}

/// The history could not be written.
struct HistoryError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
