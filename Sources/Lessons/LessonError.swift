/// A lesson file that cannot be used, with the place to fix it: `file:line: message`.
public struct LessonError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let message: String

    public init(_ message: String, path: String, line: Int? = nil) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line.map { "\($0):" } ?? "") \(message)" }
}
