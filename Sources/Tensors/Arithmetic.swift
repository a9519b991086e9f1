#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Elementwise arithmetic with NumPy broadcasting.
extension Tensor {
    // Closure literals rather than the bare operators: the compiler then folds them into the
    // inlined loop of `zip` instead of calling a thunk per element.
    public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.zip(rhs, op: "add") { $0 + $1 } }
    public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.zip(rhs, op: "subtract") { $0 - $1 } }
    public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.zip(rhs, op: "multiply") { $0 * $1 } }
    public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor { try lhs.zip(rhs, op: "divide") { $0 / $1 } }
    public static prefix func - (operand: Tensor) -> Tensor { operand.map { -$0 } }

    /// Every element raised to the matching (broadcast) element of `exponent`.
    public func pow(_ exponent: Tensor) throws -> Tensor { try zip(exponent, op: "pow", Tensor.power) }

    /// Every element raised to `exponent`.
    public func pow(_ exponent: Double) -> Tensor { map { Tensor.power($0, exponent) } }

    /// `base^exponent` with C's (and PyTorch's) conventions: `(-2)^3 = -8`, `0^0 = 1`,
    /// `(-2)^0.5 = nan`. (swift-numerics' `pow` returns nan for any negative base.)
    public static func power(_ base: Double, _ exponent: Double) -> Double {
        // x¹ = x exactly (C's pow is within 0.52 ulp of the exact result, so it returns x too);
        // skipping the call matters because x² differentiates to 2·x¹.
        exponent == 2 ? base * base : exponent == 1 ? base : cPow(base, exponent)
    }
}

/// C's `pow`, named apart from `Tensor.pow`.
private func cPow(_ base: Double, _ exponent: Double) -> Double { pow(base, exponent) }

/// The six comparisons; each produces a mask of 0 and 1.
public enum Comparison: String, Sendable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "=="
    case notEqual = "!="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        case .equal: a == b
        case .notEqual: a != b
        }
    }
}

extension Tensor {
    /// 1 where `self[i] (comparison) other[i]` holds, 0 elsewhere (after broadcasting).
    public func compare(_ comparison: Comparison, _ other: Tensor) throws -> Tensor {
        try zip(other, op: comparison.rawValue) { comparison.holds($0, $1) ? 1 : 0 }
    }
}
