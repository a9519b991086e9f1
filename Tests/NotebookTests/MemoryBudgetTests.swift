import Testing

@testable import Notebook

/// The memory budget: a binding that would go over it is refused with an error naming what
/// holds the memory, and the session goes on.
@Suite struct MemoryBudgetTests {
    /// The process seen as holding more than any budget, so that the session's values are counted.
    static func overBudget(_ session: Session) { session.residentMemory = { _ in 1 << 40 } }

    @Test func aBindingOverTheBudgetIsRefusedNamingTheHistory() {
        let session = Session()
        run("x = zeros(1000); repeat 9 { x = x + 1 }; small = 2", in: session)
        Self.overBudget(session)
        session.memoryBudget.limit = 90 << 10
        // x + 1 would be the 11th value of x's chain, beside 10 constants 1: 11 × 1000 + 10
        // numbers of 8 bytes and 21 nodes of 400, 96,480 bytes; with small's 408, 94.6 KB.
        let text = failure("x = x + 1", in: session)
        #expect(
            text.contains(
                "error: out of memory budget: the session's values hold 94.6 KB, its budget is 90 KB (:memory sets it), so x was not changed; x holds 94.2 KB: its value and 10 earlier values kept in its graph for backward (x = x + … in a loop keeps every step); update in place with x += …, which records no graph, or cut the history with x = detach(x)"
            ), "\(text)")
        #expect(run("small = 3; x[0]", in: session) == "9", "x kept its old value; 86 KB fit")
        session.memoryBudget.limit = 80 << 10
        #expect(
            failure("repeat 5 { small = 4 }", in: session).contains(
                "the session's values hold 86 KB, its budget is 80 KB (:memory sets it), so small was not changed; x holds 85.6 KB: its value and 9 earlier values"
            ))
        #expect(run("small", in: session) == "3")
        #expect(run("x = detach(x); x += 1; x[0]", in: session) == "10")
    }

    @Test func valuesWithoutHistoryAreNamedToo() {
        let session = Session()
        run("big = zeros(100, 100)", in: session)
        Self.overBudget(session)
        session.memoryBudget.limit = 64 << 10
        #expect(
            failure("y = 1", in: session).contains(
                "the session's values hold 78.9 KB, its budget is 64 KB (:memory sets it), so y was not changed; big holds 78.5 KB; rebind it (or :reset) to let it go"
            ))
    }

    @Test func nothingIsCountedWhileTheProcessIsUnderTheBudget() {
        let session = Session()
        session.memoryBudget.limit = 1 << 10
        session.residentMemory = { _ in nil }
        run("x = zeros(1000); repeat 3 { x = x + 1 }", in: session)
    }

    @Test func theBudgetIsShownAndSet() {
        let session = Session()
        #expect(run(":memory 512 MB", in: session) == "memory budget 512 MB")
        #expect(session.memoryBudget.limit == 512 << 20)
        #expect(run(":memory 1.5gb", in: session) == "memory budget 1.5 GB")
        #expect(run(":memory", in: session) == "memory budget 1.5 GB")
        #expect(
            failure(":memory 1 KB", in: session).contains(
                ":memory takes a size of at least 16 MB such as 500 MB or 4 GB, got 1 KB"))
        #expect(failure(":memory lots", in: session).contains("got lots"))
        #expect(session.memoryBudget.limit == 1536 << 20)
        #expect(Session().memoryBudget.limit > 0, "a default from the machine's memory")
    }

    @Test func sizesReadAndPrintInBinaryUnits() {
        #expect(MemoryBudget.bytes(parsing: "2GB") == 2 << 30)
        #expect(MemoryBudget.bytes(parsing: " 300 mb ") == 300 << 20)
        #expect(MemoryBudget.bytes(parsing: "4096") == 4096)
        #expect(
            MemoryBudget.bytes(parsing: "-1 GB") == nil && MemoryBudget.bytes(parsing: "1e30 TB") == nil
                && MemoryBudget.bytes(parsing: "GB") == nil)
        #expect(MemoryBudget.describe(12 << 30) == "12 GB")
        #expect(MemoryBudget.describe(1536) == "1.5 KB")
        #expect(MemoryBudget.describe(10) == "10 B")
    }
}
