import Foundation
import Notebook

/// The REPL's persistent history: one complete entry per line, newest last.
///
/// A multi-line entry stays one entry: backslashes and newlines are escaped (`\\`, `\n`) in the
/// file. Every ``record(_:)`` re-reads the file before writing it, holding an exclusive lock
/// (flock on `history.lock` beside it) from the read to the rename, so gradbook sessions
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
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
                ".local/state", isDirectory: true)
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

    /// Merges what other sessions wrote, appends `entry` and saves, all under the lock. Returns
    /// whether it was added.
    @discardableResult
    mutating func record(_ entry: String) throws -> Bool {
        try createDirectory()
        let lock = try HistoryLock(url.appendingPathExtension("lock"))
        defer { lock.release() }
        if FileManager.default.fileExists(atPath: url.path) {
            entries = Self.capped(Self.load(url), to: limit)
        }
        guard append(entry) else { return false }
        try save()
        return true
    }

    /// Creates the history's folder and any missing parents (mode 0700), with POSIX calls so
    /// that a failure names its cause ("permission denied") rather than a Foundation code.
    private func createDirectory() throws {
        var missing: [URL] = []
        var directory = url.deletingLastPathComponent()
        var info = stat()
        while stat(directory.path, &info) != 0, directory.path != "/" {
            missing.append(directory)
            directory = directory.deletingLastPathComponent()
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw HistoryError(
                message: "cannot create \((missing.last ?? directory).path): \(directory.path) is not a folder")
        }
        for folder in missing.reversed() where mkdir(folder.path, 0o700) != 0 && errno != EEXIST {
            throw HistoryError(message: "cannot create \(folder.path): \(UserFileError(errno: errno))")
        }
    }

    /// Writes the whole history atomically: a temporary file in the same directory, renamed over
    /// the old one, so that a crash or a concurrent reader never sees half a file.
    func save() throws {
        try createDirectory()
        let text = entries.map(Self.escape).map { $0 + "\n" }.joined()
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).tmp")
        unlink(temporary.path)  // a leftover of a crashed session, never written through
        do {
            try UserFiles.create(temporary.path, replacing: false).write(text)
            guard chmod(temporary.path, 0o600) == 0, rename(temporary.path, url.path) == 0 else {
                throw HistoryError(message: "cannot replace \(url.path): \(UserFileError(errno: errno))")
            }
        } catch {
            unlink(temporary.path)
            throw error as? HistoryError
                ?? HistoryError(message: "cannot write \(temporary.path): \(UserFiles.describe(error))")
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

/// An exclusive flock on a file beside the history, held while one session reads, appends and
/// renames; the lock file itself stays (removing it would let two sessions lock two files).
private struct HistoryLock {
    private let descriptor: Int32

    init(_ url: URL) throws {
        descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw HistoryError(message: "cannot lock \(url.path): \(UserFileError(errno: errno))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let problem = UserFileError(errno: errno)
                close(descriptor)
                throw HistoryError(message: "cannot lock \(url.path): \(problem)")
            }
        }
    }

    /// Closing the descriptor releases the lock.
    func release() { close(descriptor) }
}

/// The history could not be written.
struct HistoryError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
