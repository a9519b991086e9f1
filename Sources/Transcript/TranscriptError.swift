/// A transcript that cannot be read or parsed, named by file and line (`path:line: message`).
public struct TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// 1-based; nil when the problem is the file as a whole.
    public let line: Int?
    public let message: String

    public init(path: String, line: Int? = nil, _ message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line.map { "\($0):" } ?? "") \(message)" }
}
