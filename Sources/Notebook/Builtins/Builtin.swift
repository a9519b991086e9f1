import Tensors
import Autograd

/// A parameter of a builtin, as the signature in `:help` shows it.
struct Parameter: Sendable {
    let name: String
    /// The default as `:help` shows it; nil for a required parameter.
    let defaultText: String?
    /// Collects every remaining positional argument (`zeros(2, 3, 4)`).
    var variadic = false
    /// Can only be given by name (`keepdims = true`).
    var keywordOnly = false

    var required: Bool { defaultText == nil }

    static func required(_ name: String) -> Parameter { Parameter(name: name, defaultText: nil) }
    static func optional(_ name: String, _ defaultText: String) -> Parameter { Parameter(name: name, defaultText: defaultText) }
    static func keyword(_ name: String, _ defaultText: String) -> Parameter {
        Parameter(name: name, defaultText: defaultText, keywordOnly: true)
    }
    static func variadic(_ name: String, optional: Bool = false) -> Parameter {
        Parameter(name: name, defaultText: optional ? "" : nil, variadic: true)
    }

    /// `(x, axis=none, keepdims=false)`.
    static func signature(_ parameters: [Parameter]) -> String {
        "(" + parameters.map { p in
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

    init(_ name: String, _ topic: Topic, _ parameters: [Parameter], summary: String, formula: String? = nil,
         example: String, run: @escaping @Sendable (Arguments, Session) throws -> Value) {
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
