import Autograd
import NN
import Tensors

extension BuiltinTable {
    /// `step`, `train`, `eval`.
    static let trainingCommands: [Command] = [
        Command(
            "train", topic: .networks, clauses: ["on", "with", "for", "steps", "batch", "loss", "val"],
            signature: "train net  |  train net on DATA with OPT for N steps [batch B] [loss L] [val DATA]",
            summary:
                "Alone: training mode for net and every layer in it (dropout active, batchnorm uses and updates batch statistics). With on: N steps of forward, loss, zero, backward, step — net is put in training mode first. DATA is a data set (moons(100), …), a split (validated on its .val unless val is given), or X, y. OPT is an optimizer, or a schedule, stepped after every optimizer step. batch B draws B rows per step without replacement (the session's generator); default the whole set. loss: mse, bce, bce_with_logits, cross_entropy, hinge, or a function of (scores, targets) such as L(s, y) = hinge(s, y) + 1e-4 * l2(net); by default hinge for −1/+1 labels, bce_with_logits for 0/1 labels with one output, cross_entropy for classes, mse for regression. Prints ten progress lines (loss and accuracy of the step's batch before its update; val_loss and val_acc after it, in eval mode) and binds history for plot history. Ctrl-C stops between two steps; a loss or gradient that stops being finite stops before the update.",
            example:
                "net = mlp(2, 8, 1); opt = sgd(net, lr = 0.1); train net on moons(40, signed = true) with opt for 20 steps",
            run: trainCommand),
        Command(
            "eval", topic: .networks, signature: "eval net",
            summary:
                "Evaluation mode for net and every layer in it (PyTorch's net.eval()): dropout becomes the identity and batchnorm normalises with its running statistics. train net switches back.",
            example: "d = dropout(0.5); eval d; d(ones(4))", run: eval),
        Command(
            "step", topic: .optimizers, signature: "step opt [, sched …]",
            summary:
                "One optimizer step: every parameter with a gradient is updated in place by the optimizer's rule (one without is skipped, as in PyTorch); or one epoch of a schedule, which sets the optimizer's lr. Several are stepped in order.",
            example: "w = [1.0, 2.0]; opt = sgd(w, lr = 0.5); backward sum(w^2); step opt; w", run: step),
    ]

    /// `eval …` itself.
    static func eval(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        let network = try networkArgument(invocation, session, command: "eval")
        network.module.eval()
        return [
            Output(
                "\(invocation.arguments[0].value): eval mode (dropout off, batchnorm uses its running statistics)",
                .info)
        ]
    }

    /// `step …` itself.
    static func step(_ invocation: CommandInvocation, _ session: Session) throws -> [Output] {
        guard !invocation.arguments.isEmpty else {
            throw NotebookError.evaluation("step takes an optimizer or a schedule: step opt", at: invocation.location)
        }
        let evaluator = Evaluator(session: session)
        return try invocation.arguments.map { argument in
            switch try evaluator.evaluate(argument.value) {
            case let .object(object as OptimizerObject):
                let optimizer = object.optimizer
                let moved = zip(optimizer.parameterNames, optimizer.parameters).filter { $0.1.grad != nil }.map(\.0)
                try optimizer.step()
                let skipped = optimizer.parameters.count - moved.count
                var text =
                    "\(optimizer.name) step \(optimizer.stepCount): "
                    + (moved.isEmpty
                        ? "no parameter has a gradient (run backward first), nothing changed"
                        : "updated " + listed(moved))
                if !moved.isEmpty, skipped > 0 { text += "; \(skipped) without a gradient skipped" }
                let stale = staleBindings(of: optimizer, in: session)
                if !stale.isEmpty {
                    text +=
                        "\nnote: \(stale.joined(separator: ", ")) now name\(stale.count == 1 ? "s" : "") another tensor (an assignment such as w -= … makes a new one); this optimizer updates the one it was made with"
                }
                return Output(text, .info)
            case let .object(object as ScheduleObject):
                object.schedule.step()
                return Output(
                    "\(object.schedule.name) epoch \(object.schedule.epoch): lr \(session.renderer.number(object.schedule.optimizer.learningRate))",
                    .info)
            case let other:
                throw NotebookError.evaluation(
                    "step takes an optimizer or a schedule, got a \(other.kindName)", at: argument.value.location)
            }
        }
    }

    /// `a, b, c`, or the first five and a count.
    private static func listed(_ names: [String]) -> String {
        names.count > 6
            ? names.prefix(5).joined(separator: ", ") + ", … (\(names.count) in all)" : names.joined(separator: ", ")
    }

    /// The one network a mode command names.
    static func networkArgument(_ invocation: CommandInvocation, _ session: Session, command: String) throws
        -> NetworkObject
    {
        guard invocation.arguments.count == 1, invocation.arguments[0].label == nil else {
            throw NotebookError.evaluation("\(command) takes one network: \(command) net", at: invocation.location)
        }
        let expression = invocation.arguments[0].value
        guard case let .object(network as NetworkObject) = try Evaluator(session: session).evaluate(expression) else {
            throw NotebookError.evaluation(
                "\(command) takes a layer or network, such as mlp(2, 16, 1); \(expression) is not one",
                at: expression.location)
        }
        return network
    }

    /// The bound networks, in name order, with how many of their parameters `reached` accepts:
    /// `net (9 parameters)`, for `backward`'s report.
    static func networksReached(in session: Session, _ reached: (Variable) -> Bool) -> [String] {
        session.names.compactMap { name in
            guard case let .object(network as NetworkObject) = session.bindings[name] else { return nil }
            let count = network.module.parameters.filter(reached).count
            return count == 0 ? nil : "\(name) (\(count) of its \(network.module.parameters.count) parameter tensors)"
        }
    }

    /// A warning when a parameter's name is now bound to another tensor (`w -= …` makes a new
    /// one): the optimizer keeps updating the old one.
    static func staleBindings(of optimizer: any Optimizer, in session: Session) -> [String] {
        zip(optimizer.parameterNames, optimizer.parameters).compactMap { name, variable in
            guard case let .tensor(bound) = session.bindings[name], bound !== variable else { return nil }
            return name
        }
    }

    /// The parameters `zero x` clears when x is a network or an optimizer; nil for anything else.
    static func gradientOwners(_ value: Value) -> [(name: String, variable: Variable)]? {
        switch value {
        case let .object(network as NetworkObject): return network.module.namedParameters
        case let .object(optimizer as OptimizerObject):
            return Array(zip(optimizer.optimizer.parameterNames, optimizer.optimizer.parameters))
        default: return nil
        }
    }
}
