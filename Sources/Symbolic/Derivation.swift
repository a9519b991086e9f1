/// A differentiation rule, as a derivation step names it.
public enum Rule: Sendable, Equatable {
    /// d/dx c = 0 for anything that does not involve x.
    case constant
    /// d/dx x = 1.
    case identity
    /// d(u ± v) = du ± dv; terms without the variable drop out.
    case sum
    /// d(−u) = −du.
    case negation
    /// d(c·u) = c·du and d(u/c) = du/c.
    case constantFactor
    /// d(u·v) = du·v + u·dv.
    case product
    /// d(u/v) = (du·v − u·dv)/v², or −c·dv/v² when u is a constant c.
    case quotient
    /// d(uⁿ) = n·uⁿ⁻¹·du for an exponent n without the variable; `chain` when u is not the variable.
    case power(chain: Bool)
    /// d(aᵛ) = aᵛ·ln(a)·dv for a base a without the variable.
    case exponential(chain: Bool)
    /// d(uᵛ) = uᵛ·(dv·ln(u) + v·du/u) when both involve the variable.
    case generalPower
    /// d f(u) = f′(u)·du for an elementary function; `chain` when u is not the variable.
    case function(ElementaryFunction, chain: Bool)
    /// A named function is differentiated through its definition.
    case definition(String)
    /// A piecewise derivative: each branch on its own (the kink between them is left out).
    case piecewise
}

/// One step of a derivation: the derivative of `expression` written in terms of the
/// derivatives of its parts (``Expr/derivative(_:variable:)`` nodes), by `rule`.
public struct DerivationStep: Sendable, Equatable {
    public let rule: Rule
    public let expression: Expr
    public let rewrite: Expr
}

/// The derivative of an expression, with the steps that lead to it.
public struct Derivation: Sendable {
    public let expression: Expr
    public let variable: String
    /// In the order a person would write them: the outer rule first, then each part's.
    public let steps: [DerivationStep]
    /// The derivative as the rules assemble it, before simplification.
    public let result: Expr
    /// The derivative after ``Simplifier`` (what is shown and evaluated).
    public let simplified: Expr
    /// Whether other symbols occur, so that this is a partial derivative (∂ rather than d).
    public var isPartial: Bool { expression.symbols.contains { $0 != variable && !Expr.isNamedConstant($0) } }
}

extension Expr {
    /// The largest expression `derive` takes: the derivative of a product of n factors has n
    /// terms of n factors each, so the input is kept well below ``maximumSize``.
    public static let maximumInputSize = 2_000

    /// The derivative with respect to `variable`, step by step, and simplified.
    public func derivation(with variable: String) throws -> Derivation {
        guard size <= Expr.maximumInputSize else { throw SymbolicError.tooLarge(limit: Expr.maximumInputSize) }
        var differentiator = Differentiator(variable: variable)
        let result = try differentiator.derivativeOfWhole(self).checkedSize()
        let simplified = try Simplifier.simplify(result).checkedSize()
        return Derivation(
            expression: self, variable: variable, steps: differentiator.steps, result: result, simplified: simplified)
    }

    /// The simplified derivative with respect to `variable`.
    public func derivative(with variable: String) throws -> Expr {
        try derivation(with: variable).simplified
    }

    static func isNamedConstant(_ name: String) -> Bool { namedConstants.contains { $0.name == name } }
}

/// Applies the rules recursively, recording a step for each node that needs one.
private struct Differentiator {
    let variable: String
    var steps: [DerivationStep] = []

    /// The top-level expression also gets a step when it is a constant or the variable itself,
    /// so that every derivation shows at least one rule.
    mutating func derivativeOfWhole(_ e: Expr) throws -> Expr {
        if !e.depends(on: variable) {
            steps.append(DerivationStep(rule: .constant, expression: e, rewrite: .number(0)))
            return .number(0)
        }
        if e == .symbol(variable) {
            steps.append(DerivationStep(rule: .identity, expression: e, rewrite: .number(1)))
            return .number(1)
        }
        return try derivative(e)
    }

    /// d/dvariable of a part, as it appears in a rewrite: 1 for the variable itself.
    private func placeholder(_ e: Expr) -> Expr {
        e == .symbol(variable) ? .number(1) : .derivative(e, variable: variable)
    }

    private func times(_ a: Expr, _ b: Expr) -> Expr { Differentiator.times(a, b) }

    private mutating func record(_ rule: Rule, _ e: Expr, _ rewrite: Expr) {
        steps.append(DerivationStep(rule: rule, expression: e, rewrite: rewrite))
    }

    mutating func derivative(_ e: Expr) throws -> Expr {
        guard e.depends(on: variable) else { return .number(0) }
        switch e {
        case .number: return .number(0)
        case .symbol: return .number(1)  // it depends on the variable, so it is the variable
        case let .negate(a):
            record(.negation, e, .negate(placeholder(a)))
            return .negate(try derivative(a))
        case .add, .subtract:
            // a + b − c + … as one step: the sum rule applies to all the terms at once.
            let terms = Differentiator.signedTerms(e).filter { $0.term.depends(on: variable) }
            record(.sum, e, Differentiator.signedSum(terms.map { ($0.negative, placeholder($0.term)) }))
            return Differentiator.signedSum(try terms.map { ($0.negative, try derivative($0.term)) })
        case .multiply:
            let factors = Differentiator.factors(e)
            let varying = factors.indices.filter { factors[$0].depends(on: variable) }
            if varying.count == 1, let i = varying.first {
                record(.constantFactor, e, Differentiator.product(factors, replacing: i, with: placeholder(factors[i])))
                return Differentiator.product(factors, replacing: i, with: try derivative(factors[i]))
            }
            // (u·v·w)′ = u′·v·w + u·v′·w + u·v·w′: one term per factor that varies.
            record(
                .product, e,
                Differentiator.signedSum(
                    varying.map {
                        (false, Differentiator.product(factors, replacing: $0, with: placeholder(factors[$0])))
                    }))
            return Differentiator.signedSum(
                try varying.map {
                    (false, Differentiator.product(factors, replacing: $0, with: try derivative(factors[$0])))
                })
        case let .divide(a, b):
            switch (a.depends(on: variable), b.depends(on: variable)) {
            case (true, true):
                record(
                    .quotient, e,
                    .divide(.subtract(times(placeholder(a), b), times(a, placeholder(b))), .power(b, .number(2))))
                let da = try derivative(a)
                let db = try derivative(b)
                return .divide(.subtract(times(da, b), times(a, db)), .power(b, .number(2)))
            case (true, false):
                record(.constantFactor, e, .divide(placeholder(a), b))
                return .divide(try derivative(a), b)
            default:
                record(.quotient, e, .negate(.divide(times(a, placeholder(b)), .power(b, .number(2)))))
                return .negate(.divide(times(a, try derivative(b)), .power(b, .number(2))))
            }
        case let .power(a, b):
            switch (a.depends(on: variable), b.depends(on: variable)) {
            case (true, false):
                let outer: Expr
                switch b.numberValue {
                case 1?: outer = .number(1)
                case 2?: outer = times(b, a)
                case let k?: outer = times(b, .power(a, .number(k - 1)))
                case nil: outer = times(b, .power(a, .subtract(b, .number(1))))
                }
                record(.power(chain: a != .symbol(variable)), e, times(outer, placeholder(a)))
                return times(outer, try derivative(a))
            case (false, true):
                let outer = times(e, .apply(.log, a))
                record(.exponential(chain: b != .symbol(variable)), e, times(outer, placeholder(b)))
                return times(outer, try derivative(b))
            default:
                let inner: (Expr, Expr) -> Expr = { db, da in
                    .add(Differentiator.times(db, .apply(.log, a)), .divide(Differentiator.times(b, da), a))
                }
                record(.generalPower, e, times(e, inner(placeholder(b), placeholder(a))))
                let db = try derivative(b)
                return times(e, inner(db, try derivative(a)))
            }
        case let .apply(f, a):
            let outer = f.derivative(at: a)
            record(.function(f, chain: a != .symbol(variable)), e, times(outer, placeholder(a)))
            return times(outer, try derivative(a))
        case let .call(name, _, body):
            record(.definition(name), e, placeholder(body))
            // What the body's derivative repeats of the body is written as the call again:
            // d/dx f(u) for f(x) = σ(x) shows as f(u)·(1 − f(u))·du, as the lecture notes write it.
            return try derivative(body).replacing(body, with: e)
        case let .piecewise(condition, then, otherwise):
            record(
                .piecewise, e,
                .piecewise(condition: condition, then: placeholder(then), otherwise: placeholder(otherwise)))
            let dThen = try derivative(then)
            return .piecewise(condition: condition, then: dThen, otherwise: try derivative(otherwise))
        case let .derivative(a, inner):
            return try derivative(try a.derivative(with: inner))
        }
    }

    /// The terms of a chain of + and −, each with whether it is subtracted.
    static func signedTerms(_ e: Expr) -> [(negative: Bool, term: Expr)] {
        switch e {
        case let .add(a, b): return signedTerms(a) + signedTerms(b)
        case let .subtract(a, b): return signedTerms(a) + signedTerms(b).map { (!$0.negative, $0.term) }
        default: return [(false, e)]
        }
    }

    /// t₁ ± t₂ ± …, with a leading − as a negation; 0 when there are no terms.
    static func signedSum(_ terms: [(negative: Bool, term: Expr)]) -> Expr {
        guard let first = terms.first else { return .number(0) }
        return terms.dropFirst().reduce(first.negative ? .negate(first.term) : first.term) { sum, next in
            next.negative ? .subtract(sum, next.term) : .add(sum, next.term)
        }
    }

    /// The factors of a chain of ·.
    static func factors(_ e: Expr) -> [Expr] {
        if case let .multiply(a, b) = e { return factors(a) + factors(b) }
        return [e]
    }

    /// The product of `factors` with the one at `index` replaced (and factors 1 left out).
    static func product(_ factors: [Expr], replacing index: Int, with replacement: Expr) -> Expr {
        var parts = factors
        parts[index] = replacement
        if parts.contains(.number(0)) { return .number(0) }
        parts.removeAll { $0 == .number(1) }
        guard let first = parts.first else { return .number(1) }
        return parts.dropFirst().reduce(first) { .multiply($0, $1) }
    }

    /// `a·b`, leaving out a factor 1 so that rewrites read `2·x` rather than `2·x·1`.
    private static func times(_ a: Expr, _ b: Expr) -> Expr {
        if b == .number(1) { return a }
        if a == .number(1) { return b }
        return .multiply(a, b)
    }
}
