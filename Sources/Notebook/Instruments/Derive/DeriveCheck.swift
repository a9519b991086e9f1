import Autograd
import Symbolic
import Tensors

/// The value of a derivative at a point, three ways: the symbolic result evaluated, autograd's
/// backward pass through the original formula, and a central difference of the formula. They
/// are computed independently, so a wrong rule shows up as a disagreement, never hidden.
struct DeriveCheck {
    let symbolic: Double
    let autograd: Double
    let centralDifference: Double
    /// The step of the central difference.
    let step: Double
    /// Elementary functions evaluated exactly at their kink, where the derivative does not exist.
    let kinks: [(function: ElementaryFunction, argument: Symbolic.Expr)]

    /// Symbolic and autograd use the same formulas in different orders; a difference quotient
    /// carries an error of about h² (truncation) plus ε/h (rounding) relative to the values.
    static let autogradTolerance = 1e-9
    static let differenceTolerance = 1e-5

    /// Three values as given (to show how a report reads when they disagree).
    init(
        symbolic: Double, autograd: Double, centralDifference: Double, step: Double,
        kinks: [(function: ElementaryFunction, argument: Symbolic.Expr)] = []
    ) {
        self.symbolic = symbolic
        self.autograd = autograd
        self.centralDifference = centralDifference
        self.step = step
        self.kinks = kinks
    }

    init(_ derivation: Derivation, at point: [String: Double]) throws {
        let variable = derivation.variable
        let expression = derivation.expression
        symbolic = try derivation.simplified.evaluate(point)
        guard let x = point[variable] else { throw SymbolicError.unboundSymbol(variable) }

        // Autograd: the original formula as a graph with the variable as the one leaf that
        // wants a gradient.
        let leaf = Variable(x, requiresGrad: true, label: variable)
        let graph = DeriveAutograd { name in
            if name == variable { return leaf }
            guard let value = point[name] ?? Symbolic.Expr.namedConstants.first(where: { $0.name == name })?.value
            else {
                throw SymbolicError.unboundSymbol(name)
            }
            return Variable.constant(value)
        }
        let output = try graph.variable(expression)
        if output.requiresGrad {
            let pass = try output.backward(upstream: nil)
            autograd = pass.gradient(of: leaf)?.scalar ?? 0
        } else {
            autograd = 0
        }

        step = 1e-6 * Swift.max(1, Swift.abs(x))
        var shifted = point
        shifted[variable] = x + step
        let above = try expression.evaluate(shifted)
        shifted[variable] = x - step
        let below = try expression.evaluate(shifted)
        centralDifference = (above - below) / (2 * step)
        kinks = DeriveCheck.kinks(in: expression, at: point)
    }

    /// Whether two values agree within `tolerance`, relative to the larger (absolute below 1).
    static func agree(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        if a == b || a.isNaN && b.isNaN { return true }
        guard a.isFinite, b.isFinite else { return false }
        return Swift.abs(a - b) <= tolerance * Swift.max(1, Swift.abs(a), Swift.abs(b))
    }

    var autogradAgrees: Bool { DeriveCheck.agree(symbolic, autograd, tolerance: DeriveCheck.autogradTolerance) }
    var differenceAgrees: Bool {
        DeriveCheck.agree(symbolic, centralDifference, tolerance: DeriveCheck.differenceTolerance)
    }

    /// Every kinked function whose argument is exactly 0 at the point, outermost first.
    static func kinks(in e: Symbolic.Expr, at point: [String: Double]) -> [(
        function: ElementaryFunction, argument: Symbolic.Expr
    )] {
        var found: [(function: ElementaryFunction, argument: Symbolic.Expr)] = []
        if case let .apply(f, a) = e, f.derivativeAtKink != nil, (try? a.evaluate(point)) == 0 {
            found.append((f, a))
        }
        for child in e.children { found += kinks(in: child, at: point) }
        return found
    }
}
