import Foundation

/// The user's files as `:load`, `:save` and `:record` touch them: only regular files, found
/// through symbolic links, never a directory, a device or a FIFO; an existing file is replaced
/// only when asked to; every failure is said in plain words ("permission denied", "is a
/// directory"), never as a Foundation error dump.
public enum UserFiles {
    /// The text of the regular file at `path` (`~` expanded). A FIFO or a device is refused
    /// before it is opened, and opening never waits for a writer.
    public static func read(_ path: String) throws -> String {
        let expanded = expand(path)
        var info = stat()
        guard stat(expanded, &info) == 0 else { throw UserFileError(errno: errno) }
        try requireRegular(info.st_mode)
        let descriptor = open(expanded, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw UserFileError(errno: errno) }
        defer { close(descriptor) }
        // Checked again on what was opened: the path may have changed in between.
        guard fstat(descriptor, &info) == 0 else { throw UserFileError(errno: errno) }
        try requireRegular(info.st_mode)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw UserFileError(errno: errno)
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UserFileError(message: "not a UTF-8 text file")
        }
        return text
    }

    /// The file at `path` opened for writing from its start. A symbolic link is written
    /// through (the link stays, the file it names changes); anything but a regular file is
    /// refused; an existing file is refused unless `replacing`, and a new one is created
    /// exclusively, so a file that appears meanwhile is not overwritten either.
    public static func create(_ path: String, replacing: Bool) throws -> WritableFile {
        let expanded = expand(path)
        var info = stat()
        let exists = stat(expanded, &info) == 0
        if exists {
            try requireRegular(info.st_mode)
            guard replacing else { throw UserFileError(message: "it exists", exists: true) }
        } else if errno != ENOENT {
            throw UserFileError(errno: errno)
        } else if lstat(expanded, &info) == 0 {
            throw UserFileError(message: "it is a symbolic link to a file that does not exist")
        }
        let flags = O_WRONLY | O_CREAT | O_NONBLOCK | O_CLOEXEC | (exists ? 0 : O_EXCL)
        let descriptor = open(expanded, flags, 0o644)
        guard descriptor >= 0 else {
            switch errno {
            case EEXIST: throw UserFileError(message: "it exists", exists: true)
            case ENOENT:
                throw UserFileError(message: "there is no folder \((expanded as NSString).deletingLastPathComponent)")
            default: throw UserFileError(errno: errno)
            }
        }
        let file = WritableFile(descriptor: descriptor)
        guard fstat(descriptor, &info) == 0 else { throw UserFileError(errno: errno) }
        try requireRegular(info.st_mode)
        guard ftruncate(descriptor, 0) == 0 else { throw UserFileError(errno: errno) }
        return file
    }

    /// A thrown error in plain words: the POSIX reason behind a Foundation error when there is
    /// one ("Permission denied"), else its own description.
    public static func describe(_ error: any Error) -> String {
        if let error = error as? UserFileError { return error.message }
        var current = error as NSError
        while true {
            if current.domain == NSPOSIXErrorDomain { return UserFileError(errno: Int32(current.code)).message }
            guard let underlying = current.userInfo[NSUnderlyingErrorKey] as? NSError else { break }
            current = underlying
        }
        return (error as NSError).localizedDescription
    }

    static func expand(_ path: String) -> String { (path as NSString).expandingTildeInPath }

    private static func requireRegular(_ mode: mode_t) throws {
        let kind: String
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: kind = "a directory"
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        throw UserFileError(message: kind == "not a regular file" ? kind : "it is \(kind), not a regular file")
    }
}

/// A file opened by ``UserFiles/create(_:replacing:)``; closed when released.
public final class WritableFile {
    private let descriptor: Int32

    init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Appends `text`, all of it or an error.
    public func write(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw UserFileError(errno: errno)
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// Why a user's file could not be read or written, in plain words.
public struct UserFileError: Error, CustomStringConvertible, Equatable {
    public let message: String
    /// The file exists and was not to be replaced.
    public let exists: Bool

    init(message: String, exists: Bool = false) {
        self.message = message
        self.exists = exists
    }

    /// The C library's words for `errno`, lowercased as the rest of a message ("permission denied").
    public init(errno code: Int32) {
        let text = String(cString: strerror(code))
        let words: String =
            switch code {
            case ENOENT: "no such file"
            case ENOTDIR: "a part of the path is not a directory"
            default: text.prefix(1).lowercased() + text.dropFirst()
            }
        self.init(message: words)
    }

    public var description: String { message }
}
