import Foundation

/// One expected line of a transcript: matched exactly, or, when it ends in ` (re)` or
/// ` (glob)`, as a pattern for the whole line (as in cram), for what differs from run to run.
public enum LinePattern {
    case exact(String)
    /// A regular expression (ICU syntax, as NSRegularExpression) that must match the whole line.
    case regex(String, NSRegularExpression)
    /// `*` matches any run of characters, `?` any one; `\` takes the next character literally.
    case glob(String)

    static let regexSuffix = " (re)"
    static let globSuffix = " (glob)"

    /// The pattern a transcript line stands for; an invalid regular expression is an error.
    public init(_ line: String) throws {
        if line.hasSuffix(Self.regexSuffix) {
            let source = String(line.dropLast(Self.regexSuffix.count))
            do {
                self = .regex(source, try NSRegularExpression(pattern: "\\A(?:\(source))\\z"))
            } catch {
                throw PatternError(message: "invalid regular expression '\(source)'")
            }
        } else if line.hasSuffix(Self.globSuffix) {
            self = .glob(String(line.dropLast(Self.globSuffix.count)))
        } else {
            self = .exact(line)
        }
    }

    /// The line as written in the transcript.
    public var text: String {
        switch self {
        case let .exact(line): line
        case let .regex(source, _): source + Self.regexSuffix
        case let .glob(source): source + Self.globSuffix
        }
    }

    public var isPattern: Bool {
        if case .exact = self { return false }
        return true
    }

    public func matches(_ line: String) -> Bool {
        switch self {
        case let .exact(expected):
            return expected == line
        case let .regex(_, expression):
            return expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
        case let .glob(source):
            return Self.glob(Array(source), matches: Array(line))
        }
    }

    /// How an actual line is written as expected output: as itself, unless it happens to end
    /// like a pattern; then as the regular expression that matches exactly it.
    public static func literal(_ line: String) -> String {
        guard line.hasSuffix(regexSuffix) || line.hasSuffix(globSuffix) else { return line }
        return NSRegularExpression.escapedPattern(for: line) + regexSuffix
    }

    /// Glob matching with one backtrack point (the last `*`), linear in practice.
    private static func glob(_ pattern: [Character], matches text: [Character]) -> Bool {
        var p = 0
        var t = 0
        var star: Int?
        var starText = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                star = p
                starText = t
                p += 1
            } else if p < pattern.count, pattern[p] == "?" {
                p += 1
                t += 1
            } else if p < pattern.count, let literal = literal(in: pattern, at: p), literal.character == text[t] {
                p = literal.next
                t += 1
            } else if let star {
                p = star + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// The literal character at `p` (after a `\`, the escaped one) and where the pattern goes on.
    private static func literal(in pattern: [Character], at p: Int) -> (character: Character, next: Int)? {
        if pattern[p] == "\\" {
            return p + 1 < pattern.count ? (pattern[p + 1], p + 2) : ("\\", p + 1)
        }
        return (pattern[p], p + 1)
    }
}

/// A pattern line that cannot be used; the parser adds where it is.
struct PatternError: Error {
    let message: String
}
