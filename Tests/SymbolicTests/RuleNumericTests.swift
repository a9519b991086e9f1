import Testing

@testable import Symbolic

/// Every differentiation rule, checked at random points against a central difference of the
/// Symbolic evaluator itself: (f(x + h) − f(x − h)) / 2h.
struct RuleNumericTests {
    /// A rule, an expression that exercises it, and the interval its random points come from
    /// (where the formula is smooth and defined).
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let formula: Expr
        let domain: ClosedRange<Double>
        var testDescription: String { rule }
    }

    static let cases: [Case] = [
        Case(rule: "sum", formula: x ^^ 3 + f(.sin, x) - 4 * x + 7, domain: -3...3),
        Case(rule: "negation", formula: -(x * f(.exp, x)), domain: -2...2),
        Case(rule: "constant factor", formula: 3 * f(.cos, x) / 5, domain: -3...3),
        Case(rule: "product", formula: x ^^ 2 * f(.sin, x) * f(.exp, -x), domain: -3...3),
        Case(rule: "quotient", formula: (x + 1) / (x * x + 2), domain: -3...3),
        Case(rule: "reciprocal (constant over u)", formula: 3 / (1 + x * x), domain: -3...3),
        Case(rule: "power, whole exponent", formula: (2 * x - 1) ^^ 5, domain: -2...2),
        Case(rule: "power, negative exponent", formula: x ^^ -3, domain: 0.5...3),
        Case(rule: "power, real exponent", formula: x ^^ 0.7, domain: 0.2...4),
        Case(rule: "power, symbolic constant exponent", formula: x ^^ .symbol("k"), domain: 0.2...4),
        Case(rule: "exponential", formula: 2 ^^ (x * x), domain: -2...2),
        Case(rule: "general power", formula: x ^^ x, domain: 0.2...3),
        Case(rule: "exp", formula: f(.exp, x * x / 3), domain: -2...2),
        Case(rule: "log", formula: f(.log, x * x + 1), domain: -3...3),
        Case(rule: "sqrt", formula: f(.sqrt, x * x + x + 1), domain: -3...3),
        Case(rule: "sin", formula: f(.sin, 2 * x + 1), domain: -3...3),
        Case(rule: "cos", formula: f(.cos, x * x), domain: -3...3),
        Case(rule: "tanh", formula: f(.tanh, 3 * x - 1), domain: -2...2),
        Case(rule: "sigmoid", formula: f(.sigmoid, x * x - 2), domain: -3...3),
        Case(rule: "relu", formula: f(.relu, x * x - 1) * x, domain: -3...3),
        Case(rule: "leaky_relu", formula: f(.leakyRelu(slope: 0.1), f(.sin, x)), domain: -3...3),
        Case(rule: "elu", formula: f(.elu(alpha: 0.5), 2 * x), domain: -3...3),
        Case(rule: "softplus", formula: f(.softplus, x * x - x), domain: -3...3),
        Case(rule: "abs", formula: f(.abs, x - 0.5) * x, domain: -3...3),
        Case(
            rule: "named function (chain through its body)",
            formula: .call(name: "g", arguments: [x * x], body: f(.sigmoid, x * x)) * x, domain: -3...3),
        Case(
            rule: "second derivative placeholder", formula: .derivative(f(.sin, x) * x, variable: "x"), domain: -3...3),
    ]

    @Test(arguments: cases)
    func ruleMatchesCentralDifference(_ testCase: Case) throws {
        var random = SplitMix(state: 20_261_123)
        let derivative = try testCase.formula.derivative(with: "x")
        for _ in 0..<25 {
            let x0 = Double.random(in: testCase.domain, using: &random)
            let point = ["x": x0, "k": 2.5]
            let h = 1e-5
            let above = try testCase.formula.evaluate(point.merging(["x": x0 + h]) { $1 })
            let below = try testCase.formula.evaluate(point.merging(["x": x0 - h]) { $1 })
            let difference = (above - below) / (2 * h)
            let exact = try derivative.evaluate(point)
            #expect(
                Swift.abs(exact - difference) <= 1e-6 * Swift.max(1, Swift.abs(exact)),
                "\(testCase.rule) at x = \(x0): symbolic \(exact), central difference \(difference)")
        }
    }

    @Test func simplificationKeepsTheValue() throws {
        // The assembled result and the simplified one are the same function.
        var random = SplitMix(state: 7)
        for testCase in Self.cases {
            let derivation = try testCase.formula.derivation(with: "x")
            for _ in 0..<5 {
                let point = ["x": Double.random(in: testCase.domain, using: &random), "k": 2.5]
                let (raw, simple) = (try derivation.result.evaluate(point), try derivation.simplified.evaluate(point))
                #expect(Swift.abs(raw - simple) <= 1e-12 * Swift.max(1, Swift.abs(raw)), "\(testCase.rule)")
            }
        }
    }
}
