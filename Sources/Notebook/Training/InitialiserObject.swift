import Functions
import NN
import Tensors

/// An initialisation scheme as a value (`uniform(-1, 1)`, `kaiming_normal(nonlinearity =
/// "tanh")`): pass it as `init = …` to `linear` or `mlp`, or call it on a shape for a tensor.
final class InitialiserObject: NotebookObject {
    let initializer: Initializer

    init(_ initializer: Initializer) { self.initializer = initializer }

    var kindName: String { "initialiser" }

    /// `u(3, 2)`: a tensor of that shape drawn from the scheme with the session's generator.
    func call(_ arguments: [Value], session: Session) throws -> Value? {
        let shape = try arguments.map { try Arguments.integer($0, describing: "a dimension", at: nil) }
        return .constant(try initializer.tensor(shape: shape, using: &session.random))
    }

    func render(settings: Settings) -> String {
        TableObject.plain(
            "\(InitialiserObject.describe(initializer, format: settings.numberFormat)): \(InitialiserObject.rule(initializer))"
                + "; pass it as init = …, or call it on a shape", ascii: settings.ascii)
    }

    /// PyTorch-style call text: `kaiming_normal(mode=fan_in, nonlinearity=relu)`.
    static func describe(_ initializer: Initializer, format: NumberFormat) -> String {
        switch initializer {
        case .zeros, .ones, .lecunNormal: return initializer.name
        case let .constant(value): return "constant(\(format.string(value)))"
        case let .uniform(low, high): return "uniform(\(format.string(low)), \(format.string(high)))"
        case let .normal(mean, std): return "normal(mean=\(format.string(mean)), std=\(format.string(std)))"
        case let .xavierUniform(gain), let .xavierNormal(gain):
            return "\(initializer.name)(gain=\(format.string(gain)))"
        case let .kaimingUniform(mode, nonlinearity), let .kaimingNormal(mode, nonlinearity):
            var text = "\(initializer.name)(mode=\(mode.rawValue), nonlinearity=\(nonlinearity.name)"
            if case let .leakyRelu(slope) = nonlinearity { text += ", a=\(format.string(slope))" }
            return text + ")"
        }
    }

    /// The distribution in words, with the fan formula.
    static func rule(_ initializer: Initializer) -> String {
        switch initializer {
        case .zeros: "every element 0"
        case .ones: "every element 1"
        case .constant: "every element the value"
        case .uniform: "U(low, high)"
        case .normal: "N(mean, std²)"
        case .xavierUniform: "U(−a, a), a = gain·√(6/(fan_in + fan_out))"
        case .xavierNormal: "N(0, std²), std = gain·√(2/(fan_in + fan_out))"
        case let .kaimingUniform(mode, _): "U(−b, b), b = gain·√(3/\(mode.rawValue))"
        case let .kaimingNormal(mode, _): "N(0, std²), std = gain/√\(mode.rawValue)"
        case .lecunNormal: "N(0, std²), std = 1/√fan_in"
        }
    }
}

extension BuiltinTable {
    /// The scheme `init = value` asks for, for a layer followed by `activation` (nil for a lone
    /// `linear`): nil keeps PyTorch's nn.Linear default. A name (`"kaiming"`, or the builtin
    /// `kaiming_normal` as a value) takes its gain from the activation; for a lone layer it takes
    /// the defaults of PyTorch's nn.init functions (xavier gain 1, kaiming for relu). An
    /// initialiser object keeps exactly what it was made with.
    static func initializer(from value: Value, before activation: Activation.Kind?) throws -> Initializer? {
        switch value {
        case let .object(object as InitialiserObject):
            return object.initializer
        case let .string(name):
            return try initializer(named: name, before: activation)
        case let .builtin(builtin):
            return try initializer(named: builtin.name, before: activation)
        default:
            throw NotebookError.evaluation(
                "init takes a name such as \"kaiming\", an initialiser such as uniform(-1, 1), or \"micrograd\"; got a \(value.kindName)"
            )
        }
    }

    private static func initializer(named name: String, before activation: Activation.Kind?) throws -> Initializer? {
        switch name {
        case "micrograd": return .uniform(low: -1, high: 1)
        case "ones": return .ones
        default:
            let before = activation ?? (name.hasPrefix("kaiming") ? .function(.relu) : .identity)
            guard Initializer.namesForLayers.contains(name) else {
                let hint =
                    Suggestions.nearest(to: name, in: Initializer.namesForLayers + ["micrograd"]).map {
                        " (did you mean \($0)?)"
                    } ?? ""
                throw NotebookError.evaluation(
                    "unknown initialisation \(name)\(hint); choose one of \((Initializer.namesForLayers + ["micrograd"]).joined(separator: ", ")), or an initialiser such as uniform(-1, 1)"
                )
            }
            return try Initializer.named(name, before: before)
        }
    }
}
