import Autograd
import Symbolic
import Tensors

extension Evaluator {
    /// `f'(x)`, `f''(x)`, `sigmoid'(x)`: the derivative of a named function or an elementary
    /// builtin, worked out symbolically and evaluated at the arguments, elementwise on tensors
    /// and through autograd (so it can be differentiated again). Nil when `name` has no primes.
    ///
    /// Other names in the function's formula take their values from the session, as they do
    /// when the function itself is called.
    func derivativeCall(
        _ name: String, _ arguments: [(label: String?, value: Value, location: SourceLocation)],
        at location: SourceLocation
    ) throws -> Value? {
        let primes = name.reversed().prefix { $0 == "'" }.count
        guard primes > 0 else { return nil }
        let base = String(name.dropLast(primes))
        let parameter = try DeriveConversion.primeParameter(base, labels: arguments.map(\.label), at: location).map {
            i in
            try Arguments.number(arguments[i].value, describing: "\(base)'s parameter", at: arguments[i].location)
        }
        guard let point = arguments.first else {
            throw NotebookError.evaluation(
                "\(name) needs the point to take the derivative at: \(name)(x)", at: location)
        }
        let (formula, variable) = try DeriveConversion.namedFunction(
            base, parameter: parameter, session: session, at: location)
        var derivative = formula
        for _ in 0..<primes { derivative = try derivative.derivative(with: variable) }
        let at = try tensor(point.value, for: name, at: point.location)
        let graph = DeriveAutograd { symbol in
            if symbol == variable { return at }
            // As in a call of the function itself, its other names are the session's, not the caller's.
            let global = Evaluator(session: self.session)
            return try global.tensor(global.lookup(symbol, at: location), for: "\(symbol) in \(name)", at: location)
        }
        let value = try graph.variable(derivative)
        // A derivative that simplifies to a constant (f(x) = 3x − 1, relu″) does not depend on
        // the point, yet is a derivative at every one of its elements: f′([1, 2, 3]) = [3, 3, 3].
        let shape = try Shape.broadcast(value.value.shape, at.value.shape, op: name)
        guard shape != value.value.shape else { return .tensor(value) }
        return .tensor(try value + Variable(Tensor.zeros(shape), requiresGrad: false))
    }
}
