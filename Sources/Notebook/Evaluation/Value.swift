import Autograd
import Tensors

/// What an expression evaluates to.
public enum Value {
    /// A tensor (a number is a rank-0 tensor), with its place in the autograd graph.
    case tensor(Variable)
    case string(String)
    case bool(Bool)
    /// `low..high`, a closed interval.
    case range(Double, Double)
    /// A function defined in the session, kept as its syntax tree.
    case function(FunctionDefinition)
    /// A builtin function, named as a value (`relu` alone).
    case builtin(Builtin)
    /// A network, optimizer, data set, plot…: anything that prints and answers attributes itself.
    case object(any NotebookObject)

    /// A constant tensor, outside any graph.
    static func constant(_ tensor: Tensor) -> Value { .tensor(Variable(tensor, requiresGrad: false)) }

    /// What kind of value this is, for messages and `:vars`.
    public var kindName: String {
        switch self {
        case let .tensor(variable): return variable.value.rank == 0 ? "number" : "tensor"
        case .string: return "string"
        case .bool: return "bool"
        case .range: return "range"
        case .function: return "function"
        case .builtin: return "builtin"
        case let .object(object): return object.kindName
        }
    }
}
