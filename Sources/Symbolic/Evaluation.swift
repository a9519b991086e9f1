import RealModule

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Expr {
    /// The value, with each symbol taken from `environment` (the named constants `pi` and `e`
    /// when the environment has no value of that name). Arithmetic follows IEEE 754 and C's
    /// `pow`, as the tensor engine does: `1/0` is `inf`, `log(−1)` is `nan`.
    public func evaluate(_ environment: [String: Double]) throws -> Double {
        switch self {
        case let .number(x): return x
        case let .symbol(name):
            if let value = environment[name] ?? Expr.namedConstants.first(where: { $0.name == name })?.value {
                return value
            }
            throw SymbolicError.unboundSymbol(name)
        case let .negate(a): return -(try a.evaluate(environment))
        case let .add(a, b): return try a.evaluate(environment) + b.evaluate(environment)
        case let .subtract(a, b): return try a.evaluate(environment) - b.evaluate(environment)
        case let .multiply(a, b): return try a.evaluate(environment) * b.evaluate(environment)
        case let .divide(a, b): return try a.evaluate(environment) / b.evaluate(environment)
        case let .power(a, b): return Expr.power(try a.evaluate(environment), try b.evaluate(environment))
        case let .apply(f, a): return f.value(try a.evaluate(environment))
        case let .call(_, _, body): return try body.evaluate(environment)
        case let .piecewise(condition, then, otherwise):
            return try condition.evaluate(environment) > 0
                ? then.evaluate(environment) : otherwise.evaluate(environment)
        case let .derivative(a, variable): return try a.derivative(with: variable).evaluate(environment)
        }
    }

    /// `base^exponent` as C's `pow` (and PyTorch): `(−2)³ = −8`, `0⁰ = 1`, `(−2)^0.5 = nan`.
    static func power(_ base: Double, _ exponent: Double) -> Double {
        exponent == 2 ? base * base : cPower(base, exponent)
    }
}

/// C's `pow`, named apart from the cases above.
private func cPower(_ base: Double, _ exponent: Double) -> Double { pow(base, exponent) }
