import Autograd
import NN
import Tensors

/// A layer or a network in the session (`linear(2, 16)`, `mlp(2, 16, 1)`): callable on a batch,
/// printed as its structure and parameter table, with its parameters and buffers by name.
///
/// The object holds the module itself, so every binding of it (`net`, `layer(net, 0)`) and every
/// optimizer made from it share the same parameters.
final class NetworkObject: NotebookObject {
    let module: any Module

    init(_ module: any Module) { self.module = module }

    var kindName: String { module is Sequential ? "network" : "layer" }

    /// `net(X)`: the forward pass, with dropout masks drawn from the session's generator.
    func call(_ arguments: [Value], session: Session) throws -> Value? {
        guard arguments.count == 1 else {
            throw NotebookError.evaluation("a \(kindName) takes one input: net(X), X of shape (N, features)")
        }
        let input = try Arguments.variable(arguments[0], describing: "the input of \(module.description)", at: nil)
        return .tensor(try module(input, random: &session.random))
    }

    /// The local parameter and buffer names of a single layer (`weight`, `running_mean`), so that
    /// `bn.running_mean` reads; a network's dotted names go through `param` and `buffer`.
    var attributeNames: [String] {
        ["parameters", "buffers", "training", "count"]
            + module.namedParameters.map(\.name).filter { !$0.contains(".") }
            + module.namedBuffers.map(\.name).filter { !$0.contains(".") }
    }

    func attribute(_ name: String, session: Session) throws -> Value {
        switch name {
        case "parameters": return .object(parameterTable(settings: session.settings))
        case "buffers": return .object(bufferTable(settings: session.settings))
        case "training": return .bool(module.isTraining)
        case "count": return .constant(Tensor(Double(module.parameterCount)))
        default:
            if let parameter = module.parameter(named: name) { return .tensor(parameter) }
            if let buffer = module.buffer(named: name) { return .constant(buffer) }
            throw NotebookError.evaluation("\(module.description) has no attribute .\(name)")
        }
    }

    /// The summary: a line about the whole, the layers, and tables of parameters and buffers,
    /// all within the session's width.
    func render(settings: Settings) -> String {
        let width = settings.width
        let plain = { (text: String) in TableObject.plain(text, ascii: settings.ascii) }
        var lines = TextWrap.lines(plain(summaryLine), width: width, rest: "  ")
        if let sequential = module as? Sequential {
            lines += sequential.children.flatMap {
                TextWrap.lines(plain($0.module.description), width: width, first: "  \($0.name): ", rest: "      ")
            }
        }
        let parameters = module.namedParameters
        if !parameters.isEmpty {
            lines += TableObject.lines(
                columns: ["parameter", "shape", "count"], rows: parameterRows(parameters), rightAligned: [2],
                settings: settings)
        }
        let buffers = module.namedBuffers
        if !buffers.isEmpty {
            let format = settings.numberFormat
            lines += TableObject.lines(
                columns: ["buffer", "shape", "value"],
                rows: buffers.map { name, value in
                    [name, Shape.describe(value.shape), NetworkObject.preview(value, format: format)]
                }, settings: settings)
        }
        return lines.joined(separator: "\n")
    }

    /// `Sequential: 5 layers, 337 parameters, training mode`.
    private var summaryLine: String {
        let count = module.parameterCount
        let mode = module.isTraining ? "training mode" : "eval mode"
        let parameters = count == 0 ? "no parameters" : "\(count) parameter\(count == 1 ? "" : "s")"
        if let sequential = module as? Sequential {
            let n = sequential.layers.count
            return "Sequential: \(n) layer\(n == 1 ? "" : "s"), \(parameters), \(mode)"
        }
        return "\(module.description): \(parameters), \(mode)"
    }

    private func parameterRows(_ parameters: [(name: String, variable: Variable)]) -> [[String]] {
        parameters.map { [$0.name, Shape.describe($0.variable.value.shape), String($0.variable.value.count)] }
    }

    func parameterTable(settings: Settings) -> TableObject {
        let parameters = module.namedParameters
        let total = parameters.reduce(0) { $0 + $1.variable.value.count }
        return TableObject(
            kindName: "parameter table", columns: ["parameter", "shape", "count", "gradient"],
            rows: parameters.map { name, variable in
                [
                    name, Shape.describe(variable.value.shape), String(variable.value.count),
                    variable.grad == nil ? "none" : "yes",
                ]
            } + (parameters.isEmpty ? [] : [["total", "", String(total), ""]]),
            rightAligned: [2], emptyText: "\(module.description) has no parameters")
    }

    func bufferTable(settings: Settings) -> TableObject {
        let format = settings.tensorFormat
        return TableObject(
            kindName: "buffer table", columns: ["buffer", "shape", "value"],
            rows: module.namedBuffers.map { [$0.name, Shape.describe($0.value.shape), format.string($0.value)] },
            emptyText: "\(module.description) has no buffers (running statistics live in batchnorm1d layers)")
    }

    /// A short one-line view of a buffer: the numbers of a small vector, else its shape's count.
    static func preview(_ tensor: Tensor, format: NumberFormat) -> String {
        let shown = tensor.scalars.prefix(4).map(format.string)
        return tensor.rank == 0
            ? (shown.first ?? "") : "[" + shown.joined(separator: ", ") + (tensor.count > 4 ? ", …]" : "]")
    }
}
