/// A derivative rule written once, in the input `u` of an ``ElementwiseFunction``, for `derive`
/// to turn into its own expressions (Symbolic reads it; this module cannot see Symbolic).
public indirect enum Formula: Sendable, Equatable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// The function's input u.
    case input
    /// The function's parameter (leaky_relu's slope) as a number.
    case parameter
    case number(Double)
    /// A named constant, `pi`.
    case constant(String)
    case negate(Formula)
    case add(Formula, Formula)
    case subtract(Formula, Formula)
    case multiply(Formula, Formula)
    case divide(Formula, Formula)
    case power(Formula, Formula)
    /// A function of one argument by name: another registered function (`sigmoid`) or one
    /// Symbolic knows (`exp`, `sqrt`).
    case apply(String, Formula)
    /// `then` where `condition` is > 0, `otherwise` elsewhere.
    case ifPositive(Formula, then: Formula, otherwise: Formula)

    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }

    public static func + (a: Formula, b: Formula) -> Formula { .add(a, b) }
    public static func - (a: Formula, b: Formula) -> Formula { .subtract(a, b) }
    public static func * (a: Formula, b: Formula) -> Formula { .multiply(a, b) }
    public static func / (a: Formula, b: Formula) -> Formula { .divide(a, b) }
    public static prefix func - (a: Formula) -> Formula { .negate(a) }

    /// Every function name the formula applies, for the check that each is known.
    public var functionNames: [String] {
        switch self {
        case .input, .parameter, .number, .constant: []
        case let .negate(a): a.functionNames
        case let .add(a, b), let .subtract(a, b), let .multiply(a, b), let .divide(a, b), let .power(a, b):
            a.functionNames + b.functionNames
        case let .apply(name, a): [name] + a.functionNames
        case let .ifPositive(c, a, b): c.functionNames + a.functionNames + b.functionNames
        }
    }
}
