/// A unified diff (as `diff -u` prints it) of a transcript's expected lines against the actual
/// ones, numbered as lines of the transcript file.
public struct UnifiedDiff {
    public static let context = 3

    public let expectedName: String
    public let actualName: String
    public let expected: [String]
    public let actual: [String]
    public let edits: [DiffEdit]
    /// Added to every line number: the lines of the file before the compared ones.
    public let lineOffset: Int

    public init(
        expectedName: String, actualName: String, expected: [String], actual: [String],
        edits: [DiffEdit], lineOffset: Int = 0
    ) {
        self.expectedName = expectedName
        self.actualName = actualName
        self.expected = expected
        self.actual = actual
        self.edits = edits
        self.lineOffset = lineOffset
    }

    /// The diff's lines: `---`/`+++`, then `@@ -start,count +start,count @@` hunks with three
    /// lines of context; no lines when nothing differs.
    public var lines: [String] {
        let hunks = Self.hunks(edits, context: Self.context)
        guard !hunks.isEmpty else { return [] }
        var lines = ["--- \(expectedName)", "+++ \(actualName)"]
        for hunk in hunks {
            let part = edits[hunk]
            // Lines of each side before the hunk: from its first edit that has a line there.
            let aBefore = edits[..<hunk.lowerBound].reduce(0) { $0 + ($1.aIndex != nil ? 1 : 0) }
            let bBefore = edits[..<hunk.lowerBound].reduce(0) { $0 + ($1.bIndex != nil ? 1 : 0) }
            let aCount = part.filter { $0.aIndex != nil }.count
            let bCount = part.filter { $0.bIndex != nil }.count
            lines.append(
                "@@ -\(Self.range(aBefore + lineOffset, aCount)) +\(Self.range(bBefore + lineOffset, bCount)) @@")
            for edit in part {
                switch edit {
                case let .same(i, _): lines.append(" " + expected[i])
                case let .delete(i): lines.append("-" + expected[i])
                case let .insert(j): lines.append("+" + actual[j])
                }
            }
        }
        return lines
    }

    /// `start,count` with GNU diff's conventions: 1-based start, `,count` left out when it is 1,
    /// and an empty range numbered by the line before it.
    static func range(_ before: Int, _ count: Int) -> String {
        switch count {
        case 0: "\(before),0"
        case 1: "\(before + 1)"
        default: "\(before + 1),\(count)"
        }
    }

    /// Ranges of edit indices, each a run of changes with up to `context` unchanged edits either
    /// side; changes closer than twice the context share a hunk.
    static func hunks(_ edits: [DiffEdit], context: Int) -> [Range<Int>] {
        let changes = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        var hunks: [Range<Int>] = []
        for change in changes {
            let start = Swift.max(change - context, 0)
            let end = Swift.min(change + context + 1, edits.count)
            if let last = hunks.last, start <= last.upperBound {
                hunks[hunks.count - 1] = last.lowerBound..<end
            } else {
                hunks.append(start..<end)
            }
        }
        return hunks
    }
}

extension DiffEdit {
    var aIndex: Int? {
        switch self {
        case let .same(i, _), let .delete(i): i
        case .insert: nil
        }
    }

    var bIndex: Int? {
        switch self {
        case let .same(_, j), let .insert(j): j
        case .delete: nil
        }
    }
}
