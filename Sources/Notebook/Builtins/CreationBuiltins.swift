import Autograd
import Tensors

extension BuiltinTable {
    static let creation: [Builtin] = [
        Builtin(
            "zeros", .creation, [.variadic("shape", optional: true)],
            summary: "A tensor of zeros; the shape as numbers or as another tensor's .shape.",
            example: "zeros(2, 3)"
        ) { args, _ in .constant(try Tensor.zeros(args.shape())) },
        Builtin(
            "ones", .creation, [.variadic("shape", optional: true)],
            summary: "A tensor of ones.",
            example: "ones(3)"
        ) { args, _ in .constant(try Tensor.ones(args.shape())) },
        Builtin(
            "full", .creation, [.variadic("shape", optional: true), .keyword("value", "required")],
            summary: "A tensor with every element equal to value.",
            example: "full(2, 2, value = 0.5)"
        ) { args, _ in
            .constant(try Tensor(shape: args.shape(), repeating: args.double("value")))
        },
        Builtin(
            "eye", .creation, [.required("n")],
            summary: "The n×n identity matrix.",
            formula: "Iᵢⱼ = 1 if i = j else 0",
            example: "eye(3)"
        ) { args, _ in .constant(try Tensor.eye(args.int("n"))) },
        Builtin(
            "arange", .creation, [.required("start"), .optional("stop", "none"), .optional("step", .number(1))],
            summary: "Evenly spaced numbers from start up to (not including) stop; arange(n) is 0, 1, …, n−1.",
            example: "arange(0, 1, 0.25)"
        ) { args, _ in
            let (start, stop) =
                args.has("stop") ? (try args.double("start"), try args.double("stop")) : (0, try args.double("start"))
            return .constant(try Tensor.arange(start, stop, step: args.double("step")))
        },
        Builtin(
            "linspace", .creation, [.required("start"), .required("stop"), .optional("n", .number(50))],
            summary: "n evenly spaced numbers from start to stop, both included.",
            formula: "xᵢ = start + i·(stop − start)/(n − 1)",
            example: "linspace(-1, 1, 5)"
        ) { args, _ in
            .constant(try Tensor.linspace(args.double("start"), args.double("stop"), count: args.int("n")))
        },
    ]

    static let random: [Builtin] = [
        Builtin(
            "randn", .random,
            [.variadic("shape", optional: true), .keyword("mean", .number(0)), .keyword("std", .number(1))],
            summary: "Normally distributed numbers from the session's seeded generator (:seed).",
            formula: "x ~ N(mean, std²), by Box–Muller",
            example: "randn(2, 3)"
        ) { args, session in
            .constant(
                try Tensor.randn(
                    args.shape(), mean: args.double("mean"), std: args.double("std"), using: &session.random))
        },
        Builtin(
            "rand", .random,
            [.variadic("shape", optional: true), .keyword("low", .number(0)), .keyword("high", .number(1))],
            summary: "Uniformly distributed numbers in [low, high).",
            formula: "x ~ U[low, high)",
            example: "rand(3)"
        ) { args, session in
            .constant(
                try Tensor.rand(
                    args.shape(), low: args.double("low"), high: args.double("high"), using: &session.random))
        },
        Builtin(
            "bernoulli", .random, [.variadic("shape", optional: true), .keyword("p", "required")],
            summary: "A mask of 1s (each with probability p) and 0s, as used by dropout.",
            formula: "mᵢ ~ Bernoulli(p): P(mᵢ = 1) = p",
            example: "bernoulli(8, p = 0.5)"
        ) { args, session in
            .constant(try Tensor.bernoulli(args.shape(), p: args.double("p"), using: &session.random))
        },
        Builtin(
            "randperm", .random, [.required("n")],
            summary: "A random ordering of 0, 1, …, n−1 (Fisher–Yates), e.g. to shuffle a dataset.",
            example: "randperm(5)"
        ) { args, session in
            .constant(try Tensor.permutation(args.int("n"), using: &session.random))
        },
    ]
}
