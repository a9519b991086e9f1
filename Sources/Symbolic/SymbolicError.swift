/// Why an expression could not be evaluated or differentiated.
public enum SymbolicError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A symbol with no value in the evaluation's environment.
    case unboundSymbol(String)
    /// The result would exceed ``Expr/maximumSize`` nodes (repeated derivatives grow fast).
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case let .unboundSymbol(name): "\(name) has no value: give it one (at \(name) = …) or bind it first"
        case let .tooLarge(limit): "the expression grows beyond \(limit) nodes; derive a simpler one or fewer times"
        }
    }
}

extension Expr {
    /// The largest tree differentiation and simplification build.
    public static let maximumSize = 20_000

    /// Throws when the tree is larger than ``maximumSize``.
    func checkedSize() throws -> Expr {
        guard size <= Expr.maximumSize else { throw SymbolicError.tooLarge(limit: Expr.maximumSize) }
        return self
    }
}
