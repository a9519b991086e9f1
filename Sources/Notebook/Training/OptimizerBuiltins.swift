import Autograd
import NN
import Tensors

extension BuiltinTable {
    /// The optimizers of torch.optim, with PyTorch's names and defaults.
    static let optimizerFunctions: [Builtin] = [
        optimizer(
            "sgd",
            [
                lr(1e-3), .keyword("momentum", .number(0), "μ, how much of the previous step's velocity carries over"),
                .keyword("dampening", .number(0), "τ, the part of the new gradient held back from the velocity"),
                weightDecay(0), .keyword("nesterov", .flag(false), "look ahead: step along g + μb instead of b"),
            ],
            summary:
                "Stochastic gradient descent with momentum (torch.optim.SGD). The lectures put η inside the velocity (v ← μv + ηg, p ← p − v); PyTorch, and gradbook, keep it outside — the same path while η is constant.",
            formula: "g ← g + λp;  b ← μb + (1 − τ)g (b = g at first);  g ← g + μb if nesterov else b;  p ← p − η·g",
            example: "w = [1.0, -2.0]; opt = sgd(w, lr = 0.1, momentum = 0.9); backward sum(w^2); step opt; w"
        ) { args in
            try SGD(
                args.parameters, names: args.names, lr: args.double("lr"), momentum: args.double("momentum"),
                dampening: args.double("dampening"), weightDecay: args.double("weight_decay"),
                nesterov: args.bool("nesterov"))
        },
        optimizer(
            "adagrad",
            [
                lr(1e-2), .keyword("lr_decay", .number(0), "η shrinks as η/(1 + (t − 1)·lr_decay)"), weightDecay(0),
                .keyword("initial_accumulator_value", .number(0), "where the sum of squared gradients starts"),
                eps(1e-10),
            ],
            summary:
                "Adagrad (torch.optim.Adagrad): each coordinate's step shrinks with the sum of its squared gradients. State: sum, step. ε is outside the root (the lectures write √(G + ε)).",
            formula: "s ← s + g²;  p ← p − η/(1 + (t − 1)·lr_decay) · g/(√s + ε)",
            example: "w = [1.0, -2.0]; opt = adagrad(w, lr = 0.5); backward sum(w^2); step opt; opt.sum"
        ) { args in
            try Adagrad(
                args.parameters, names: args.names, lr: args.double("lr"), lrDecay: args.double("lr_decay"),
                weightDecay: args.double("weight_decay"),
                initialAccumulatorValue: args.double("initial_accumulator_value"),
                eps: args.double("eps"))
        },
        optimizer(
            "rmsprop",
            [
                lr(1e-2), .keyword("alpha", .number(0.99), "α, the decay of the running mean of g²"), eps(1e-8),
                weightDecay(0),
                .keyword("momentum", .number(0), "μ, momentum on the scaled step"),
                .keyword("centered", .flag(false), "divide by the running variance of g rather than its mean square"),
            ],
            summary:
                "RMSprop (torch.optim.RMSprop): Adagrad with a running mean of squared gradients, so the rate stops shrinking. State: square_avg, grad_avg (centered), momentum_buffer (momentum > 0), step.",
            formula:
                "v ← αv + (1 − α)g²;  d = √v + ε (centered: √(v − ḡ²) + ε);  p ← p − η·g/d (momentum: b ← μb + g/d, p ← p − ηb)",
            example: "w = [1.0, -2.0]; opt = rmsprop(w, lr = 0.01); backward sum(w^2); step opt; opt.square_avg"
        ) { args in
            try RMSprop(
                args.parameters, names: args.names, lr: args.double("lr"), alpha: args.double("alpha"),
                eps: args.double("eps"),
                weightDecay: args.double("weight_decay"), momentum: args.double("momentum"),
                centered: args.bool("centered"))
        },
        optimizer(
            "adadelta",
            [lr(1), .keyword("rho", .number(0.9), "ρ, the decay of both running means"), eps(1e-6), weightDecay(0)],
            summary:
                "Adadelta (torch.optim.Adadelta): the step is scaled by the ratio of running RMS of past updates and of gradients, so it has units of the parameter. State: square_avg, acc_delta, step.",
            formula: "v ← ρv + (1 − ρ)g²;  Δ = √(u + ε)/√(v + ε)·g;  u ← ρu + (1 − ρ)Δ²;  p ← p − η·Δ",
            example: "w = [1.0, -2.0]; opt = adadelta(w); backward sum(w^2); step opt; w"
        ) { args in
            try Adadelta(
                args.parameters, names: args.names, lr: args.double("lr"), rho: args.double("rho"),
                eps: args.double("eps"),
                weightDecay: args.double("weight_decay"))
        },
        optimizer(
            "adam", [lr(1e-3), betas, eps(1e-8), weightDecay(0), amsgrad],
            summary:
                "Adam (torch.optim.Adam): momentum on the gradient divided by the root of a running mean of its square, both corrected for starting at zero. weight_decay adds λp to the gradient (L2); for decoupled decay use adamw. State: exp_avg (m), exp_avg_sq (v), max_exp_avg_sq (amsgrad), step.",
            formula: "m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  p ← p − η·(m/(1 − β₁ᵗ)) / (√(v/(1 − β₂ᵗ)) + ε)",
            example: "w = [1.0, -2.0]; opt = adam(w, lr = 0.1); backward sum(w^2); step opt; opt.exp_avg"
        ) { args in
            try Adam(
                args.parameters, names: args.names, lr: args.double("lr"), betas: args.pair("betas"),
                eps: args.double("eps"),
                weightDecay: args.double("weight_decay"), amsgrad: args.bool("amsgrad"))
        },
        optimizer(
            "adamw",
            [
                lr(1e-3), betas, eps(1e-8),
                .keyword("weight_decay", .number(1e-2), "λ, the decoupled decay p ← p·(1 − ηλ)"), amsgrad,
            ],
            summary:
                "AdamW (torch.optim.AdamW): Adam with decoupled weight decay — every weight shrinks by the same factor 1 − ηλ before Adam's step, instead of λp passing through Adam's scaling (Loshchilov & Hutter). Default decay 0.01.",
            formula: "p ← p·(1 − ηλ);  then Adam's step with g untouched by λ",
            example: "w = [1.0, -2.0]; opt = adamw(w, lr = 0.1); backward sum(w^2); step opt; w"
        ) { args in
            try Adam.adamW(
                args.parameters, names: args.names, lr: args.double("lr"), betas: args.pair("betas"),
                eps: args.double("eps"),
                weightDecay: args.double("weight_decay"), amsgrad: args.bool("amsgrad"))
        },
        optimizer(
            "nadam",
            [
                lr(2e-3), betas, eps(1e-8), weightDecay(0),
                .keyword("momentum_decay", .number(4e-3), "ψ, how fast μₜ warms up to β₁"),
                .keyword(
                    "decoupled_weight_decay", .flag(false), "decay p ← p·(1 − ηλ) as AdamW instead of adding λp to g"),
            ],
            summary:
                "NAdam (torch.optim.NAdam): Adam with Nesterov momentum — the step looks one momentum step ahead — and a momentum coefficient μₜ that warms up (Dozat). State: exp_avg, exp_avg_sq, mu_product, step.",
            formula:
                "μₜ = β₁(1 − ½·0.96^(tψ));  p ← p − η(1 − μₜ)/(1 − Πμ)·g/(√v̂ + ε) − ημₜ₊₁/(1 − Πμ·μₜ₊₁)·m/(√v̂ + ε)",
            example: "w = [1.0, -2.0]; opt = nadam(w, lr = 0.1); backward sum(w^2); step opt; opt.mu_product"
        ) { args in
            try NAdam(
                args.parameters, names: args.names, lr: args.double("lr"), betas: args.pair("betas"),
                eps: args.double("eps"),
                weightDecay: args.double("weight_decay"), momentumDecay: args.double("momentum_decay"),
                decoupledWeightDecay: args.bool("decoupled_weight_decay"))
        },
        optimizer(
            "adamax", [lr(2e-3), betas, eps(1e-8), weightDecay(0)],
            summary:
                "Adamax (torch.optim.Adamax): Adam with the root mean square of the gradients replaced by a decaying maximum of |g| (an infinity norm), so the step needs no square root and no second bias correction. State: exp_avg (m), exp_inf (u), step.",
            formula: "m ← β₁m + (1 − β₁)g;  u ← max(β₂u, |g| + ε);  p ← p − η/(1 − β₁ᵗ) · m/u",
            example: "w = [1.0, -2.0]; opt = adamax(w, lr = 0.1); backward sum(w^2); step opt; opt.exp_inf"
        ) { args in
            try Adamax(
                args.parameters, names: args.names, lr: args.double("lr"), betas: args.pair("betas"),
                eps: args.double("eps"),
                weightDecay: args.double("weight_decay"))
        },
        Builtin(
            "set_lr", .optimizers, [.required("opt"), .required("lr")],
            summary:
                "Sets an optimizer's learning rate (a finite number ≥ 0) for the next steps, as assigning param_groups[0][\"lr\"] in PyTorch; returns it. For a rate decaying by hand, as micrograd's demo: set_lr(opt, 1 - 0.9 * k / 100).",
            example: "w = [1.0]; opt = sgd(w, lr = 0.1); set_lr(opt, 0.01)"
        ) { args, _ in
            let optimizer = try optimizerArgument(args.value("opt"), callee: "set_lr", at: args.location)
            try optimizer.optimizer.setLearningRate(args.double("lr"))
            return .constant(Tensor(optimizer.optimizer.learningRate))
        },
        Builtin(
            "state", .optimizers, [.required("opt"), .required("param"), .optional("name", "none")],
            summary:
                "An optimizer's state for one parameter — given as the tensor itself or by its name (\"0.weight\") — as a table, or one entry as a tensor: state(opt, w, \"exp_avg\"). Entries use PyTorch's names and appear at the parameter's first step.",
            example:
                "w = [1.0, -2.0]; opt = adam(w, lr = 0.1); backward sum(w^2); step opt; state(opt, w, \"exp_avg_sq\")"
        ) { args, session in
            try optimizerState(args, session)
        },
    ]

    // The hyperparameters several optimizers share, declared once with their meaning.
    private static func lr(_ value: Double) -> Parameter { .keyword("lr", .number(value), "η, the learning rate") }
    private static func eps(_ value: Double) -> Parameter {
        .keyword("eps", .number(value), "ε, keeps the division finite")
    }
    private static func weightDecay(_ value: Double) -> Parameter {
        .keyword("weight_decay", .number(value), "λ, the L2 penalty: g ← g + λp")
    }
    private static let betas = Parameter.keyword(
        "betas", .pair(0.9, 0.999), "(β₁, β₂), the decays of the running means of g and g²")
    private static let amsgrad = Parameter.keyword(
        "amsgrad", .flag(false), "divide by the largest v so far (Reddi et al.)")

    /// An optimizer builtin: the parameters (networks or tensors) first, then PyTorch's keywords.
    private static func optimizer(
        _ name: String, _ hyperparameters: [Parameter], summary: String, formula: String, example: String,
        _ make: @escaping @Sendable (OptimizerArguments) throws -> any Optimizer
    ) -> Builtin {
        Builtin(
            name, .optimizers, [.variadic("params")] + hyperparameters,
            summary: summary
                + " Takes networks and/or grad-requiring tensors (a bound name is one: w = [1.0, 2.0]); each step updates them in place, so the names keep pointing at the updated values (but w -= … makes a new tensor the optimizer does not know).",
            formula: formula, example: example
        ) { args, _ in
            .object(OptimizerObject(try make(OptimizerArguments(args))))
        }
    }

    static func optimizerArgument(_ value: Value?, callee: String, at location: SourceLocation?) throws
        -> OptimizerObject
    {
        switch value {
        case let .object(optimizer as OptimizerObject)?: return optimizer
        case let .object(schedule as ScheduleObject)?: return schedule.optimizerObject
        default:
            throw NotebookError.evaluation(
                "\(callee) takes an optimizer such as sgd(net, lr = 0.1), got a \(value?.kindName ?? "nothing")",
                at: location)
        }
    }

    private static func optimizerState(_ args: Arguments, _ session: Session) throws -> Value {
        let optimizer = try optimizerArgument(args.value("opt"), callee: "state", at: args.location).optimizer
        let index: Int?
        switch args.value("param") {
        case let .string(name)?: index = optimizer.parameterNames.firstIndex(of: name)
        case let .tensor(variable)?: index = optimizer.index(of: variable)
        default: index = nil
        }
        guard let index else {
            throw NotebookError.evaluation(
                "state: that is not one of the optimizer's parameters (\(optimizer.parameterNames.joined(separator: ", ")))",
                at: args.location)
        }
        let state = optimizer.state(at: index)
        guard let nameValue = args.value("name") else {
            let format = session.settings.tensorFormat
            return .object(
                TableObject(
                    kindName: "optimizer state", columns: ["state", "value"],
                    rows: state.map { [$0.name, format.string($0.value)] },
                    emptyText: "no state yet: \(optimizer.name) makes it at the parameter's first step"))
        }
        guard case let .string(name) = nameValue else {
            throw NotebookError.evaluation("state's name is a string such as \"exp_avg\"", at: args.location)
        }
        guard let entry = state.first(where: { $0.name == name }) else {
            let names = state.map(\.name)
            throw NotebookError.evaluation(
                "\(optimizer.name) keeps no \(name) for \(optimizer.parameterNames[index])\(names.isEmpty ? " yet (state appears at the first step)" : "; it keeps " + names.joined(separator: ", "))",
                at: args.location)
        }
        return .constant(entry.value)
    }
}

/// The parameters and hyperparameters of an optimizer call.
struct OptimizerArguments {
    let arguments: Arguments
    let parameters: [Variable]
    let names: [String]

    init(_ arguments: Arguments) throws {
        self.arguments = arguments
        var parameters: [Variable] = []
        var names: [String] = []
        for (i, entry) in arguments.rest.enumerated() {
            switch entry.value {
            case let .object(network as NetworkObject):
                for (name, variable) in network.module.namedParameters {
                    parameters.append(variable)
                    names.append(name)
                }
            case let .tensor(variable):
                guard variable.requiresGrad else {
                    throw NotebookError.evaluation(
                        "\(arguments.callee)'s argument \(i + 1) is a constant; bind it to a name first (w = [1.0, 2.0]) so that gradients reach it",
                        at: entry.location)
                }
                parameters.append(variable)
                names.append(variable.label ?? String(parameters.count - 1))
            default:
                throw NotebookError.evaluation(
                    "\(arguments.callee) optimizes networks and tensors; argument \(i + 1) is a \(entry.value.kindName)",
                    at: entry.location)
            }
        }
        self.parameters = parameters
        self.names = names
    }

    /// A hyperparameter, or its declared default.
    func double(_ name: String) throws -> Double { try arguments.double(name) }
    func bool(_ name: String) throws -> Bool { try arguments.bool(name) }
    func pair(_ name: String) throws -> (Double, Double) { try arguments.pair(name) }
}
