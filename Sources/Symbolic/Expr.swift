/// A scalar expression tree: what `derive` differentiates, simplifies and prints.
///
/// The tree keeps the shape the expression was written in (`a − b`, `a / b`), so that each
/// derivation step can name the rule the written form calls for (the quotient rule for `a / b`);
/// ``Simplifier`` turns results into a canonical, readable form afterwards.
public indirect enum Expr: Sendable, Equatable {
    case number(Double)
    /// A variable or a named constant (`x`, `w11`, `pi`).
    case symbol(String)
    case negate(Expr)
    case add(Expr, Expr)
    case subtract(Expr, Expr)
    case multiply(Expr, Expr)
    case divide(Expr, Expr)
    case power(Expr, Expr)
    /// An elementary function of one argument (`sin(u)`, `leaky_relu(u, 0.1)`).
    case apply(ElementaryFunction, Expr)
    /// A named function defined by the user, applied to `arguments`; `body` is its definition
    /// with the arguments already put in for the parameters. It prints as the call and
    /// evaluates and differentiates through the body.
    case call(name: String, arguments: [Expr], body: Expr)
    /// `then` where `condition > 0`, `otherwise` elsewhere (at 0 too): the derivative of a
    /// function with a kink, with the value at the kink chosen as PyTorch chooses it.
    case piecewise(condition: Expr, then: Expr, otherwise: Expr)
    /// d/d`variable` of an expression, not yet worked out: appears only in derivation steps.
    case derivative(Expr, variable: String)

    /// The sub-expressions, in order (a call's body, not its arguments: the body holds them).
    public var children: [Expr] {
        switch self {
        case .number, .symbol: return []
        case let .negate(a), let .apply(_, a), let .derivative(a, _): return [a]
        case let .add(a, b), let .subtract(a, b), let .multiply(a, b), let .divide(a, b), let .power(a, b):
            return [a, b]
        case let .call(_, _, body): return [body]
        case let .piecewise(c, a, b): return [c, a, b]
        }
    }

    /// Whether `variable` occurs in the expression (through named functions' bodies too).
    public func depends(on variable: String) -> Bool {
        if case let .symbol(name) = self { return name == variable }
        return children.contains { $0.depends(on: variable) }
    }

    /// Every symbol, each once, in the order they first occur (left to right; a named
    /// function's free names too, since its body holds them).
    public var symbols: [String] {
        var found: [String] = []
        collectSymbols(into: &found)
        return found
    }

    private func collectSymbols(into found: inout [String]) {
        if case let .symbol(name) = self {
            if !found.contains(name) { found.append(name) }
            return
        }
        children.forEach { $0.collectSymbols(into: &found) }
    }

    /// How many nodes the tree has (a call counts its arguments and its body).
    public var size: Int {
        if case let .call(_, arguments, body) = self { return 1 + body.size + arguments.reduce(0) { $0 + $1.size } }
        return 1 + children.reduce(0) { $0 + $1.size }
    }

    /// Every occurrence of `pattern` replaced by `replacement` (outermost first).
    public func replacing(_ pattern: Expr, with replacement: Expr) -> Expr {
        if self == pattern { return replacement }
        return mapChildren { $0.replacing(pattern, with: replacement) }
    }

    /// The same node with `transform` applied to each child.
    func mapChildren(_ transform: (Expr) -> Expr) -> Expr {
        switch self {
        case .number, .symbol: return self
        case let .negate(a): return .negate(transform(a))
        case let .add(a, b): return .add(transform(a), transform(b))
        case let .subtract(a, b): return .subtract(transform(a), transform(b))
        case let .multiply(a, b): return .multiply(transform(a), transform(b))
        case let .divide(a, b): return .divide(transform(a), transform(b))
        case let .power(a, b): return .power(transform(a), transform(b))
        case let .apply(f, a): return .apply(f, transform(a))
        case let .call(name, arguments, body):
            return .call(name: name, arguments: arguments.map(transform), body: transform(body))
        case let .piecewise(c, a, b):
            return .piecewise(condition: transform(c), then: transform(a), otherwise: transform(b))
        case let .derivative(a, v): return .derivative(transform(a), variable: v)
        }
    }
}

extension Expr {
    /// The numbers gradbook knows by name; they are constants, never variables of a derivative.
    public static let namedConstants: [(name: String, value: Double)] = [("pi", Double.pi), ("e", 2.718281828459045)]

    /// The number, if this is one.
    var numberValue: Double? {
        if case let .number(x) = self { return x }
        return nil
    }
}
