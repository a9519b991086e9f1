import Autograd
import Foundation
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much memory the values of a session may hold before it refuses to bind more: a clear
/// error instead of the process being aborted when an allocation fails.
///
/// The usual way to run out is a loop that rebinds a name to a value computed from it,
/// `repeat 100 { x = x + 1 }`: every step is a node of x's graph, kept for `backward`, so every
/// old x stays alive. The check runs before each binding; a refused binding leaves the name as
/// it was, and the error names what holds the memory and how to let it go.
public struct MemoryBudget: Sendable, Equatable {
    /// The most bytes the values bound in a session, and the graphs behind them, may hold.
    public var limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    /// Half of the machine's memory: room for the work, and for everything else the machine runs.
    public static var standard: MemoryBudget {
        MemoryBudget(limit: Int(clamping: ProcessInfo.processInfo.physicalMemory / 2))
    }

    /// The smallest budget accepted: gradbook itself needs a few megabytes.
    public static let minimum = 16 << 20

    private static let units: [(name: String, bytes: Double)] = [
        ("TB", 0x1p40), ("GB", 0x1p30), ("MB", 0x1p20), ("KB", 0x1p10), ("B", 1),
    ]

    /// A size as `500 MB`, `2GB`, `1.5 gb` or a plain number of bytes (1 KB = 1024 B); nil for
    /// anything else.
    public static func bytes(parsing text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let unit = units.first { trimmed.hasSuffix($0.name) }
        let number =
            unit.map { String(trimmed.dropLast($0.name.count)).trimmingCharacters(in: .whitespaces) } ?? trimmed
        guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
        let bytes = value * (unit?.bytes ?? 1)
        return bytes < 0x1p62 ? Int(bytes) : nil
    }

    /// `12 GB`, `1.5 MB`: three significant digits in the largest unit that gives at least 1.
    public static func describe(_ bytes: Int) -> String {
        let unit = units.first { Double(bytes) >= $0.bytes } ?? units[units.count - 1]
        return NumberFormat(significantDigits: 3).string(Double(bytes) / unit.bytes) + " " + unit.name
    }
}

/// The resident memory of this process, as the operating system counts it.
enum ProcessMemory {
    /// The resident bytes when they exceed `limit`, nil when they do not. The peak, which is
    /// cheap to ask for, settles most calls: below the limit, the present is too.
    static func resident(ifAbove limit: Int) -> Int? {
        guard peak() > limit, let now = current(), now > limit else { return nil }
        return now
    }

    private static func peak() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return Int.max }
        return usage.ru_maxrss  // bytes on Darwin
        #else
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return Int.max }
        return usage.ru_maxrss * 1024  // kilobytes on Linux
        #endif
    }

    private static func current() -> Int? {
        #if canImport(Darwin)
        var info = mach_task_basic_info()
        var count = mach_msg_type_number_t(MemoryLayout<mach_task_basic_info>.size / MemoryLayout<natural_t>.size)
        let status = withUnsafeMutablePointer(to: &info) {
            $0.withMemoryRebound(to: integer_t.self, capacity: Int(count)) {
                task_info(mach_task_self_, task_flavor_t(MACH_TASK_BASIC_INFO), $0, &count)
            }
        }
        return status == KERN_SUCCESS ? Int(info.resident_size) : nil
        #else
        // statm: total and resident size in pages, then more.
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #endif
    }
}

extension BuiltinTable {
    static let memoryMetaCommands: [MetaCommand] = [
        MetaCommand(
            "memory", saving: .kept, signature: ":memory [size]",
            summary:
                "Shows or sets the memory budget (default: half of the machine's memory; gradbook --memory SIZE sets it at start). When the values bound to names, with the graphs behind them, would hold more, binding a name is refused with an error that says which value holds the memory, and the name keeps its old value. Sizes are written 500 MB, 2 GB (1 GB = 1024 MB).",
            example: ":memory 4 GB"
        ) { argument, session, _ in
            guard !argument.isEmpty else {
                return [Output("memory budget \(MemoryBudget.describe(session.memoryBudget.limit))", .info)]
            }
            guard let bytes = MemoryBudget.bytes(parsing: argument), bytes >= MemoryBudget.minimum else {
                throw NotebookError.evaluation(
                    ":memory takes a size of at least \(MemoryBudget.describe(MemoryBudget.minimum)) such as 500 MB or 4 GB, got \(argument)"
                )
            }
            session.memoryBudget.limit = bytes
            return [Output("memory budget \(MemoryBudget.describe(bytes))", .info)]
        }
    ]
}

extension Session {
    /// Throws, before `name` is bound to `value`, when the values bound to names (with `value`
    /// in place of `name`'s old one) and the graphs behind them hold more than the budget,
    /// naming the binding that holds the most.
    ///
    /// Counting walks every graph the session holds, so it runs only when the process's
    /// resident memory is above the budget: the session's tensors are part of it, so below, they
    /// cannot be over. (The count, not the process's size, decides: it is the same on every
    /// machine, and other sessions in the process do not count.)
    func checkMemory(binding name: String, to value: Value) throws {
        guard residentMemory(memoryBudget.limit) != nil else { return }
        var tensors = bindings.compactMap { entry -> (name: String, variable: Variable)? in
            guard entry.key != name, case let .tensor(variable) = entry.value else { return nil }
            return (entry.key, variable)
        }
        if case let .tensor(variable) = value { tensors.append((name, variable)) }
        let total = GraphMemory(of: tensors.map(\.variable)).bytes
        guard total > memoryBudget.limit else { return }
        let held = tensors.map { (name: $0.name, memory: GraphMemory(of: [$0.variable])) }
            .sorted { ($0.memory.bytes, $1.name) > ($1.memory.bytes, $0.name) }
        let budget = MemoryBudget.describe(memoryBudget.limit)
        var message =
            "out of memory budget: the session's values hold \(MemoryBudget.describe(total)), its budget is \(budget) (:memory sets it), so \(name) was not changed"
        if let top = held.first {
            message += "; \(top.name) holds \(MemoryBudget.describe(top.memory.bytes))"
            if top.memory.earlierValues > 0 {
                message +=
                    ": its value and \(top.memory.earlierValues) earlier values kept in its graph for backward (\(top.name) = \(top.name) + … in a loop keeps every step); update in place with \(top.name) += …, which records no graph, or cut the history with \(top.name) = detach(\(top.name))"
            } else {
                message += "; rebind it (or :reset) to let it go"
            }
        }
        throw NotebookError.evaluation(message)
    }
}

/// The memory values and the graphs behind them keep alive: their tensors' numbers (values and
/// gradients), and about 400 bytes of bookkeeping per node (the variable, its operation and
/// arrays; measured: a chain of 10⁶ `k = k + 1` holds 785 MB).
struct GraphMemory {
    private(set) var bytes = 0
    /// The values of the graphs other than the roots themselves (constants left out).
    private(set) var earlierValues = 0

    static let bytesPerNode = 400

    init(of roots: [Variable]) {
        let rootIdentifiers = Set(roots.map(ObjectIdentifier.init))  // membership only
        var visited = rootIdentifiers
        var pending = roots
        while let node = pending.popLast() {
            bytes += (node.value.count + (node.grad?.count ?? 0)) * MemoryLayout<Double>.size + Self.bytesPerNode
            if node.requiresGrad && !rootIdentifiers.contains(ObjectIdentifier(node)) { earlierValues += 1 }
            for input in node.inputs where visited.insert(ObjectIdentifier(input)).inserted { pending.append(input) }
        }
    }
}
