import Autograd
import Functions
import Symbolic
import Tensors

/// Evaluates a ``Symbolic/Expr`` on tensors, through autograd operations: elementwise with
/// broadcasting, and differentiable again (so `backward` works through `f'(x)`, and `derive …
/// at` can check a symbolic derivative against autograd's own rules).
struct DeriveAutograd {
    /// The value of each symbol.
    let symbol: (String) throws -> Variable

    func variable(_ e: Symbolic.Expr) throws -> Variable {
        switch e {
        case let .number(x): return Variable.constant(x)
        case let .symbol(name): return try symbol(name)
        case let .negate(a): return try -variable(a)
        case let .add(a, b): return try variable(a) + variable(b)
        case let .subtract(a, b): return try variable(a) - variable(b)
        case let .multiply(a, b): return try variable(a) * variable(b)
        case let .divide(a, b): return try variable(a) / variable(b)
        case let .power(a, b):
            guard case let .tensor(result) = try Evaluator.power(variable(a), variable(b)) else {
                throw NotebookError.evaluation("a power did not give a tensor")
            }
            return result
        case let .apply(f, a): return try DeriveAutograd.apply(f, variable(a))
        case let .call(_, _, body): return try variable(body)
        case let .piecewise(condition, then, otherwise):
            return try Variable.apply(
                DeriveAutograd.select, to: [variable(condition), variable(then), variable(otherwise)])
        case let .derivative(a, v): return try variable(a.derivative(with: v))
        }
    }

    /// An elementary function through the autograd operation of the same name.
    static func apply(_ f: ElementaryFunction, _ a: Variable) throws -> Variable {
        switch f {
        case .exp: return try a.exp()
        case .log: return try a.log()
        case .sqrt: return try a.sqrt()
        case .sin: return try a.sin()
        case .cos: return try a.cos()
        case .abs: return try a.abs()
        case let .registered(f): return try a.applying(f)
        // sign is flat wherever it has a derivative; PyTorch's sign passes no gradient either.
        case .sign: return Variable(a.value.map { ElementaryFunction.sign.value($0) }, requiresGrad: false)
        }
    }

    /// `b` where `a > 0`, `c` elsewhere: the piecewise derivatives of relu, leaky_relu and elu.
    /// The gradient goes to the branch that was chosen; the condition gets none.
    static let select = Operation(
        name: "select", formula: "b if a > 0 else c",
        localDerivatives: ["0", "1 if a > 0 else 0", "0 if a > 0 else 1"],
        breakPoints: [0],
        forward: { inputs in
            let (condition, then, otherwise) = (inputs[0], inputs[1], inputs[2])
            let shape = try Shape.broadcast(
                Shape.broadcast(condition.shape, then.shape, op: "select"), otherwise.shape, op: "select")
            let (c, a, b) = (
                try condition.broadcast(to: shape), try then.broadcast(to: shape), try otherwise.broadcast(to: shape)
            )
            return try Tensor(
                shape: shape, scalars: c.scalars.indices.map { c.scalars[$0] > 0 ? a.scalars[$0] : b.scalars[$0] })
        },
        gradient: .elementwise { inputs, _ in
            [Tensor(0), inputs[0].map { $0 > 0 ? 1 : 0 }, inputs[0].map { $0 > 0 ? 0 : 1 }]
        })
}
