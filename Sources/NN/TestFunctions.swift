import Autograd
import Tensors

/// A function with a known landscape, for watching what an optimizer does on it: a narrow
/// valley, a curved valley, a saddle, an inflection point.
///
/// Called on a parameter variable (a 2-vector (x, y), or one number for ``cubic``) it returns the
/// scalar value as a graph node, so `backward()` puts the gradient on the parameter and an
/// optimizer can step it.
///
/// | function        | f                        | ∇f                                      | special point       |
/// |-----------------|--------------------------|-----------------------------------------|---------------------|
/// | ravine (κ = 20) | ½·(x² + κ·y²)            | (x, κ·y)                                | minimum 0 at (0, 0) |
/// | rosenbrock      | (1 − x)² + 100·(y − x²)² | (−2(1 − x) − 400x(y − x²), 200(y − x²)) | minimum 0 at (1, 1) |
/// | saddle          | x² − y²                  | (2x, −2y)                               | saddle 0 at (0, 0)  |
/// | cubic           | x³                       | 3x²                                     | inflection 0 at 0   |
public struct TestFunction: Sendable, Equatable {
    /// Which function, with its parameter.
    public enum Kind: Sendable, Equatable {
        /// The ill-conditioned quadratic ½·(x² + κ·y²): its Hessian is diag(1, κ), so the
        /// condition number is κ; plain gradient descent zig-zags across the narrow axis while
        /// it crawls along the long one.
        case ravine(kappa: Double)
        /// Rosenbrock's banana valley (1 − x)² + 100·(y − x²)²: easy to reach, slow to follow.
        case rosenbrock
        /// x² − y²: the gradient vanishes at the origin, which is a minimum along x and a
        /// maximum along y; started exactly on the x axis, gradient descent stops there.
        case saddle
        /// x³: the gradient 3x² vanishes at 0 but the function keeps falling to the left.
        case cubic
    }

    /// What kind of point ``specialPoint`` is.
    public enum PointKind: String, Sendable, Equatable {
        case minimum, saddle, inflection
    }

    public let kind: Kind

    /// The ravine with condition number `kappa` (> 0; 20 unless given).
    public static func ravine(kappa: Double = 20) throws -> TestFunction {
        guard kappa.isFinite, kappa > 0 else { throw TestFunctionError.invalidKappa(kappa) }
        return TestFunction(kind: .ravine(kappa: kappa))
    }

    public static let rosenbrock = TestFunction(kind: .rosenbrock)
    public static let saddle = TestFunction(kind: .saddle)
    public static let cubic = TestFunction(kind: .cubic)

    /// Every function, the ravine with κ = 20, in the order of the table above.
    public static let all: [TestFunction] = [TestFunction(kind: .ravine(kappa: 20)), .rosenbrock, .saddle, .cubic]

    /// The function called `name` ("ravine", "rosenbrock", "saddle", "cubic"), if there is one.
    public static func named(_ name: String) -> TestFunction? {
        all.first { $0.name == name }
    }

    public var name: String {
        switch kind {
        case .ravine: return "ravine"
        case .rosenbrock: return "rosenbrock"
        case .saddle: return "saddle"
        case .cubic: return "cubic"
        }
    }

    /// The formula, with κ written out for the ravine.
    public var formula: String {
        switch kind {
        case let .ravine(kappa): return "0.5·(x² + \(NumberFormat().string(kappa))·y²)"
        case .rosenbrock: return "(1 − x)² + 100·(y − x²)²"
        case .saddle: return "x² − y²"
        case .cubic: return "x³"
        }
    }

    /// How many numbers the function takes: 2 for (x, y), 1 for the cubic.
    public var inputCount: Int { kind == .cubic ? 1 : 2 }

    /// Where the gradient vanishes: (0, 0), (1, 1), (0, 0), and 0.
    public var specialPoint: [Double] {
        switch kind {
        case .ravine, .saddle: return [0, 0]
        case .rosenbrock: return [1, 1]
        case .cubic: return [0]
        }
    }

    /// Whether ``specialPoint`` is a minimum, a saddle or an inflection point.
    public var specialPointKind: PointKind {
        switch kind {
        case .ravine, .rosenbrock: return .minimum
        case .saddle: return .saddle
        case .cubic: return .inflection
        }
    }

    /// f(p) as a scalar node of the graph. `p` holds (x, y) with shape [2], or for the cubic
    /// one number with shape [] or [1].
    public func callAsFunction(_ p: Variable) throws -> Variable {
        let c = try components(of: p)
        switch kind {
        case let .ravine(kappa):
            return try 0.5 * (c[0].pow(2) + kappa * c[1].pow(2))
        case .rosenbrock:
            return try (1 - c[0]).pow(2) + 100 * (c[1] - c[0].pow(2)).pow(2)
        case .saddle:
            return try c[0].pow(2) - c[1].pow(2)
        case .cubic:
            return try c[0].pow(3)
        }
    }

    /// f at a point given as plain numbers (for plots), computed by the same formula.
    public func value(at point: [Double]) throws -> Double {
        let p = Variable(Tensor(point), requiresGrad: false)
        return try withoutGradients { try self(p) }.value.scalars[0]
    }

    /// The scalar components of `p`, after checking its shape.
    private func components(of p: Variable) throws -> [Variable] {
        let shape = p.value.shape
        if inputCount == 1, shape == [] { return [p] }
        guard shape == [inputCount] else {
            throw TestFunctionError.wrongShape(function: name, expected: inputCount, shape: shape)
        }
        return try (0..<inputCount).map { try p.indexed([.at($0)], text: String($0)) }
    }
}

/// A test function given a point it is not defined for, or a bad κ.
public enum TestFunctionError: Error, Equatable, Sendable {
    /// The input is not a vector of `expected` numbers (or one number for the cubic).
    case wrongShape(function: String, expected: Int, shape: [Int])
    /// The ravine's condition number must be finite and positive.
    case invalidKappa(Double)
}

extension TestFunctionError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .wrongShape(function, expected, shape):
            let wanted = expected == 1 ? "one number" : "a vector of \(expected) numbers (x, y)"
            return "\(function) takes \(wanted); this value has shape \(Shape.describe(shape))"
        case let .invalidKappa(kappa):
            return "ravine: kappa must be a finite number > 0, got \(kappa)"
        }
    }
}
