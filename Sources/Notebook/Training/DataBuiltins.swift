import NN
import Tensors

extension BuiltinTable {
    /// Seeded toy data sets (drawn from the session's generator) and the train/validation split.
    static let dataFunctions: [Builtin] = [
        Builtin(
            "moons", .data, [sampleCount, .keyword("noise", .number(0.1)), signedLabels],
            summary:
                "Two interleaving half circles (scikit-learn's make_moons), labels 0/1, or −1/+1 with signed = true for the hinge loss: micrograd's demo is moons(100, noise = 0.1, signed = true).",
            formula: "upper: (cos t, sin t), lower: (1 − cos t, 1/2 − sin t), t ∈ [0, π];  + N(0, noise²)",
            example: "d = moons(6, noise = 0); d.X"
        ) { args, session in
            let data = try Dataset.moons(count: args.int("n"), noise: args.double("noise"), using: &session.random)
            return try binary(data, signed: args.bool("signed"))
        },
        Builtin(
            "spirals", .data, [sampleCount, .keyword("classes", .number(3)), .keyword("noise", .number(0.2))],
            summary:
                "classes interleaved spiral arms of n points each (CS231n's example): linearly inseparable, labels 0…classes−1, for cross_entropy.",
            formula: "class j: r = linspace(0, 1, n), t = linspace(4j, 4(j + 1), n) + noise·z;  (r sin t, r cos t)",
            example: "spirals(50, classes = 3)"
        ) { args, session in
            let classes = try args.int("classes")
            let data = try Dataset.spirals(
                pointsPerClass: args.int("n"), classes: classes, noise: args.double("noise"), using: &session.random)
            return .object(DatasetObject(data, kind: .classes(classes)))
        },
        Builtin(
            "blobs", .data,
            [
                sampleCount, .keyword("centers", .number(3)), .keyword("features", .number(2)),
                .keyword("std", .number(1)),
            ],
            summary:
                "Gaussian clusters around centres drawn in [−10, 10]^features (scikit-learn's make_blobs), labelled by centre 0…centers−1.",
            formula: "xᵢ ~ N(centre of class i, std²) per coordinate",
            example: "blobs(30, centers = 2)"
        ) { args, session in
            let centers = try args.int("centers")
            let data = try Dataset.blobs(
                count: args.int("n"), centers: centers, features: args.int("features"),
                std: args.double("std"), using: &session.random)
            return .object(DatasetObject(data, kind: .classes(centers)))
        },
        Builtin(
            "xor", .data, [sampleCount, .keyword("noise", .number(0.1)), signedLabels],
            summary:
                "The XOR problem: sample k at corner k mod 4 of the truth table plus noise; xor(4, noise = 0) is the truth table no single linear layer can separate. Labels 0/1, or −1/+1 with signed = true.",
            formula: "(0,0) → 0, (0,1) → 1, (1,0) → 1, (1,1) → 0;  + N(0, noise²)",
            example: "d = xor(4, noise = 0); d.X"
        ) { args, session in
            let data = try Dataset.xor(count: args.int("n"), noise: args.double("noise"), using: &session.random)
            return try binary(data, signed: args.bool("signed"))
        },
        Builtin(
            "regression", .data, [sampleCount, .keyword("features", .number(1)), .keyword("noise", .number(0.1))],
            summary:
                "A noisy linear regression problem: true weights w and bias b drawn N(0, 1) (kept as .w and .b), X standard normal, y = X·w + b + noise·ε. A fit should recover w and b to within about noise/√n.",
            formula: "y = X·w + b + noise·ε,  ε ~ N(0, 1)",
            example: "d = regression(50, features = 2); d.w"
        ) { args, session in
            let problem = try Dataset.linearRegression(
                count: args.int("n"), features: args.int("features"),
                noise: args.double("noise"), using: &session.random)
            return .object(DatasetObject(problem.dataset, kind: .regression, truth: (problem.weights, problem.bias)))
        },
        Builtin(
            "split", .data, [.required("data"), .optional("fraction", .number(0.2))],
            summary:
                "A random split (the session's generator) into .train and .val, as scikit-learn's train_test_split: ⌈fraction·N⌉ samples for validation. train net on split(…) … validates on .val by itself.",
            example: "s = split(moons(50), 0.2); s.val.size"
        ) { args, session in
            guard case let .object(data as DatasetObject) = args.value("data") else {
                throw NotebookError.evaluation(
                    "split takes a data set such as moons(100), got a \(args.value("data")?.kindName ?? "nothing")",
                    at: args.location)
            }
            let parts = try data.dataset.split(validationFraction: args.double("fraction"), using: &session.random)
            return .object(
                SplitObject(
                    train: DatasetObject(parts.train, kind: data.targetKind, truth: data.truth),
                    validation: DatasetObject(parts.validation, kind: data.targetKind, truth: data.truth)))
        },
    ]

    // The parameters the generators share.
    private static let sampleCount = Parameter.optional("n", .number(100))
    private static let signedLabels = Parameter.keyword("signed", .flag(false))

    /// A two-class set with labels 0/1, or −1/+1 when `signed`.
    private static func binary(_ data: Dataset, signed: Bool) throws -> Value {
        signed
            ? .object(DatasetObject(try data.withSignedLabels(), kind: .signed))
            : .object(DatasetObject(data, kind: .classes(2)))
    }
}
