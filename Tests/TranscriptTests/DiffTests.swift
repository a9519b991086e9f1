import Testing

@testable import Transcript

/// Myers' shortest edit script and its unified-diff rendering.
@Suite struct DiffTests {
    static func edits(_ a: [String], _ b: [String]) -> [DiffEdit] {
        Diff.edits(a.count, b.count) { a[$0] == b[$1] }
    }

    /// The length of a longest common subsequence, by the textbook dynamic programme.
    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test func myersPaperExample() {
        // The paper's example: ABCABBA → CBABAC takes 5 edits (D = 5), keeping 4 in common.
        let a = "ABCABBA".map(String.init)
        let b = "CBABAC".map(String.init)
        let script = Self.edits(a, b)
        #expect(script.filter { if case .same = $0 { false } else { true } }.count == 5)
        #expect(script.filter { if case .same = $0 { true } else { false } }.count == 4)
    }

    @Test(arguments: [
        ("", ""), ("abc", ""), ("", "abc"), ("abc", "abc"), ("abcd", "acbd"), ("xaxbxc", "abc"),
        ("kitten", "sitting"), ("aaaa", "aa"), ("abcabba", "cbabac"), ("transcript", "scripture"),
    ])
    func scriptIsShortestAndRebuildsBothSides(_ left: String, _ right: String) {
        let a = left.map(String.init)
        let b = right.map(String.init)
        let script = Self.edits(a, b)
        var rebuiltA: [String] = []
        var rebuiltB: [String] = []
        var same = 0
        for edit in script {
            switch edit {
            case let .same(i, j):
                #expect(a[i] == b[j])
                rebuiltA.append(a[i])
                rebuiltB.append(b[j])
                same += 1
            case let .delete(i): rebuiltA.append(a[i])
            case let .insert(j): rebuiltB.append(b[j])
            }
        }
        #expect(rebuiltA == a && rebuiltB == b, "the script walks both sequences in order")
        #expect(same == Self.lcsLength(a, b), "as many lines kept as a longest common subsequence")
    }

    @Test func deletionComesBeforeTheInsertionBesideIt() {
        #expect(Self.edits(["a", "x", "c"], ["a", "y", "c"]) == [.same(0, 0), .delete(1), .insert(1), .same(2, 2)])
    }

    @Test func unifiedDiffNumbersLinesAndKeepsThreeLinesOfContext() {
        let expected = (1...12).map { "line \($0)" }
        var actual = expected
        actual[5] = "line six"  // line 6 changed
        actual.remove(at: 11)  // line 12 gone
        let diff = UnifiedDiff(
            expectedName: "t.t", actualName: "t.t (actual)", expected: expected, actual: actual,
            edits: Self.edits(expected, actual), lineOffset: 2)
        #expect(
            diff.lines == [
                "--- t.t",
                "+++ t.t (actual)",
                "@@ -5,10 +5,9 @@",
                " line 3", " line 4", " line 5",
                "-line 6", "+line six",
                " line 7", " line 8", " line 9", " line 10", " line 11",
                "-line 12",
            ])
    }

    @Test func farApartChangesGetTheirOwnHunksAndEmptyRangesCountFromTheLineBefore() {
        let expected = (1...20).map { "\($0)" }
        var actual = expected
        actual.insert("new", at: 0)
        actual.remove(at: 20)  // "20"
        let diff = UnifiedDiff(
            expectedName: "a", actualName: "b", expected: expected, actual: actual,
            edits: Self.edits(expected, actual))
        #expect(
            diff.lines == [
                "--- a", "+++ b",
                "@@ -1,3 +1,4 @@", "+new", " 1", " 2", " 3",
                "@@ -17,4 +18,3 @@", " 17", " 18", " 19", "-20",
            ])
        let fromNothing = UnifiedDiff(
            expectedName: "a", actualName: "b", expected: [], actual: ["x"],
            edits: Self.edits([], ["x"]), lineOffset: 2)
        #expect(fromNothing.lines == ["--- a", "+++ b", "@@ -2,0 +3 @@", "+x"])
        #expect(UnifiedDiff.range(0, 0) == "0,0" && UnifiedDiff.range(4, 1) == "5" && UnifiedDiff.range(4, 2) == "5,2")
    }

    @Test func noDifferenceNoLines() {
        let same = ["a", "b"]
        #expect(
            UnifiedDiff(
                expectedName: "a", actualName: "b", expected: same, actual: same,
                edits: Self.edits(same, same)
            ).lines.isEmpty)
    }
}
