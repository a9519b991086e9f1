import Autograd
import NN
import Tensors
import Testing

@testable import Notebook

/// Helpers for the training tests: the objects and tensors a session has bound.
extension Session {
    func network(_ name: String) -> (any Module)? {
        guard case let .object(object as NetworkObject) = bindings[name] else { return nil }
        return object.module
    }

    func optimizer(_ name: String) -> (any Optimizer)? {
        guard case let .object(object as OptimizerObject) = bindings[name] else { return nil }
        return object.optimizer
    }

    func variable(_ name: String) -> Variable? {
        guard case let .tensor(variable) = bindings[name] else { return nil }
        return variable
    }

    func scalars(_ name: String) -> [Double] { variable(name)?.value.scalars ?? [] }

    /// Every parameter of a bound network, in order, as plain numbers.
    func parameterScalars(_ name: String) -> [[Double]] {
        network(name)?.parameters.map(\.value.scalars) ?? []
    }
}

/// |a − b| ≤ tolerance·max(1, |b|) for every pair, and the same count.
func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) <= tolerance * Swift.max(1, Swift.abs($1)) }
}
