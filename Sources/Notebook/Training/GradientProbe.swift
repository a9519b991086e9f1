import Autograd
import NN
import Tensors

/// The gradients of a network measured two ways: for the batch as a whole (what one training
/// step uses) and for each example alone (what the variance argument of Xavier and Kaiming is
/// about). Per-example gradients of a lower layer point in different directions, so the
/// batch's mean gradient can be much shorter than a typical example's: this probe shows both.
struct GradientProbe {
    struct Row {
        /// ‖∂mean(out)/∂W‖ for the whole batch.
        let batchNorm: Double
        /// The mean over examples of ‖∂outᵢ/∂W‖, each example run as a batch of one.
        let perExampleNorm: Double
        /// The root mean square of ∂outᵢ/∂h over the examples and the units of the block's output h.
        let outputGradientRMS: Double
    }

    let rows: [Row]

    /// One forward and backward pass per example; `interrupted` is asked between them (Ctrl-C).
    init(_ network: Sequential, input x: Variable, random: inout RandomSource, interrupted: () -> Bool = { false })
        throws
    {
        let batch = try LayerProbe(network, input: x, random: &random)
        let examples = x.value.shape.first ?? 0
        guard x.value.rank == 2, examples > 0 else {
            throw NotebookError.evaluation("grad_stats needs a batch X of shape (N, features), N ≥ 1")
        }
        var normSums = Array(repeating: 0.0, count: batch.blocks.count)
        var outputGradients = Array(repeating: [Double](), count: batch.blocks.count)
        for i in 0..<examples {
            if interrupted() { throw NotebookError.interrupted }
            let row = Variable(try x.value.indexed([.slice(start: i, end: i + 1, step: nil)]), requiresGrad: false)
            let single = try LayerProbe(network, input: row, random: &random)
            for k in single.blocks.indices {
                normSums[k] += single.weightGradients[k].euclideanNorm
                outputGradients[k] += single.outputGradients[k].scalars
            }
        }
        rows = batch.blocks.indices.map { k in
            Row(
                batchNorm: batch.weightGradients[k].euclideanNorm, perExampleNorm: normSums[k] / Double(examples),
                outputGradientRMS: GradientProbe.rootMeanSquare(outputGradients[k]))
        }
    }

    /// √(Σ x²/n), summed in order.
    private static func rootMeanSquare(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : (values.reduce(0) { $0 + $1 * $1 } / Double(values.count)).squareRoot()
    }
}

extension BuiltinTable {
    static let gradientProbeFunctions: [Builtin] = [
        Builtin(
            "grad_stats", .networks, [.required("net"), .required("X")],
            summary:
                "The gradients a sequential network's blocks get, two ways: for the batch X as a whole (‖grad W‖ of the batch, as layer_stats shows: the gradient of the mean output), and for each example of X alone, run as a batch of one (the mean of the examples' ‖grad W‖, and the root mean square of the gradient with respect to the block's output h). Per-example gradients of lower layers point in different directions and partly cancel in the batch's mean; the variance argument of Xavier and Kaiming is about the per-example ones. Nothing is stored.",
            formula: "batch: ‖∂mean(out)/∂Wₖ‖;  per example: meanᵢ ‖∂outᵢ/∂Wₖ‖;  rms over i and units of ∂outᵢ/∂hₖ",
            example: "net = mlp(4, 8, 8, 1, act = relu, init = kaiming); grad_stats(net, randn(16, 4))"
        ) { args, session in
            let probe = try GradientProbe(
                try sequentialArgument(args, "grad_stats"), input: try args.variable("X"), random: &session.random,
                interrupted: session.interruptRequested)
            let format = session.settings.numberFormat
            let rows = probe.rows.enumerated().map { k, row in
                [
                    String(k + 1), format.string(row.batchNorm), format.string(row.perExampleNorm),
                    format.string(row.outputGradientRMS),
                ]
            }
            return .object(
                TableObject(
                    kindName: "table", columns: ["block", "‖grad W‖ batch", "‖grad W‖ per example", "rms ∂out/∂h"],
                    rows: rows, rightAligned: [0]))
        }
    ]
}
