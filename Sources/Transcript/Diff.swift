/// One step of an edit script from a sequence `a` (expected) to a sequence `b` (actual).
public enum DiffEdit: Equatable, Sendable {
    /// `a[i]` and `b[j]` match.
    case same(Int, Int)
    /// `a[i]` is not in `b`.
    case delete(Int)
    /// `b[j]` is not in `a`.
    case insert(Int)
}

/// The shortest edit script between two sequences, by Eugene Myers' O((N+M)·D) algorithm
/// ("An O(ND) Difference Algorithm and Its Variations", 1986), as `diff` and git use.
///
/// Matching is a predicate, not equality, so a pattern line can stand for the line it matches.
/// Ties are broken the same way every time: a deletion comes before the insertion beside it.
public enum Diff {
    public static func edits(_ aCount: Int, _ bCount: Int, matches: (Int, Int) -> Bool) -> [DiffEdit] {
        let maximum = aCount + bCount
        // v[k + offset] is the furthest x reached on diagonal k = x − y.
        let offset = maximum + 1
        var v = [Int](repeating: 0, count: 2 * maximum + 3)
        var trace: [[Int]] = []
        search: for d in 0...maximum {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = takesInsertion(k, d, v, offset) ? v[k + 1 + offset] : v[k - 1 + offset] + 1
                var y = x - k
                while x < aCount, y < bCount, matches(x, y) {
                    x += 1
                    y += 1
                }
                v[k + offset] = x
                if x >= aCount && y >= bCount { break search }
            }
        }
        // Walk back from the end through the saved frontiers.
        var edits: [DiffEdit] = []
        var x = aCount
        var y = bCount
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = takesInsertion(k, d, v, offset) ? k + 1 : k - 1
            let previousX = v[previousK + offset]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                edits.append(.same(x - 1, y - 1))
                x -= 1
                y -= 1
            }
            if d > 0 {
                edits.append(x == previousX ? .insert(y - 1) : .delete(x - 1))
            }
            x = previousX
            y = previousY
        }
        return edits.reversed()
    }

    /// Whether diagonal k is reached from k + 1 by a step down (an insertion) rather than from
    /// k − 1 by a step right (a deletion).
    private static func takesInsertion(_ k: Int, _ d: Int, _ v: [Int], _ offset: Int) -> Bool {
        k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset])
    }
}
