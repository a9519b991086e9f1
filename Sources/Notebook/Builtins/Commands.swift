import Autograd
import Tensors

/// What a command statement was given: its arguments and clauses, unevaluated.
struct CommandInvocation {
    let arguments: [Argument]
    let clauses: [Clause]
    let location: SourceLocation

    func clause(_ keyword: String) -> Clause? { clauses.first { $0.keyword == keyword } }

    /// The one output a command starts from (`backward y`, `gradcheck y`, `explain y`), evaluated
    /// and checked to be computed from something gradients can reach.
    func differentiableOutput(of command: String, usage: String, evaluator: Evaluator) throws -> (
        expression: Expression, variable: Variable
    ) {
        guard arguments.count == 1, arguments[0].label == nil else {
            throw NotebookError.evaluation("\(command) takes one output: \(usage)", at: location)
        }
        let target = arguments[0].value
        let variable = try evaluator.tensor(evaluator.evaluate(target), for: command, at: target.location)
        guard variable.requiresGrad else {
            throw NotebookError.evaluation(
                "\(target) is a constant: it was not computed from anything gradients can reach", at: target.location)
        }
        return (target, variable)
    }
}

/// A statement-level command (`backward loss`): its grammar, help and behaviour in one place.
///
/// Every command is written one way: the `Command` value holds the grammar and the help, and
/// `run:` names a static function `BuiltinTable.NAME(_:_:)` that does the work (itself, or by
/// making a type such as `PlotCommand`); the catalogue (Catalogue.swift) lists the values.
struct Command: Sendable {
    let name: String
    /// Words that introduce this command's clauses (`with` in `backward y with g`).
    let clauseKeywords: Set<String>
    /// Options given as `name = value` (a plot's `title`), declared once for the command and its help.
    let parameters: [Parameter]
    let help: HelpEntry
    let run: @Sendable (CommandInvocation, Session) throws -> [Output]

    init(
        _ name: String, topic: Topic = .commands, clauses: Set<String> = [], parameters: [Parameter] = [],
        signature: String,
        summary: String, formula: String? = nil,
        example: String?, run: @escaping @Sendable (CommandInvocation, Session) throws -> [Output]
    ) {
        self.name = name
        self.clauseKeywords = clauses
        self.parameters = parameters
        self.help = HelpEntry(
            name: name, topic: topic, signature: signature, summary: summary, formula: formula, example: example,
            parameters: HelpEntry.lines(of: parameters))
        self.run = run
    }
}

extension BuiltinTable {
    static let autogradCommands: [Command] = [
        Command(
            "backward", clauses: ["with"], signature: "backward y [with g]",
            summary:
                "Back-propagates from y: adds ∂y/∂v to v.grad for every v that y was computed from. y must be a number unless an upstream gradient g of y's shape is given. Gradients accumulate over calls, as in PyTorch; zero clears them.",
            formula: "chain rule: ∂y/∂v = Σ over v's uses u of ∂y/∂u · ∂u/∂v",
            example: "x = 3; y = x^2; backward y; grad x", run: backward),
        Command(
            "grad", signature: "grad x",
            summary: "The gradient accumulated on x by backward (the same as x.grad).",
            example: "w = 2; loss = (3 * w - 1)^2; backward loss; grad w", run: grad),
        Command(
            "zero", signature: "zero [x, y, …]",
            summary:
                "Clears the gradients of the given tensors, of every parameter of a network or optimizer (zero net, zero opt), or of every tensor in the session (PyTorch's zero_grad).",
            example: "x = 2; backward x^2; zero x", run: zero),
    ]

    /// `backward …` itself.
    static func backward(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        let evaluator = Evaluator(session: session)
        let (target, output) = try invocation.differentiableOutput(
            of: "backward", usage: "backward y, or backward y with g", evaluator: evaluator)
        let upstream = try invocation.clause("with").map { clause -> Tensor in
            guard clause.arguments.count == 1 else {
                throw NotebookError.evaluation("with takes one upstream gradient", at: invocation.location)
            }
            return try evaluator.tensor(
                evaluator.evaluate(clause.arguments[0].value), for: "backward's upstream gradient",
                at: clause.arguments[0].value.location
            ).value
        }
        let named = session.namedTensors.filter { $0.variable.isLeaf }
        let hadGradient = named.filter { $0.variable.grad != nil }.map(\.name)
        let pass = try output.backward(upstream: upstream, interrupted: session.interruptRequested)
        if upstream == nil { session.noteBackward(of: output.value) }  // a loop's loss, for :export (LoopRecord.swift)
        // Networks count as named leaves too: their parameters are reached through them (TrainingCommands.swift).
        let reached =
            named.filter { pass.gradient(of: $0.variable) != nil }.map(\.name)
            + BuiltinTable.networksReached(in: session) { pass.gradient(of: $0) != nil }
        var text =
            "backward \(target): "
            + (reached.isEmpty ? "no named leaf is reached" : "gradients on " + reached.joined(separator: ", "))
        let accumulated = reached.filter(hadGradient.contains)
        if !accumulated.isEmpty {
            text += " (added to the gradients \(accumulated.joined(separator: ", ")) already had; zero clears them)"
        }
        return [Output(text, .info)]
    }

    /// `grad …` itself.
    static func grad(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        guard invocation.arguments.count == 1 else {
            throw NotebookError.evaluation("grad takes one value: grad x", at: invocation.location)
        }
        let target = invocation.arguments[0].value
        let evaluator = Evaluator(session: session)
        let variable = try evaluator.tensor(evaluator.evaluate(target), for: "grad", at: target.location)
        guard let grad = variable.grad else {
            throw NotebookError.evaluation(
                "\(target) has no gradient yet: run backward on a value computed from it", at: target.location)
        }
        return [Output(session.renderer.render(.constant(grad)))]
    }

    /// `zero …` itself.
    static func zero(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        if invocation.arguments.isEmpty { return [zeroEverything(session)] }
        let evaluator = Evaluator(session: session)
        let targets = try invocation.arguments.flatMap { argument in
            let value = try evaluator.evaluate(argument.value)
            // A network or an optimizer clears its parameters' gradients (Training/TrainingCommands.swift).
            if let owned = BuiltinTable.gradientOwners(value) { return owned }
            return [
                (
                    name: "\(argument.value)",
                    variable: try evaluator.tensor(value, for: "zero", at: argument.value.location)
                )
            ]
        }
        let cleared = targets.filter { $0.variable.grad != nil }
        cleared.forEach { $0.variable.zeroGrad() }
        return [
            Output(
                cleared.isEmpty
                    ? "no gradients to clear"
                    : "cleared the gradients of " + cleared.map(\.name).joined(separator: ", "), .info)
        ]
    }

    /// `zero` alone, PyTorch's zero_grad for the whole session: every named tensor, then the
    /// parameters of every network and optimizer not already cleared, counted per owner.
    private static func zeroEverything(_ session: Session) -> Output {
        var seen = Set<ObjectIdentifier>()
        var cleared: [String] = []
        for (name, variable) in session.namedTensors
        where seen.insert(ObjectIdentifier(variable)).inserted && variable.grad != nil {
            variable.zeroGrad()
            cleared.append(name)
        }
        for name in session.names {
            guard let value = session.bindings[name], let owned = BuiltinTable.gradientOwners(value) else { continue }
            let fresh = owned.map(\.variable).filter { seen.insert(ObjectIdentifier($0)).inserted && $0.grad != nil }
            guard !fresh.isEmpty else { continue }
            fresh.forEach { $0.zeroGrad() }
            cleared.append("\(name) (\(fresh.count) parameter tensor\(fresh.count == 1 ? "" : "s"))")
        }
        return Output(
            cleared.isEmpty ? "no gradients to clear" : "cleared the gradients of " + cleared.joined(separator: ", "),
            .info)
    }
}
