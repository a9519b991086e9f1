import Autograd
import NN
import Tensors

extension BuiltinTable {
    /// Learning-rate schedules (torch.optim.lr_scheduler) and the optimizer test functions.
    static let scheduleFunctions: [Builtin] = [
        schedule(
            "step_lr", [.required("opt"), .required("step_size"), .optional("gamma", .number(0.1))],
            summary: "Step decay (StepLR): the rate is multiplied by gamma every step_size epochs.",
            formula: "ηₜ = η₀·gamma^⌊t / step_size⌋",
            example:
                "w = [1.0]; opt = sgd(w, lr = 1); s = step_lr(opt, step_size = 2, gamma = 0.5); step s; step s; s.lr"
        ) { optimizer, args in
            try StepLR(optimizer, stepSize: args.int("step_size"), gamma: args.double("gamma"))
        },
        schedule(
            "exponential_lr", [.required("opt"), .required("gamma")],
            summary:
                "Exponential decay (ExponentialLR): the rate is multiplied by gamma every epoch. The lectures write η₀·e^(−kt): the same curve with gamma = e^(−k).",
            formula: "ηₜ = η₀·gammaᵗ",
            example: "w = [1.0]; opt = sgd(w, lr = 1); s = exponential_lr(opt, 0.9); step s; s.lr"
        ) { optimizer, args in
            try ExponentialLR(optimizer, gamma: args.double("gamma"))
        },
        schedule(
            "inverse_time_lr", [.required("opt"), .required("k")],
            summary:
                "1/t decay, the lectures' α₀/(1 + kt) (PyTorch has no class for it: LambdaLR with 1/(1 + k·t)). The rate is halved at t = 1/k.",
            formula: "ηₜ = η₀ / (1 + k·t)",
            example: "w = [1.0]; opt = sgd(w, lr = 1); s = inverse_time_lr(opt, 0.5); step s; s.lr"
        ) { optimizer, args in
            try InverseTimeLR(optimizer, k: args.double("k"))
        },
        testFunction(
            "ravine", TestFunction.all[0], extra: [.optional("kappa", .number(20))],
            summary:
                "A narrow valley: an ill-conditioned quadratic with condition number kappa, where plain gradient descent zig-zags across and crawls along. p = [x, y]; minimum 0 at (0, 0).",
            example: "p = [2.0, 1.0]; ravine(p)"),
        testFunction(
            "rosenbrock", .rosenbrock, extra: [],
            summary: "Rosenbrock's banana valley: easy to reach, slow to follow. p = [x, y]; minimum 0 at (1, 1).",
            example: "p = [-1.5, 2.0]; rosenbrock(p)"),
        testFunction(
            "saddle", .saddle, extra: [],
            summary:
                "x² − y²: the gradient vanishes at the origin, a minimum along x and a maximum along y; gradient descent started on the x axis stops there. p = [x, y].",
            example: "p = [1.0, 0.0]; saddle(p)"),
        testFunction(
            "cubic", .cubic, extra: [],
            summary:
                "x³: the gradient 3x² vanishes at 0, an inflection point, yet the function keeps falling to the left. x is one number.",
            example: "x = 0.5; cubic(x)"),
    ]

    private static func schedule(
        _ name: String, _ parameters: [Parameter], summary: String, formula: String, example: String,
        _ make: @escaping @Sendable (any Optimizer, Arguments) throws -> any LearningRateSchedule
    ) -> Builtin {
        Builtin(
            name, .optimizers, parameters,
            summary: summary
                + " step sched advances one epoch and writes the rate into the optimizer; sched.lr shows it. train … with sched steps it after every optimizer step.",
            formula: formula, example: example
        ) { args, _ in
            let optimizer = try optimizerArgument(args.value("opt"), callee: name, at: args.location)
            return .object(ScheduleObject(try make(optimizer.optimizer, args), optimizer: optimizer))
        }
    }

    private static func testFunction(
        _ name: String, _ function: TestFunction, extra: [Parameter], summary: String, example: String
    ) -> Builtin {
        Builtin(
            name, .optimizers, [.required("p")] + extra,
            summary: summary
                + " An optimizer test function: differentiable, so backward puts ∇f on p and step opt moves it.",
            formula:
                "\(function.formula);  special point \(function.specialPoint.map { NumberFormat().string($0) }.joined(separator: ", ")) (\(function.specialPointKind.rawValue))",
            example: example
        ) { args, _ in
            let chosen =
                if case .ravine = function.kind { try TestFunction.ravine(kappa: args.double("kappa")) } else {
                    function
                }
            return .tensor(try chosen(args.variable("p")))
        }
    }
}
