import Autograd
import Tensors

/// Calling a function the user passed as an argument (`hessian(f, x)`, `trajectory(opt, f, n)`):
/// one of the session's functions, a builtin such as `rosenbrock`, or a callable object.
struct FunctionArgument {
    let value: Value
    let callee: String
    let location: SourceLocation
    let session: Session

    /// The session's function `f(x1, …, xn)` when the argument is one.
    var definition: FunctionDefinition? {
        if case let .function(definition) = value { return definition }
        return nil
    }

    init(_ value: Value?, callee: String, at location: SourceLocation?, session: Session) throws {
        switch value {
        case .function?, .builtin?, .object?: break
        default:
            throw NotebookError.evaluation(
                "\(callee) takes a function such as f (defined by f(x) = …) or rosenbrock, got a \(value?.kindName ?? "nothing")",
                at: location)
        }
        self.value = value!
        self.callee = callee
        self.location = location ?? SourceLocation(line: 1, column: 1)
        self.session = session
    }

    /// f at the point `x`: a function of as many numbers as `x` has gets them one by one
    /// (`f(x1, x2, x3, x4)` at a 4-vector), any other gets `x` whole, so that gradients reach `x`.
    func call(at x: Variable) throws -> Variable {
        var arguments: [Value] = [.tensor(x)]
        if let definition, definition.parameters.count > 1 {
            guard definition.parameters.count == x.value.count else {
                throw NotebookError.evaluation(
                    "\(definition.name) takes \(definition.parameters.count) numbers but the point has \(x.value.count)",
                    at: location)
            }
            arguments = try (0..<x.value.count).map { i in
                .tensor(try x.reshaped([x.value.count]).indexed([.at(i)], text: String(i)))
            }
        }
        let evaluator = Evaluator(session: session)
        let result: Value
        switch value {
        case let .function(definition):
            result = try evaluator.callUserFunction(definition, arguments.map { (nil, $0, location) }, at: location)
        case let .builtin(builtin):
            let bound = try Arguments(
                callee: builtin.name, parameters: builtin.parameters, arguments: arguments.map { (nil, $0, location) },
                location: location)
            result = try builtin.run(bound, session)
        case let .object(object):
            guard let called = try object.call(arguments, session: session) else {
                throw NotebookError.evaluation(
                    "\(callee) takes a function; a \(object.kindName) cannot be called", at: location)
            }
            result = called
        default:
            throw NotebookError.evaluation("\(callee) takes a function, got a \(value.kindName)", at: location)
        }
        return try evaluator.tensor(result, for: callee, at: location)
    }
}
