import Autograd
import NN
import Tensors

/// A network's layers seen one block at a time, a block being a linear layer and what follows
/// it up to the next linear layer (its activation, dropout, batchnorm): how spread out each
/// block's outputs are, and how much gradient reaches each block's weights. This is the
/// measurement of the init-variance lesson.
struct LayerProbe {
    struct Block {
        let description: String
        let weight: Variable
        let output: Variable
    }

    let blocks: [Block]
    /// ∂loss/∂weight for each block, the loss being the mean of the network's output.
    let weightGradients: [Tensor]
    /// ∂loss/∂output for each block: the signal the backward pass carries through it.
    let outputGradients: [Tensor]

    /// Runs `x` through `network` (no gradient lands on the network: the pass is kept here).
    init(_ network: Sequential, input x: Variable, random: inout RandomSource) throws {
        var context = ForwardContext(random: random)
        defer { random = context.random }
        var blocks: [Block] = []
        var current: (names: [String], weight: Variable)?
        var output = x
        for layer in network.layers {
            if let linear = layer as? Linear {
                if let (names, weight) = current {
                    blocks.append(Block(description: names.joined(separator: " + "), weight: weight, output: output))
                }
                current = ([linear.description], linear.weight)
            } else if current != nil {
                current!.names.append(layer.description)
            }
            output = try layer.forward(output, in: &context)
        }
        if let (names, weight) = current {
            blocks.append(Block(description: names.joined(separator: " + "), weight: weight, output: output))
        }
        guard !blocks.isEmpty else { throw NotebookError.evaluation("layer_stats needs a network with linear layers") }
        self.blocks = blocks
        let pass = try BackwardPass(from: output.mean())
        weightGradients = blocks.map { pass.gradient(of: $0.weight) ?? Tensor.zerosLike($0.weight.value) }
        outputGradients = blocks.map { pass.gradient(of: $0.output) ?? Tensor.zerosLike($0.output.value) }
    }
}

extension Tensor {
    static func zerosLike(_ t: Tensor) -> Tensor { (try? Tensor.zeros(t.shape)) ?? Tensor(0) }

    /// √(Σ x²), summed in order.
    var euclideanNorm: Double { scalars.reduce(0) { $0 + $1 * $1 }.squareRoot() }
}

extension BuiltinTable {
    static let probeFunctions: [Builtin] = [
        Builtin(
            "layer_stats", .networks, [.required("net"), .required("X")],
            summary:
                "Runs the batch X through a sequential network block by block (a block: a linear layer and what follows it up to the next one) and tables each block's output mean and standard deviation, and the norm of the gradient that reaches its weight from the mean of the network's output. Nothing is stored: the network's gradients stay as they were. For seeing activations vanish, explode or saturate with depth.",
            formula: "std of block k's outputs over the batch; ‖∂mean(out)/∂Wₖ‖",
            example: "net = mlp(4, 8, 8, 1, act = tanh, init = xavier); layer_stats(net, randn(32, 4))"
        ) { args, session in
            let probe = try LayerProbe(
                try sequentialArgument(args, "layer_stats"), input: try args.variable("X"), random: &session.random)
            let format = session.settings.numberFormat
            let rows = try zip(probe.blocks, probe.weightGradients).enumerated().map { k, pair -> [String] in
                let output = pair.0.output.value
                return [
                    String(k + 1), pair.0.description, format.string(try output.mean().scalars[0]),
                    format.string(try output.standardDeviation(unbiased: false).scalars[0]),
                    format.string(pair.1.euclideanNorm),
                ]
            }
            return .object(
                TableObject(
                    kindName: "table", columns: ["block", "layers", "mean", "std", "‖grad W‖"], rows: rows,
                    rightAligned: [0]))
        },
        Builtin(
            "activation", .networks, [.required("net"), .required("X"), .required("k")],
            summary:
                "The outputs of block k (from 1) of a sequential network for the batch X: after the k-th linear layer and the layers that follow it (its activation). For plot hist(activation(net, X, 3)).",
            example: "net = mlp(4, 8, 8, 1, act = relu); activation(net, randn(2, 4), 1)"
        ) { args, session in
            let probe = try LayerProbe(
                try sequentialArgument(args, "activation"), input: try args.variable("X"), random: &session.random)
            let k = try args.int("k")
            guard (1...probe.blocks.count).contains(k) else {
                throw NotebookError.evaluation(
                    "block \(k) is out of range: the network has blocks 1 to \(probe.blocks.count)", at: args.location)
            }
            return .tensor(probe.blocks[k - 1].output.detached())
        },
    ]

    static func sequentialArgument(_ args: Arguments, _ caller: String) throws -> Sequential {
        guard case let .object(network as NetworkObject) = args.value("net"),
            let sequential = network.module as? Sequential
        else {
            throw NotebookError.evaluation(
                "\(caller) takes a sequential network, such as mlp(…) or sequential(…)", at: args.location)
        }
        return sequential
    }
}
