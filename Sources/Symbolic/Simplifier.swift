/// Rewrites a derivative into the form the lecture notes would write: constants folded, 0 and 1
/// identities applied, like terms and like factors collected (x·x = x², 2·x + 3·x = 5·x), and
/// terms and factors in a fixed order. It is not a computer algebra system: it does not expand
/// products of sums, so σ(x)·(1 − σ(x)) stays as the derivative rule wrote it.
///
/// Order is decided by position and by names, never by hashing: numbers first, then symbols
/// (alphabetically), then everything else in the order it first appeared.
public enum Simplifier {
    public static func simplify(_ e: Expr) -> Expr {
        switch e {
        case .number, .symbol: return e
        case let .derivative(a, v): return .derivative(simplify(a), variable: v)
        case let .call(name, arguments, body):
            return .call(name: name, arguments: arguments.map(simplify), body: simplify(body))
        case let .piecewise(condition, then, otherwise):
            let (c, a, b) = (simplify(condition), simplify(then), simplify(otherwise))
            if a == b { return a }
            if let x = c.numberValue, !x.isNaN { return x > 0 ? a : b }
            return .piecewise(condition: c, then: a, otherwise: b)
        case let .apply(f, a):
            let argument = simplify(a)
            if let x = argument.numberValue {
                // Fold only exact, short results (sin(0) = 0, exp(0) = 1); σ(0.3) stays symbolic.
                let y = f.value(x)
                if y.isFinite, y == y.rounded(), Swift.abs(y) < 1e15 { return .number(y) }
            }
            return .apply(f, argument)
        case .negate, .add, .subtract, .multiply, .divide, .power:
            return Polynomial(terms: Polynomial.terms(of: e.mapChildren(simplify))).expression
        }
    }
}

/// x^k inside a term: `exponent` is a number for integer and constant powers.
struct Factor: Equatable {
    /// `base`'s fingerprint, worked out once: finding a like base in a long product is then a
    /// lookup, and unlike bases compare unequal without walking two deep trees (it is compared first).
    let fingerprint: Int
    let base: Expr
    var exponent: Expr

    init(base: Expr, exponent: Expr) {
        self.init(base: base, fingerprint: Fingerprint.of(base), exponent: exponent)
    }

    private init(base: Expr, fingerprint: Int, exponent: Expr) {
        self.fingerprint = fingerprint
        self.base = base
        self.exponent = exponent
    }

    /// The same base to another power.
    func withExponent(_ exponent: Expr) -> Factor { Factor(base: base, fingerprint: fingerprint, exponent: exponent) }
}

/// c · Π baseᵢ^exponentᵢ.
struct Term: Equatable {
    var coefficient: Double
    var factors: [Factor]

    static func atom(_ e: Expr) -> Term { Term(coefficient: 1, factors: [Factor(base: e, exponent: .number(1))]) }

    var negated: Term { Term(coefficient: -coefficient, factors: factors) }

    func times(_ other: Term) -> Term {
        Term(coefficient: coefficient * other.coefficient, factors: Term.merge(factors + other.factors))
    }

    var reciprocal: Term {
        Term(coefficient: 1 / coefficient, factors: factors.map { $0.withExponent(Term.scale($0.exponent, by: -1)) })
    }

    func raised(to k: Double) -> Term {
        Term(
            coefficient: Expr.power(coefficient, k),
            factors: factors.map { $0.withExponent(Term.scale($0.exponent, by: k)) })
    }

    static func scale(_ exponent: Expr, by k: Double) -> Expr {
        if let n = exponent.numberValue { return .number(n * k) }
        return Simplifier.simplify(.multiply(.number(k), exponent))
    }

    /// Same factors in any order (x·y and y·x are like terms).
    func hasSameFactors(as other: Term) -> Bool {
        guard factors.count == other.factors.count else { return false }
        var unmatched = other.factors
        for factor in factors {
            guard let i = unmatched.firstIndex(of: factor) else { return false }
            unmatched.remove(at: i)
        }
        return true
    }

    /// Like bases combined (xᵃ·xᵇ = xᵃ⁺ᵇ), x⁰ dropped, then put in order.
    static func merge(_ factors: [Factor]) -> [Factor] {
        var merged: [Factor] = []
        // Deep bases (σ(σ(σ(…)))) make `==` costly: compare only those with the same fingerprint.
        var places: [Int: [Int]] = [:]
        for factor in factors {
            if let i = places[factor.fingerprint]?.first(where: { merged[$0].base == factor.base }) {
                let (a, b) = (merged[i].exponent, factor.exponent)
                if let x = a.numberValue, let y = b.numberValue {
                    merged[i].exponent = .number(x + y)
                } else {
                    merged[i].exponent = Simplifier.simplify(.add(a, b))
                }
            } else {
                places[factor.fingerprint, default: []].append(merged.count)
                merged.append(factor)
            }
        }
        merged.removeAll { $0.exponent == .number(0) }
        // Symbols (and their powers) first, by name; everything else keeps its order.
        return merged.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element.symbolName, rhs.element.symbolName)
            switch (l, r) {
            case let (l?, r?): return l == r ? lhs.offset < rhs.offset : l < r
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}

extension Factor {
    var symbolName: String? {
        if case let .symbol(name) = base { return name }
        return nil
    }
}

/// A sum of terms, like terms collected.
struct Polynomial {
    var terms: [Term]

    init(terms raw: [Term]) {
        var collected: [Term] = []
        for term in raw {
            if let i = collected.firstIndex(where: { $0.hasSameFactors(as: term) }) {
                collected[i].coefficient += term.coefficient
            } else {
                collected.append(term)
            }
        }
        terms = collected.filter { $0.coefficient != 0 }
        // Lead with a positive term when there is one: 1 − sin(x) rather than −sin(x) + 1.
        if let first = terms.first, first.coefficient < 0, let i = terms.firstIndex(where: { $0.coefficient > 0 }) {
            terms.insert(terms.remove(at: i), at: 0)
        }
    }

    static func terms(of e: Expr) -> [Term] {
        switch e {
        case let .add(a, b): return terms(of: a) + terms(of: b)
        case let .subtract(a, b): return terms(of: a) + terms(of: b).map(\.negated)
        case let .negate(a): return terms(of: a).map(\.negated)
        default: return [term(of: e)]
        }
    }

    /// A product-like expression as one term; a sum inside it stays a factor.
    static func term(of e: Expr) -> Term {
        switch e {
        case let .number(x): return Term(coefficient: x, factors: [])
        case let .negate(a): return term(of: a).negated
        case let .multiply(a, b): return term(of: a).times(term(of: b))
        case let .divide(a, b):
            let denominator = term(of: b)
            // 0 in the denominator stays visible (x/0), not folded into an infinite coefficient.
            if denominator.coefficient == 0 { return term(of: a).times(.atom(.power(b, .number(-1)))) }
            return term(of: a).times(denominator.reciprocal)
        case let .power(a, .number(k)):
            let base = term(of: a)
            let isInteger = k == k.rounded() && Swift.abs(k) < 1e6
            if base.factors.isEmpty && isInteger {
                return Term(coefficient: Expr.power(base.coefficient, k), factors: [])
            }
            if case .number = a { return .atom(e) }
            if case .add = a { return Term(coefficient: 1, factors: [Factor(base: a, exponent: .number(k))]) }
            if case .subtract = a { return Term(coefficient: 1, factors: [Factor(base: a, exponent: .number(k))]) }
            // (x·y)ᵏ = xᵏ·yᵏ and (xᵃ)ᵏ = xᵃᵏ hold for whole k; (x²)^0.5 is |x|, not x.
            if isInteger { return base.raised(to: k).times(Term(coefficient: 1, factors: [])) }
            if base.coefficient == 1, base.factors.count == 1, base.factors[0].exponent == .number(1) {
                return Term(coefficient: 1, factors: [Factor(base: a, exponent: .number(k))])
            }
            return .atom(e)
        case let .power(a, b):
            if case .number = a { return .atom(e) }
            return Term(coefficient: 1, factors: [Factor(base: a, exponent: b)])
        default: return .atom(e)
        }
    }

    /// Back to a tree that prints well: a − b for negative terms, a/b for negative powers.
    var expression: Expr {
        guard let first = terms.first else { return .number(0) }
        var sum = Polynomial.signed(first)
        for term in terms.dropFirst() {
            sum =
                term.coefficient < 0 ? .subtract(sum, Polynomial.unsigned(term)) : .add(sum, Polynomial.unsigned(term))
        }
        return sum
    }

    private static func signed(_ term: Term) -> Expr {
        if term.factors.isEmpty { return .number(term.coefficient) }
        return term.coefficient < 0 ? .negate(unsigned(term)) : unsigned(term)
    }

    /// |c|·factors, with a whole-number reciprocal coefficient put in the denominator (x/2).
    private static func unsigned(_ term: Term) -> Expr {
        let magnitude = Swift.abs(term.coefficient)
        var numerator: [Expr] = []
        var denominator: [Expr] = []
        let reciprocal = 1 / magnitude
        if magnitude < 1, reciprocal == reciprocal.rounded(), reciprocal < 1e15, !term.factors.isEmpty {
            denominator.append(.number(reciprocal))
        } else if magnitude != 1 || term.factors.isEmpty {
            numerator.append(.number(magnitude))
        }
        for factor in term.factors {
            if let k = factor.exponent.numberValue, k < 0 {
                denominator.append(power(factor.base, -k))
            } else if let k = factor.exponent.numberValue {
                numerator.append(power(factor.base, k))
            } else {
                numerator.append(.power(factor.base, factor.exponent))
            }
        }
        let top = product(numerator)
        return denominator.isEmpty ? top : .divide(top, product(denominator))
    }

    private static func power(_ base: Expr, _ k: Double) -> Expr { k == 1 ? base : .power(base, .number(k)) }

    private static func product(_ factors: [Expr]) -> Expr {
        guard let first = factors.first else { return .number(1) }
        return factors.dropFirst().reduce(first) { .multiply($0, $1) }
    }
}
