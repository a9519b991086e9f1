import Tensors

/// What is wrong with an optimizer's or a schedule's configuration, or with a gradient it was
/// asked to apply.
public enum OptimizerError: Error, Equatable, Sendable {
    /// A hyperparameter of an optimizer or a schedule (`owner`) outside its range;
    /// `requirement` says what it must be.
    case invalidHyperparameter(owner: String, name: String, value: Double, requirement: String)
    /// Nesterov momentum without momentum, or with dampening (PyTorch refuses both).
    case nesterovNeedsMomentumWithoutDampening(momentum: Double, dampening: Double)
    /// An optimizer needs at least one parameter.
    case emptyParameterList(optimizer: String)
    /// The same variable twice would be updated twice per step.
    case duplicateParameter(optimizer: String, name: String)
    /// Only leaves (values made directly, not computed) can be optimized.
    case nonLeafParameter(optimizer: String, name: String)
    /// A names list whose length differs from the parameter list's.
    case parameterNameCount(optimizer: String, parameters: Int, names: Int)
    /// A gradient whose shape is not its parameter's.
    case gradientShapeMismatch(optimizer: String, parameter: String, parameterShape: [Int], gradientShape: [Int])
}

extension OptimizerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .invalidHyperparameter(owner, name, value, requirement):
            return "\(owner): \(name) must be \(requirement), got \(value)"
        case let .nesterovNeedsMomentumWithoutDampening(momentum, dampening):
            return
                "SGD: nesterov needs momentum > 0 and dampening 0, got momentum \(momentum) and dampening \(dampening)"
        case let .emptyParameterList(optimizer):
            return "\(optimizer): there are no parameters to optimize"
        case let .duplicateParameter(optimizer, name):
            return "\(optimizer): parameter \(name) is listed more than once"
        case let .nonLeafParameter(optimizer, name):
            return "\(optimizer): \(name) is computed from other values; only a leaf can be optimized"
        case let .parameterNameCount(optimizer, parameters, names):
            return "\(optimizer): \(parameters) parameters but \(names) names"
        case let .gradientShapeMismatch(optimizer, parameter, parameterShape, gradientShape):
            return
                "\(optimizer): the gradient of \(parameter) has shape \(Shape.describe(gradientShape)) but the parameter has shape \(Shape.describe(parameterShape))"
        }
    }
}

/// The range checks PyTorch makes on hyperparameters, with a clear error for each. Stricter in
/// one way: a value must also be finite, since an infinite rate only ever produces NaNs.
enum HyperparameterCheck {
    /// `value` is finite and ≥ 0.
    static func nonNegative(_ value: Double, _ name: String, in owner: String) throws {
        guard value.isFinite, value >= 0 else {
            throw OptimizerError.invalidHyperparameter(
                owner: owner, name: name, value: value, requirement: "a finite number ≥ 0")
        }
    }

    /// The hyperparameters Adam and its variants share: lr, eps and weight_decay finite and
    /// ≥ 0, both betas in [0, 1).
    static func adamFamily(lr: Double, betas: (Double, Double), eps: Double, weightDecay: Double, in owner: String)
        throws
    {
        try nonNegative(lr, "lr", in: owner)
        try unitInterval(betas.0, "beta1", in: owner)
        try unitInterval(betas.1, "beta2", in: owner)
        try nonNegative(eps, "eps", in: owner)
        try nonNegative(weightDecay, "weight_decay", in: owner)
    }

    /// `value` is in [0, 1) (a β of 1 would make the bias correction 1 − βᵗ zero).
    static func unitInterval(_ value: Double, _ name: String, in owner: String) throws {
        guard value >= 0, value < 1 else {
            throw OptimizerError.invalidHyperparameter(owner: owner, name: name, value: value, requirement: "in [0, 1)")
        }
    }

    /// `value` is in [0, 1].
    static func closedUnitInterval(_ value: Double, _ name: String, in owner: String) throws {
        guard value >= 0, value <= 1 else {
            throw OptimizerError.invalidHyperparameter(owner: owner, name: name, value: value, requirement: "in [0, 1]")
        }
    }

    /// `value` is finite (any sign).
    static func finite(_ value: Double, _ name: String, in owner: String) throws {
        guard value.isFinite else {
            throw OptimizerError.invalidHyperparameter(
                owner: owner, name: name, value: value, requirement: "a finite number")
        }
    }
}
