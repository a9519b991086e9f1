import Autograd
import Functions
import NN
import Tensors

extension BuiltinTable {
    /// Layers and networks, and the way into their parameters and buffers by name.
    static let layerFunctions: [Builtin] = [
        linearBuiltin, dropoutBuiltin, batchnorm1dBuiltin, sequentialBuiltin, mlpBuiltin, paramBuiltin, bufferBuiltin,
        layerBuiltin,
    ]

    private static let linearBuiltin = Builtin(
        "linear", .networks,
        [
            .optional("in", "from weight"), .optional("out", "from weight"), .keyword("bias", .flag(true)),
            .keyword("init", "default"), .keyword("weight", "none"),
        ],
        summary:
            "A fully connected layer (PyTorch's nn.Linear): weight [out, in], bias [out]. By default both are drawn from U(−1/√in, 1/√in), PyTorch's own init; init = … draws the weight from a scheme and sets the bias to 0. weight = W (and bias = b, a tensor; zeros when left out, false for none) gives the numbers instead, as in seed 001's worked network.",
        formula: "y = x·Wᵀ + b",
        example: "l = linear(3, 2); l([[1, 2, 3]])"
    ) { args, session in
        try makeLinear(args, session)
    }

    private static let dropoutBuiltin = Builtin(
        "dropout", .networks, [.optional("p", .number(0.5))],
        summary:
            "Inverted dropout (nn.Dropout): in training each element is zeroed with probability p — the DROP probability — and the survivors are scaled by 1/(1 − p), so nothing changes at eval time, where the layer is the identity. (Seed 001 writes p as the keep probability and rescales at test time.)",
        formula: "training: y = x ⊙ m / (1 − p),  mᵢ ~ Bernoulli(1 − p);  eval: y = x",
        example: "d = dropout(0.5); d(ones(2, 4))"
    ) { args, _ in
        .object(NetworkObject(try Dropout(p: args.double("p"))))
    }

    private static let batchnorm1dBuiltin = Builtin(
        "batchnorm1d", .networks,
        [
            .required("features"), .keyword("eps", .number(1e-5)), .keyword("momentum", .number(0.1)),
            .keyword("affine", .flag(true)),
        ],
        summary:
            "Batch normalisation over a batch (N, features) (nn.BatchNorm1d). Training: normalise with the batch mean and BIASED variance, and move running_mean/running_var (the UNBIASED variance) towards them; a batch of one is an error. Eval: normalise with the running statistics. momentum = \"none\" makes the running statistics the plain average of every batch so far (PyTorch's momentum=None). affine adds the learned scale γ (bn.weight) and shift β (bn.bias); bn.weight = …, bn.running_mean = … set them.",
        formula:
            "y = (x − μ_B)/√(σ²_B + eps)·γ + β;  running = (1 − momentum)·running + momentum·batch (momentum = 1/t for \"none\", t the batches so far)",
        example: "bn = batchnorm1d(2); bn([[1, 2], [3, 6]]); bn.running_mean"
    ) { args, _ in
        .object(
            NetworkObject(
                try BatchNorm1d(
                    numFeatures: args.int("features"), eps: args.double("eps"),
                    momentum: batchNormMomentum(args), affine: args.bool("affine"))))
    }

    private static let sequentialBuiltin = Builtin(
        "sequential", .networks, [.variadic("layers")],
        summary:
            "Layers applied in order (nn.Sequential); an activation builtin (\(activationNames)) becomes an activation layer. Children are numbered from 0, so parameters read 0.weight, 2.bias. The layers are shared, not copied.",
        formula: "y = fₖ(…f₂(f₁(x)))",
        example: "sequential(linear(2, 4), relu, linear(4, 1))"
    ) { args, _ in
        let layers = try args.restValues().enumerated().map { i, value in try module(from: value, position: i + 1) }
        return .object(NetworkObject(Sequential(layers)))
    }

    private static let mlpBuiltin = Builtin(
        "mlp", .networks, [.variadic("sizes"), .keyword("act", .builtinName("relu")), .keyword("init", "default")],
        summary:
            "A multi-layer perceptron: linear layers of the given sizes with act between them and none after the last (raw scores, as micrograd's MLP). init: default (PyTorch's nn.Linear init), kaiming, xavier, lecun (gains follow act), zeros, an initialiser such as uniform(-1, 1) or normal(0, 0.01), or \"micrograd\" = uniform(-1, 1) with zero biases, micrograd's own init, which its demo needs to reach 100% in 100 steps.",
        formula: "mlp(2, 16, 1) = sequential(linear(2, 16), act, linear(16, 1))",
        example: "mlp(2, 16, 16, 1, act = relu, init = kaiming)"
    ) { args, session in
        let sizes = try args.rest.map {
            try Arguments.integer($0.value, describing: "a layer size of mlp", at: $0.location)
        }
        let activation = try activationKind(args.givenOrDeclared("act"), at: args.location)
        let scheme = try args.value("init").flatMap { try BuiltinTable.initializer(from: $0, before: activation) }
        return .object(
            NetworkObject(try Sequential.mlp(sizes, activation: activation, weightInit: scheme, using: &session.random))
        )
    }

    private static let paramBuiltin = Builtin(
        "param", .networks, [.required("net"), .required("name")],
        summary:
            "The parameter called name (\"0.weight\"), the very tensor the network uses: backward fills its grad, gradcheck can check it, an optimizer updates it in place. param(net, \"0.weight\") = W copies new numbers into it (same shape; a single number fills it), outside the graph. Names are listed by net.parameters.",
        example: "net = mlp(2, 3, 1); param(net, \"2.bias\")"
    ) { args, _ in
        let (network, name) = try networkAndName(args)
        guard let parameter = network.module.parameter(named: name) else {
            let names = network.module.namedParameters.map(\.name)
            let hint = Suggestions.nearest(to: name, in: names).map { "did you mean \($0)? " } ?? ""
            throw NotebookError.evaluation(
                "\(network.module.description) has no parameter \(name); \(hint)it has \(names.isEmpty ? "none" : names.joined(separator: ", "))",
                at: args.location)
        }
        return .tensor(parameter)
    }

    private static let bufferBuiltin = Builtin(
        "buffer", .networks, [.required("net"), .required("name")],
        summary:
            "A buffer — state that is not trained — by name: batchnorm1d's running_mean, running_var and num_batches_tracked (\"1.running_mean\" inside a network). A copy: changing it changes nothing in the layer; buffer(net, \"1.running_mean\") = v sets the layer's own.",
        example: "net = sequential(linear(2, 2), batchnorm1d(2)); buffer(net, \"1.running_var\")"
    ) { args, _ in
        let (network, name) = try networkAndName(args)
        guard let buffer = network.module.buffer(named: name) else {
            let names = network.module.namedBuffers.map(\.name)
            throw NotebookError.evaluation(
                "\(network.module.description) has no buffer \(name); it has \(names.isEmpty ? "none" : names.joined(separator: ", "))",
                at: args.location)
        }
        return .constant(buffer)
    }

    private static let layerBuiltin = Builtin(
        "layer", .networks, [.required("net"), .required("index")],
        summary:
            "Layer index (from 0) of a sequential network, shared with it: bn = layer(net, 1) then bn.running_mean, or layer(net, 0)(X) for the output of the first layer alone.",
        example: "net = mlp(2, 3, 1); layer(net, 0)"
    ) { args, _ in
        guard case let .object(network as NetworkObject) = args.value("net"),
            let sequential = network.module as? Sequential
        else {
            throw NotebookError.evaluation(
                "layer takes a sequential network, such as mlp(…) or sequential(…)", at: args.location)
        }
        let index = try args.int("index")
        guard sequential.layers.indices.contains(index) else {
            throw NotebookError.evaluation(
                "layer \(index) is out of range: the network has layers 0 to \(sequential.layers.count - 1)",
                at: args.location)
        }
        return .object(NetworkObject(sequential.layers[index]))
    }

    private static func makeLinear(_ args: Arguments, _ session: Session) throws -> Value {
        let biasValue = try args.givenOrDeclared("bias")
        if let weight = try args.optionalVariable("weight") {
            var bias: Tensor?
            switch biasValue {
            case .bool(true): bias = try Tensor.zeros([weight.value.shape.first ?? 0])
            case .bool(false): bias = nil
            case let value: bias = try Arguments.variable(value, describing: "linear's bias", at: args.location).value
            }
            let layer = try Linear(weight: weight.value, bias: bias)
            for (name, given) in [("in", layer.inFeatures), ("out", layer.outFeatures)] {
                if let stated = try args.optionalInt(name), stated != given {
                    throw NotebookError.evaluation(
                        "linear's \(name) is \(stated) but the weight of shape \(Shape.describe(weight.value.shape)) gives \(given)",
                        at: args.location)
                }
            }
            return .object(NetworkObject(layer))
        }
        guard args.has("in"), args.has("out") else {
            throw NotebookError.evaluation(
                "linear needs the sizes, linear(in, out), or the numbers, linear(weight = W, bias = b)",
                at: args.location)
        }
        guard case .bool(let hasBias) = biasValue else {
            throw NotebookError.evaluation(
                "linear's bias is true or false here (a bias tensor goes with weight = W)", at: args.location)
        }
        let (inputs, outputs) = (try args.int("in"), try args.int("out"))
        if let scheme = try args.value("init").flatMap({ try BuiltinTable.initializer(from: $0, before: nil) }) {
            return .object(
                NetworkObject(
                    try Linear(
                        inFeatures: inputs, outFeatures: outputs, bias: hasBias, weightInit: scheme,
                        biasInit: .zeros, using: &session.random)))
        }
        return .object(
            NetworkObject(try Linear(inFeatures: inputs, outFeatures: outputs, bias: hasBias, using: &session.random)))
    }

    /// A layer for `sequential`: a layer or network object, or an activation builtin.
    private static func module(from value: Value, position: Int) throws -> any Module {
        switch value {
        case let .object(network as NetworkObject): return network.module
        case let .builtin(builtin) where Activation.Kind(name: builtin.name) != nil:
            return try Activation(Activation.Kind(name: builtin.name)!)
        default:
            throw NotebookError.evaluation(
                "sequential's layer \(position) must be a layer (linear(…), dropout(…), batchnorm1d(…), a network) or an activation (\(activationNames)), got a \(value.kindName)"
            )
        }
    }

    /// The activations a layer can be, as messages list them.
    static var activationNames: String { ElementwiseFunction.activations.map(\.name).joined(separator: ", ") }

    /// `act = relu` or `act = "tanh"`.
    static func activationKind(_ value: Value, at location: SourceLocation?) throws -> Activation.Kind {
        let name: String
        switch value {
        case let .builtin(builtin): name = builtin.name
        case let .string(text): name = text
        default:
            throw NotebookError.evaluation(
                "act must be an activation such as relu or \"tanh\", got a \(value.kindName)", at: location)
        }
        guard let kind = Activation.Kind(name: name) else {
            throw NotebookError.evaluation(
                "act must be one of \(Activation.Kind.names.joined(separator: ", ")); got \(name)", at: location)
        }
        return kind
    }

    /// A number in [0, 1], or \"none\" for the cumulative average.
    private static func batchNormMomentum(_ args: Arguments) throws -> Double? {
        if case .string(let text)? = args.value("momentum") {
            guard text == "none" else {
                throw NotebookError.evaluation(
                    "batchnorm1d's momentum is a number in [0, 1] or \"none\" (the cumulative average), got \"\(text)\"",
                    at: args.location)
            }
            return nil
        }
        return try args.double("momentum")
    }

    private static func networkAndName(_ args: Arguments) throws -> (NetworkObject, String) {
        guard case let .object(network as NetworkObject) = args.value("net") else {
            throw NotebookError.evaluation(
                "\(args.callee) takes a layer or network first, got a \(args.value("net")?.kindName ?? "nothing")",
                at: args.location)
        }
        guard case let .string(name) = args.value("name") else {
            throw NotebookError.evaluation("\(args.callee)'s name is a string such as \"0.weight\"", at: args.location)
        }
        return (network, name)
    }
}

extension Arguments {
    /// The variadic arguments as they are (networks, builtins, tensors).
    func restValues() -> [Value] { rest.map(\.value) }
}
