/// A structural hash of an expression, for finding equal sub-expressions without comparing
/// every pair of trees: equal trees have equal fingerprints, so only trees whose fingerprints
/// match are compared with `==`. Used for lookups only, never for order (Swift seeds its hasher
/// per process), so printed results stay the same from run to run.
enum Fingerprint {
    static func of(_ e: Expr) -> Int {
        var hasher = Hasher()
        combine(e, into: &hasher)
        return hasher.finalize()
    }

    private static func combine(_ e: Expr, into hasher: inout Hasher) {
        switch e {
        case let .number(x):
            hasher.combine(0)
            hasher.combine(x)
        case let .symbol(name):
            hasher.combine(1)
            hasher.combine(name)
        case let .apply(f, _):
            hasher.combine(2)
            hasher.combine(f.name)
            hasher.combine(f.parameter?.value)
        case let .call(name, arguments, _):
            hasher.combine(3)
            hasher.combine(name)
            arguments.forEach { combine($0, into: &hasher) }
        case let .derivative(_, variable):
            hasher.combine(4)
            hasher.combine(variable)
        case .negate: hasher.combine(5)
        case .add: hasher.combine(6)
        case .subtract: hasher.combine(7)
        case .multiply: hasher.combine(8)
        case .divide: hasher.combine(9)
        case .power: hasher.combine(10)
        case .piecewise: hasher.combine(11)
        }
        e.children.forEach { combine($0, into: &hasher) }
    }
}
