#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages that are not part of the transcript: a file that cannot be read, a history that
/// cannot be saved, an internal error.
enum StandardError {
    /// Writes `text` and a newline after flushing stdout, so that it lands after what was printed.
    static func write(_ text: String) {
        fflush(nil)
        let bytes = Array((text + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { writeBytes(STDERR_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            written += count
        }
    }
}

/// write(2) under a name that does not clash with ``StandardError/write(_:)``.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
