import Symbolic
import Tensors

extension BuiltinTable {
    /// `derive EXPR wrt x [, y…] [at x = v, …]`.
    static let deriveCommand = Command(
        "derive", topic: .instruments, clauses: ["wrt", "at"],
        signature: "derive EXPR wrt x[, y, …] [at x = v, w = u, …]",
        summary:
            "Differentiates a formula symbolically, one rule per numbered step (sum, product, quotient, power, chain, and each elementary function), then prints the simplified derivative. Names other than x stay symbols, so several variables give partial derivatives (∂). Named functions f(x) = … are differentiated through their definitions, and f'(x) is the derivative of f anywhere an expression goes. With at, the derivative's value is printed and checked against autograd and a central difference; a disagreement is shown. Names without a value in at take the session's.",
        formula:
            "chain rule: d/dx f(u(x)) = f′(u)·du/dx;  product: (u·v)′ = u′·v + u·v′;  quotient: (u/v)′ = (u′·v − u·v′)/v²",
        example: "derive x^2 * sin(x) wrt x at x = 0.5", run: derive)

    static func derive(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        try DeriveCommand(invocation: invocation, session: session).run()
    }
}

/// One run of `derive`.
struct DeriveCommand {
    let invocation: CommandInvocation
    let session: Session

    func run() throws -> [Output] {
        guard invocation.arguments.count == 1, invocation.arguments[0].label == nil else {
            throw NotebookError.evaluation(
                "derive takes one formula: derive x^2 * sin(x) wrt x", at: invocation.location)
        }
        let source = invocation.arguments[0].value
        let expression = try DeriveConversion(session: session).convert(source)
        let variables = try self.variables(of: expression, source: source)
        let point = try pointValues()

        var outputs: [Output] = []
        for (i, variable) in variables.enumerated() {
            if i > 0 { outputs.append(Output("")) }
            let derivation = try NotebookError.located(at: source.location) {
                try expression.derivation(with: variable)
            }
            let report = DeriveReport(settings: session.settings, derivation: derivation)
            outputs += report.lines()
            guard !point.isEmpty else { continue }
            let environment = try self.environment(for: expression, variable: variable, given: point)
            let check = try NotebookError.located(at: source.location) {
                try DeriveCheck(derivation, at: environment.values)
            }
            outputs += report.check(check, point: environment.shown)
        }
        return outputs
    }

    /// The `wrt` names; with no `wrt`, the formula's one variable if it has exactly one.
    private func variables(of expression: Symbolic.Expr, source: Expression) throws -> [String] {
        guard let clause = invocation.clause("wrt") else {
            let free = expression.symbols.filter { !Symbolic.Expr.namedConstants.map(\.name).contains($0) }
            guard free.count == 1 else {
                throw NotebookError.evaluation(
                    "say which variable to differentiate by: derive \(source) wrt \(free.first ?? "x")",
                    at: invocation.location)
            }
            return free
        }
        guard !clause.arguments.isEmpty else {
            throw NotebookError.evaluation("wrt needs a variable name: wrt x", at: invocation.location)
        }
        var names: [String] = []
        for argument in clause.arguments {
            guard argument.label == nil, case let .name(name) = argument.value.kind else {
                throw NotebookError.evaluation("wrt takes variable names, as in wrt x, y", at: argument.value.location)
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The `at` bindings, in the order given.
    private func pointValues() throws -> [(name: String, value: Double)] {
        guard let clause = invocation.clause("at") else { return [] }
        guard !clause.arguments.isEmpty else {
            throw NotebookError.evaluation("at needs values: at x = 0.5", at: invocation.location)
        }
        let evaluator = Evaluator(session: session)
        var point: [(name: String, value: Double)] = []
        for argument in clause.arguments {
            guard let name = argument.label else {
                throw NotebookError.evaluation("at takes name = value pairs: at x = 0.5", at: argument.value.location)
            }
            guard !point.contains(where: { $0.name == name }) else {
                throw NotebookError.evaluation("\(name) is given twice after at", at: argument.value.location)
            }
            let value = try Arguments.number(
                evaluator.evaluate(argument.value), describing: "the value of \(name)", at: argument.value.location)
            point.append((name, value))
        }
        return point
    }

    /// Every symbol's value: from `at`, else from the session's numbers; what is shown after
    /// `at` lists the variable and the given values first, then the ones taken from the session.
    private func environment(
        for expression: Symbolic.Expr, variable: String,
        given: [(name: String, value: Double)]
    ) throws -> (values: [String: Double], shown: [(name: String, value: Double)]) {
        var values: [String: Double] = [:]
        var shown = given
        for (name, value) in given { values[name] = value }
        var missing: [String] = []
        for name in expression.symbols where values[name] == nil {
            if case let .tensor(v)? = session.bindings[name], v.value.count == 1, let x = v.value.scalar {
                values[name] = x
                shown.append((name, x))
            } else if session.bindings[name] != nil {
                throw NotebookError.evaluation(
                    "\(name) is not a number here; give it one: at \(name) = …", at: invocation.location)
            } else if !Symbolic.Expr.namedConstants.contains(where: { $0.name == name }) {
                missing.append(name)
            }
        }
        guard missing.isEmpty else {
            throw NotebookError.evaluation(
                "give \(missing.joined(separator: ", ")) a value: at \(missing.map { "\($0) = …" }.joined(separator: ", "))",
                at: invocation.location)
        }
        if values[variable] == nil {
            throw NotebookError.evaluation(
                "\(variable) does not occur in the formula; give it a value (at \(variable) = …) to see the derivative 0 checked",
                at: invocation.location)
        }
        return (values, shown)
    }
}

extension NotebookError {
    /// Runs `body`, locating any error it throws at `location`.
    static func located<T>(at location: SourceLocation, _ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw NotebookError.wrap(error, at: location) }
    }
}
