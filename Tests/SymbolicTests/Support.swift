@testable import Symbolic

// Operators for writing expression trees in tests as they read: `x^2 * sin(x)`.
func + (a: Expr, b: Expr) -> Expr { .add(a, b) }
func - (a: Expr, b: Expr) -> Expr { .subtract(a, b) }
func * (a: Expr, b: Expr) -> Expr { .multiply(a, b) }
func / (a: Expr, b: Expr) -> Expr { .divide(a, b) }
prefix func - (a: Expr) -> Expr { .negate(a) }
infix operator ^^ : BitwiseShiftPrecedence
func ^^ (a: Expr, b: Expr) -> Expr { .power(a, b) }

extension Expr: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

let x = Expr.symbol("x")
let y = Expr.symbol("y")

func f(_ function: ElementaryFunction, _ argument: Expr) -> Expr { .apply(function, argument) }

/// Whole numbers without `.0`, others as Swift writes them (the notebook passes its own format).
@Sendable func shortNumber(_ value: Double) -> String {
    if value == value.rounded(), Swift.abs(value) < 1e15 { return String(Int(value)) }
    return "\(value)"
}

let unicode = ExprPrinter(numberText: shortNumber)
let ascii = ExprPrinter(ascii: true, numberText: shortNumber)

/// The simplified derivative, in Unicode.
func derivativeText(_ e: Expr, _ variable: String = "x") throws -> String {
    unicode.string(try e.derivative(with: variable))
}

/// A small seeded generator (splitmix64), so that the random points are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
