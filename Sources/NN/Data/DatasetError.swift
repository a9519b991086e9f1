import Tensors

/// What went wrong making or splitting a data set.
public enum DatasetError: Error, Equatable, Sendable {
    /// A size, noise level or fraction the generator cannot use.
    case invalidArgument(dataset: String, String)
}

extension DatasetError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .invalidArgument(dataset, message): "\(dataset): \(message)"
        }
    }
}

/// Checks shared by the generators, so each says the same thing about the same mistake.
enum DatasetCheck {
    /// `count` is at least `minimum` and `count × width` numbers fit in one tensor.
    static func count(_ count: Int, minimum: Int = 1, width: Int = 1, _ what: String, dataset: String) throws {
        guard count >= minimum else {
            throw DatasetError.invalidArgument(dataset: dataset, "\(what) must be at least \(minimum), got \(count)")
        }
        let (total, overflow) = count.multipliedReportingOverflow(by: Swift.max(width, 1))
        guard !overflow, total <= Tensor.maxElementCount else {
            throw DatasetError.invalidArgument(
                dataset: dataset, "\(what) \(count) would need more than \(Tensor.maxElementCount) numbers")
        }
    }

    /// `value` is finite and non-negative (a noise level, a spread).
    static func nonNegative(_ value: Double, _ what: String, dataset: String) throws {
        guard value.isFinite, value >= 0 else {
            throw DatasetError.invalidArgument(
                dataset: dataset, "\(what) must be a finite number >= 0, got \(NumberFormat().string(value))")
        }
    }
}
