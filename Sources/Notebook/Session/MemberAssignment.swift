import Autograd
import NN
import Tensors

extension Statement {
    /// Calls that may stand on the left of `=`: `param(net, "0.weight") = W` sets that parameter.
    static let memberAccessors: Set<String> = ["param", "buffer"]
}

extension Session {
    /// `bn.weight = v`, `param(net, "0.weight") = v`, `buffer(net, "1.running_mean") = v`, and
    /// their `+=` forms: the new numbers are copied into the layer outside the graph (as
    /// PyTorch's `with torch.no_grad(): p.copy_(v)`), so the parameter stays the one every
    /// binding and optimizer holds. Returns the target's text and its new value.
    func assignMember(
        _ target: Expression, compound: BinaryOperator?, _ valueExpression: Expression,
        evaluator: Evaluator
    ) throws -> (String, Value) {
        let (network, name, isBuffer) = try memberTarget(target, evaluator: evaluator)
        let module = network.module
        let current: Tensor
        if isBuffer {
            guard let buffer = module.buffer(named: name) else {
                throw NotebookError.evaluation("\(module.description) has no buffer \(name)", at: target.location)
            }
            current = buffer
        } else {
            guard let parameter = module.parameter(named: name) else {
                throw NotebookError.evaluation("\(module.description) has no parameter \(name)", at: target.location)
            }
            current = parameter.value
        }
        let given = try evaluator.tensor(
            evaluator.evaluate(valueExpression), for: "setting \(name)", at: valueExpression.location
        ).value
        var updated = given
        if let compound {
            let result = try Evaluator.apply(
                compound, Variable(current, requiresGrad: false), Variable(given, requiresGrad: false))
            updated = try Arguments.variable(
                result, describing: "'\(compound.rawValue)='", at: valueExpression.location
            ).value
        }
        // A scalar fills the whole tensor (bn.weight = 1), as PyTorch's fill_.
        if updated.rank == 0, current.rank > 0, let x = updated.scalar {
            updated = try Tensor(shape: current.shape, repeating: x)
        }
        do {
            if isBuffer {
                try module.setBuffer(named: name, to: updated)
                return (target.text(settings.numberFormat), .constant(module.buffer(named: name) ?? updated))
            }
            try module.setParameter(named: name, to: updated)
            return (target.text(settings.numberFormat), .tensor(module.parameter(named: name)!))
        } catch let error as LayerError {
            throw NotebookError.evaluation(error.description, at: valueExpression.location)
        }
    }

    /// The layer or network, the dotted name, and whether it names a buffer.
    private func memberTarget(_ target: Expression, evaluator: Evaluator) throws -> (NetworkObject, String, Bool) {
        switch target.kind {
        case let .attribute(base, name):
            let value = try evaluator.evaluate(base)
            guard case let .object(object) = value else {
                let hint = name == "grad" ? "; zero x forgets a gradient" : ""
                throw NotebookError.evaluation(
                    "cannot set .\(name) of the \(value.kindName): only a layer's parameters and buffers can be set (bn.weight = …)\(hint)",
                    at: target.location)
            }
            guard let network = object as? NetworkObject else {
                let hint =
                    object is OptimizerObject && name == "lr" ? "; set_lr(opt, lr) changes an optimizer's rate" : ""
                throw NotebookError.evaluation(
                    "cannot set .\(name) of the \(object.kindName): only a layer's parameters and buffers can be set (bn.weight = …)\(hint)",
                    at: target.location)
            }
            let isBuffer = network.module.localBuffers.contains { $0.name == name }
            guard isBuffer || network.module.localParameters.contains(where: { $0.name == name }) else {
                let names = (network.module.localParameters.map(\.name) + network.module.localBuffers.map(\.name)).map {
                    "." + $0
                }
                let inside =
                    network.module is Sequential ? "; inside a network, param(net, \"0.weight\") = … names one" : ""
                throw NotebookError.evaluation(
                    "cannot set .\(name) of \(network.module.description): settable are \(names.isEmpty ? "none" : names.joined(separator: ", "))\(inside)",
                    at: target.location)
            }
            return (network, name, isBuffer)
        case let .call(accessor, arguments):
            guard arguments.count == 2, arguments.allSatisfy({ $0.label == nil }) else {
                throw NotebookError.evaluation(
                    "\(accessor)(net, \"name\") = value takes a network and a name", at: target.location)
            }
            guard case let .object(network as NetworkObject) = try evaluator.evaluate(arguments[0].value) else {
                throw NotebookError.evaluation(
                    "\(accessor) takes a layer or network first", at: arguments[0].value.location)
            }
            guard case let .string(name) = try evaluator.evaluate(arguments[1].value) else {
                throw NotebookError.evaluation(
                    "\(accessor)'s name is a string such as \"0.weight\"", at: arguments[1].value.location)
            }
            return (network, name, accessor == "buffer")
        default:
            throw NotebookError.evaluation("cannot assign to this", at: target.location)
        }
    }
}
