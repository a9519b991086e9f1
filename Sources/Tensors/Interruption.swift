/// How a long kernel learns that the user asked it to stop (Ctrl-C).
///
/// The notebook binds ``requested`` around each statement; kernels that can run for seconds
/// (the matrix product) ask it between blocks of work and throw ``Interrupted`` when it says
/// yes. Scoped to a task, like ``GradMode`` in Autograd, so no global state is involved.
public enum Interruption {
    @TaskLocal public static var requested: Check?

    /// The question to ask. Kernels ask it only on the thread that called them.
    public final class Check: @unchecked Sendable {
        let isRequested: () -> Bool

        public init(_ isRequested: @escaping () -> Bool) {
            self.isRequested = isRequested
        }
    }

    /// Throws ``Interrupted`` if the user asked to stop; a kernel calls it between steps that
    /// each take a bounded time.
    static func check() throws {
        if requested?.isRequested() == true { throw Interrupted() }
    }
}

/// A kernel stopped because ``Interruption/requested`` said so; its result was discarded.
public struct Interrupted: Error, Equatable, Sendable {
    public init() {}
}
