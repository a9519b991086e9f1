import Symbolic

/// How `derive` writes a derivation: numbered steps naming their rule, the simplified result,
/// notes on kinks, and the checked value at a point. Unicode, or ASCII when the session asks.
struct DeriveReport {
    let settings: Settings
    let derivation: Derivation

    /// More steps than this are summarised (a long formula has one step per node).
    static let maximumSteps = 60

    var printer: ExprPrinter {
        let format = settings.numberFormat
        return ExprPrinter(ascii: settings.ascii, partial: derivation.isPartial, numberText: { format.string($0) })
    }

    private var prime: String { settings.ascii ? "'" : "′" }

    func lines() -> [Output] {
        let p = printer
        var outputs: [Output] = []
        let shown = derivation.steps.prefix(DeriveReport.maximumSteps)
        for (i, step) in shown.enumerated() {
            let left = p.string(.derivative(step.expression, variable: derivation.variable))
            let head = "\(i + 1). \(ruleText(step.rule)): "
            outputs += fitted(head + "\(left) = \(p.string(step.rewrite))", keep: head.count)
        }
        if derivation.steps.count > shown.count {
            outputs.append(Output("\(settings.ellipsis) \(derivation.steps.count - shown.count) more steps", .info))
        }
        let whole = p.string(.derivative(derivation.expression, variable: derivation.variable))
        outputs += fitted("\(whole) = \(p.string(derivation.simplified))")
        for function in kinkedFunctions() {
            outputs.append(Output(kinkNote(function), .info))
        }
        return outputs
    }

    /// A step or result line, broken between terms when wider than the session's width.
    private func fitted(_ line: String, keep: Int = 0) -> [Output] {
        FormulaWrap.lines(line, width: settings.width, keep: keep).map { Output($0) }
    }

    /// The rule's name, with the elementary derivative it uses (`chain rule, sin′(u) = cos(u)`).
    func ruleText(_ rule: Rule) -> String {
        switch rule {
        case .constant: return "constant rule"
        case .identity: return "identity"
        case .sum: return "sum rule"
        case .negation: return "negation"
        case .constantFactor: return "constant factor"
        case .product: return "product rule"
        case .quotient: return "quotient rule"
        case let .power(chain): return chain ? "power rule and chain rule" : "power rule"
        case let .exponential(chain): return chain ? "exponential rule and chain rule" : "exponential rule"
        case .generalPower: return settings.ascii ? "power rule for u^v" : "power rule for uᵛ"
        case let .function(f, chain):
            let u = Symbolic.Expr.symbol("u")
            let formula = "\(f.name)\(prime)(u) = \(printer.string(f.derivative(at: u)))"
            return chain ? "chain rule, \(formula)" : "\(f.name)\(prime)"
        case let .definition(name): return "definition of \(name)"
        case .piecewise: return "each branch"
        }
    }

    /// The kinked functions in the formula, each once, in order.
    private func kinkedFunctions() -> [ElementaryFunction] {
        var found: [ElementaryFunction] = []
        func visit(_ e: Symbolic.Expr) {
            if case let .apply(f, _) = e, f.derivativeAtKink != nil, !found.contains(f) { found.append(f) }
            e.children.forEach(visit)
        }
        visit(derivation.expression)
        return found
    }

    func kinkNote(_ f: ElementaryFunction) -> String {
        let value = settings.numberFormat.string(f.derivativeAtKink ?? 0)
        let name = f == .sign ? "sign jumps" : "\(f.name) has a kink"
        return
            "note: \(name) at 0, where its derivative does not exist; gradbook uses \(f.name)\(prime)(0) = \(value), as PyTorch does"
    }

    /// The value at a point, three ways, and whether they agree.
    func check(_ check: DeriveCheck, point: [(name: String, value: Double)]) -> [Output] {
        let number = settings.numberFormat
        let at = point.map { "\($0.name) = \(number.string($0.value))" }.joined(separator: ", ")
        var outputs = [Output("at \(at):")]
        let rows = [
            ("symbolic", check.symbolic, ""), ("autograd", check.autograd, ""),
            ("central difference", check.centralDifference, " (h = \(number.string(check.step)))"),
        ]
        for (label, value, suffix) in rows {
            outputs.append(
                Output("  " + label.padding(toLength: 20, withPad: " ", startingAt: 0) + number.string(value) + suffix))
        }
        if !check.symbolic.isFinite && check.autogradAgrees {
            outputs.append(
                Output(
                    "  the derivative is \(number.string(check.symbolic)) here in floating point: the formula is undefined, infinite or overflows at this point",
                    .info))
        } else if !check.autogradAgrees {
            outputs.append(
                Output("  DISAGREE: the symbolic derivative and autograd differ; one of them has a wrong rule", .error))
        } else if !check.differenceAgrees {
            let why =
                check.kinks.isEmpty
                ? "the formula may not be smooth here, or the step h is too coarse for it"
                : "the central difference straddles the kink and averages the two sides"
            outputs.append(Output("  symbolic and autograd agree; the central difference does not: \(why)", .info))
        } else {
            // The tolerances, not the differences: those are rounding noise that would make the
            // text differ between machines.
            let tolerances =
                "autograd within \(number.string(DeriveCheck.autogradTolerance)), central difference within \(number.string(DeriveCheck.differenceTolerance)), relative"
            outputs.append(Output("  \(settings.ascii ? "ok" : "✓") all three agree (\(tolerances))", .info))
        }
        var noted: [(ElementaryFunction, Symbolic.Expr)] = []
        for (f, argument) in check.kinks where !noted.contains(where: { $0.0 == f && $0.1 == argument }) {
            noted.append((f, argument))
            outputs.append(
                Output(
                    "  here \(printer.string(.apply(f, argument))) is at its kink (\(printer.string(argument)) = 0): the derivative does not exist mathematically; the value uses \(f.name)\(prime)(0) = \(number.string(f.derivativeAtKink ?? 0))",
                    .info))
        }
        return outputs
    }
}
