import NN
import Tensors

/// The pieces of a PyTorch script as text: numbers, tensors, layers, optimizers, schedules and
/// losses written the way a PyTorch user would write them by hand.
enum TorchText {
    /// A Python float that reads back as exactly `x` (Swift's shortest round-trip text, which
    /// Python's float() parses to the same double).
    static func number(_ x: Double) -> String {
        if x.isNaN { return "float('nan')" }
        if x.isInfinite { return x > 0 ? "float('inf')" : "float('-inf')" }
        return "\(x)"
    }

    /// The nested Python list of a tensor's values, row by row.
    static func list(_ tensor: Tensor) -> String {
        nested(tensor.scalars[...], shape: tensor.shape[...], number)
    }

    /// The same as JSON: finite numbers only are valid JSON, but Python's json reads NaN and
    /// Infinity too.
    static func json(_ tensor: Tensor) -> String {
        nested(tensor.scalars[...], shape: tensor.shape[...]) { x in
            x.isNaN ? "NaN" : x.isInfinite ? (x > 0 ? "Infinity" : "-Infinity") : "\(x)"
        }
    }

    private static func nested(_ values: ArraySlice<Double>, shape: ArraySlice<Int>, _ text: (Double) -> String)
        -> String
    {
        guard let first = shape.first else { return values.first.map(text) ?? "0.0" }
        let inner = shape.dropFirst().reduce(1, *)
        let parts = (0..<first).map { i in
            nested(values.dropFirst(i * inner).prefix(inner), shape: shape.dropFirst(), text)
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// A list of whole numbers (batch rows) as Python text.
    static func integers(_ rows: [[Int]]) -> String {
        "[" + rows.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    /// `nn.Linear(2, 16)` for a layer PyTorch has, nil for one it has not.
    static func layer(_ module: any Module) -> String? {
        switch module {
        case let linear as Linear:
            return "nn.Linear(\(linear.inFeatures), \(linear.outFeatures)\(linear.bias == nil ? ", bias=False" : ""))"
        case let norm as BatchNorm1d:
            var options = ["eps=\(number(norm.eps))", "momentum=\(norm.momentum.map(number) ?? "None")"]
            if norm.weight == nil { options.append("affine=False") }
            if norm.localBuffers.isEmpty { options.append("track_running_stats=False") }
            return "nn.BatchNorm1d(\(norm.numFeatures), " + options.joined(separator: ", ") + ")"
        case let dropout as Dropout:
            return "nn.Dropout(p=\(number(dropout.p)))"
        case let activation as Activation:
            switch activation.kind {
            case .identity: return "nn.Identity()"
            case let .function(f):
                guard case let .activation(layerName) = f.role else { return nil }
                // PyTorch calls leaky_relu's slope negative_slope; other parameters keep their names.
                let argument = f.parameter.map {
                    "\($0.name == "slope" ? "negative_slope" : $0.name)=\(number($0.value))"
                }
                return "nn.\(layerName)(\(argument ?? ""))"
            }
        default:
            return nil
        }
    }

    /// The network's constructor: `nn.Sequential(…)` over its layers, or the single layer;
    /// the layer PyTorch lacks when one cannot be written.
    static func network(_ module: any Module) -> Result<String, Unsupported> {
        guard let sequential = module as? Sequential else {
            return layer(module).map { .success($0) } ?? .failure(Unsupported(module.description))
        }
        var lines: [String] = []
        for (index, child) in sequential.layers.enumerated() {
            guard let text = layer(child) else { return .failure(Unsupported(child.description)) }
            lines.append("    \(text),  # \(index)")
        }
        return .success("nn.Sequential(\n" + lines.joined(separator: "\n") + "\n)")
    }

    /// Something a script cannot say in PyTorch, by gradbook's name for it.
    struct Unsupported: Error {
        let what: String
        init(_ what: String) { self.what = what }
    }

    /// `torch.optim.Adam(net.parameters(), lr=0.01, betas=(0.9, 0.999), …)`: gradbook's
    /// hyperparameters carry PyTorch's names, so each is passed as it is.
    static func optimizer(
        _ name: String, _ hyperparameters: [(name: String, value: HyperparameterValue)], parameters: String
    ) -> String {
        let settings = hyperparameters.compactMap { entry -> String? in
            // Adam and AdamW are two classes in PyTorch; the flag only says which.
            if entry.name == "decoupled_weight_decay", name == "Adam" || name == "AdamW" { return nil }
            return "\(entry.name)=\(value(entry.value, integer: false))"
        }
        return "torch.optim.\(name)(" + ([parameters] + settings).joined(separator: ", ") + ")"
    }

    /// A schedule from `torch.optim.lr_scheduler`; gradbook's InverseTimeLR, lr₀/(1 + k·t), is
    /// PyTorch's LambdaLR with that factor.
    static func schedule(
        _ name: String, _ hyperparameters: [(name: String, value: HyperparameterValue)], optimizer: String
    ) -> String {
        let settings = hyperparameters.map { "\($0.name)=\(value($0.value, integer: $0.name == "step_size"))" }
        if name == "InverseTimeLR", let k = hyperparameters.first(where: { $0.name == "k" }) {
            return
                "torch.optim.lr_scheduler.LambdaLR(\(optimizer), lambda t: 1 / (1 + \(value(k.value, integer: false)) * t))"
        }
        return "torch.optim.lr_scheduler.\(name)(\(([optimizer] + settings).joined(separator: ", ")))"
    }

    private static func value(_ value: HyperparameterValue, integer: Bool) -> String {
        switch value {
        case let .number(x): integer && x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : number(x)
        case let .flag(b): b ? "True" : "False"
        case let .pair(a, b): "(\(number(a)), \(number(b)))"
        }
    }

    /// A builtin loss of the scores `out` against the targets `yb`, with torch functions.
    static func loss(_ loss: TrainingLoss.BuiltinLoss) -> String {
        TorchExpression.loss(loss, scores: "out", targets: "yb")
            + (loss == .hinge ? "  # hinge: mean(max(0, 1 - y·s))" : "")
    }
}
