import Autograd
import Tensors

/// A parameter of a builtin, declared once: its name, its default (typed, so that the call
/// uses the very value `:help` shows) and what it means.
struct Parameter: Sendable {
    /// A default value.
    enum Default: Sendable, Equatable {
        case number(Double)
        case flag(Bool)
        /// Two numbers given as a tensor, such as Adam's `betas = [0.9, 0.999]`.
        case pair(Double, Double)
        /// A string, shown in quotes as it is written: `mode = "fan_in"`.
        case string(String)
        /// A builtin written by its name, `act = relu`; the call receives the name as a string,
        /// which every parameter that takes a builtin by name also accepts.
        case builtinName(String)
        /// A default that is a description rather than a value (`none`, `from weight`).
        case text(String)

        /// As `:help` shows it, with the one number formatter.
        var text: String {
            switch self {
            case let .number(x): NumberFormat().string(x)
            case let .flag(b): b ? "true" : "false"
            case let .pair(a, b): "[\(NumberFormat().string(a)), \(NumberFormat().string(b))]"
            case let .string(text): "\"\(text)\""
            case let .builtinName(name): name
            case let .text(text): text
            }
        }

        /// The value a call receives when it leaves the parameter out; nil for a description.
        var value: Value? {
            switch self {
            case let .number(x): .constant(Tensor(x))
            case let .flag(b): .bool(b)
            case let .pair(a, b): .constant(Tensor([a, b]))
            case let .string(text), let .builtinName(text): .string(text)
            case .text: nil
            }
        }
    }

    let name: String
    /// nil for a required parameter.
    let defaultValue: Default?
    /// What the parameter means, for `:help NAME`; nil when the summary says it.
    var doc: String?
    /// Collects every remaining positional argument (`zeros(2, 3, 4)`).
    var variadic = false
    /// Can only be given by name (`keepdims = true`).
    var keywordOnly = false

    /// The default as `:help` shows it; nil for a required parameter.
    var defaultText: String? { defaultValue?.text }
    var required: Bool { defaultValue == nil }

    static func required(_ name: String) -> Parameter { Parameter(name: name, defaultValue: nil) }
    /// A parameter whose default is a description (`none`, `from weight`): the call checks
    /// whether it was given.
    static func optional(_ name: String, _ defaultText: String) -> Parameter {
        Parameter(name: name, defaultValue: .text(defaultText))
    }
    static func keyword(_ name: String, _ defaultText: String) -> Parameter {
        Parameter(name: name, defaultValue: .text(defaultText), keywordOnly: true)
    }
    /// A parameter with a typed default, which the call reads through `Arguments.double(name)`
    /// (or `int`, `bool`, `pair`, `givenOrDeclared`) without repeating it.
    static func optional(_ name: String, _ value: Default, _ doc: String? = nil) -> Parameter {
        Parameter(name: name, defaultValue: value, doc: doc)
    }
    /// A keyword with a typed default, read as `optional`'s is.
    static func keyword(_ name: String, _ value: Default, _ doc: String? = nil) -> Parameter {
        Parameter(name: name, defaultValue: value, doc: doc, keywordOnly: true)
    }
    static func variadic(_ name: String, optional: Bool = false) -> Parameter {
        Parameter(name: name, defaultValue: optional ? .text("") : nil, variadic: true)
    }

    /// `(x, axis=none, keepdims=false)`.
    static func signature(_ parameters: [Parameter]) -> String {
        "("
            + parameters.map { p in
                p.variadic ? "\(p.name)…" : p.defaultText.map { "\(p.name)=\($0)" } ?? p.name
            }.joined(separator: ", ") + ")"
    }
}

/// A function callable from the notebook, with the documentation `:help` shows. The table of
/// all of them (``BuiltinTable``) is the single source for evaluation, help and completion.
public struct Builtin: Sendable {
    public let name: String
    public let topic: Topic
    let parameters: [Parameter]
    public let summary: String
    /// The maths, in Unicode, when there is a formula to show.
    public let formula: String?
    /// A statement that shows the builtin at work; `:help` runs it in a scratch session.
    public let example: String
    let run: @Sendable (Arguments, Session) throws -> Value

    public var signature: String { name + Parameter.signature(parameters) }

    init(
        _ name: String, _ topic: Topic, _ parameters: [Parameter], summary: String, formula: String? = nil,
        example: String, run: @escaping @Sendable (Arguments, Session) throws -> Value
    ) {
        self.name = name
        self.topic = topic
        self.parameters = parameters
        self.summary = summary
        self.formula = formula
        self.example = example
        self.run = run
    }
}

/// The groups `:help` lists builtins under, in order.
public enum Topic: String, Sendable, CaseIterable {
    case creation = "creating tensors"
    case random = "randomness"
    case arithmetic = "elementwise maths"
    case activations = "activations"
    case reductions = "reductions"
    case shapes = "shapes and indexing"
    case linearAlgebra = "linear algebra"
    case autograd = "autograd"
    case instruments = "instruments: derivations and checks"
    case plots = "plots"
    case networks = "layers and networks"
    case initialisers = "initialisers"
    case losses = "losses"
    case optimizers = "optimizers and schedules"
    case data = "data sets"
    case constants = "constants"
    case commands = "commands"
    case meta = "meta commands"
}
