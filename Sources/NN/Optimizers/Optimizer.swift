import Autograd
import Tensors

/// An algorithm that moves parameters against their gradients, one ``step()`` at a time, with
/// PyTorch's update formulas, defaults and state names (`torch.optim`).
///
/// The usual loop is PyTorch's: compute a loss, ``zeroGrad()`` (or start from no gradients),
/// `loss.backward()`, then ``step()``. Every optimizer keeps its parameters in the order it was
/// given them, and reports its hyperparameters and per-parameter state in a fixed order, so a
/// lesson can print them and a transcript stays the same from run to run.
public protocol Optimizer: AnyObject {
    /// PyTorch's class name: "SGD", "Adam", …
    var name: String { get }
    /// The parameters updated by ``step()``, in order.
    var parameters: [Variable] { get }
    /// A name for each parameter, in the same order (its label, or its position).
    var parameterNames: [String] { get }
    /// The learning rate the next ``step()`` uses (PyTorch's `lr`); a schedule changes it.
    /// Assigning does not validate; use ``setLearningRate(_:)`` for a checked change.
    var learningRate: Double { get set }
    /// How many times ``step()`` has run.
    var stepCount: Int { get }
    /// The hyperparameters under PyTorch's names, in a fixed order, `lr` first.
    var hyperparameters: [(name: String, value: HyperparameterValue)] { get }
    /// The state kept for the parameter at `index` under PyTorch's names (`exp_avg`,
    /// `momentum_buffer`, `step`, …), in a fixed order. Empty before the parameter's first
    /// update where PyTorch creates the state lazily, and for an index out of range.
    func state(at index: Int) -> [(name: String, value: Tensor)]
    /// Updates every parameter that has a gradient; a parameter whose gradient is nil is
    /// skipped, as in PyTorch. Every gradient is checked before anything changes, so an error
    /// leaves parameters and state as they were.
    func step() throws
}

extension Optimizer {
    /// Forgets every parameter's gradient (PyTorch's `zero_grad()`, which sets them to None).
    public func zeroGrad() {
        for parameter in parameters { parameter.zeroGrad() }
    }

    /// The position of `parameter` (by identity) among ``parameters``, if it is one of them.
    public func index(of parameter: Variable) -> Int? {
        parameters.firstIndex { $0 === parameter }
    }

    /// The state kept for `parameter`; empty if it is not one of ``parameters``.
    public func state(of parameter: Variable) -> [(name: String, value: Tensor)] {
        index(of: parameter).map { state(at: $0) } ?? []
    }

    /// Sets the learning rate after checking that it is a finite number ≥ 0.
    public func setLearningRate(_ lr: Double) throws {
        try HyperparameterCheck.nonNegative(lr, "lr", in: name)
        learningRate = lr
    }
}

/// A hyperparameter's value as an optimizer reports it.
public enum HyperparameterValue: Equatable, Sendable {
    case number(Double)
    case flag(Bool)
    /// Two numbers that PyTorch passes as one tuple, such as Adam's `betas`.
    case pair(Double, Double)
}
