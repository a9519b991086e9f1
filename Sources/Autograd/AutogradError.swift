import Tensors

/// What went wrong in a backward pass or a derivative check.
public enum AutogradError: Error, Equatable, Sendable {
    /// `backward()` without an upstream gradient on an output that is not a single number.
    case implicitGradientForNonScalar(shape: [Int])
    /// An upstream gradient whose shape differs from the output's.
    case upstreamShapeMismatch(output: [Int], upstream: [Int])
    /// A value was assigned after a graph used it.
    case modifiedAfterUse(label: String?, operation: String)
    /// Only leaves can be assigned.
    case assignToNonLeaf(label: String?)
    /// A derivative check needs a scalar-valued function.
    case nonScalarOutput(op: String, shape: [Int])
    /// A finite-difference step that is not a positive finite number.
    case invalidStep(Double)
    /// A derivative check asked for an element index outside its input.
    case elementOutOfRange
    /// A long pass over a graph stopped because its caller asked it to (Ctrl-C).
    case interrupted
}

extension AutogradError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .implicitGradientForNonScalar(shape):
            return
                "backward needs a scalar output, or an upstream gradient; this output has shape \(Shape.describe(shape)) (try sum(...) or pass the upstream gradient)"
        case let .upstreamShapeMismatch(output, upstream):
            return
                "the upstream gradient has shape \(Shape.describe(upstream)) but the output has shape \(Shape.describe(output))"
        case let .modifiedAfterUse(label, operation):
            return
                "\(label ?? "a value") was assigned a new value after \(operation) used it; recompute the output before calling backward"
        case let .assignToNonLeaf(label):
            return "\(label ?? "this value") is computed from other values; only a leaf can be assigned in place"
        case let .nonScalarOutput(op, shape):
            return "\(op) needs a scalar output; this one has shape \(Shape.describe(shape)) (try sum(...))"
        case let .invalidStep(eps):
            return "the finite-difference step must be a positive finite number, got \(eps)"
        case .elementOutOfRange:
            return "a checked element lies outside its input"
        case .interrupted:
            return "interrupted"
        }
    }
}
