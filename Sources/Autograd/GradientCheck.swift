import Tensors

/// Autograd's gradient compared with central differences, element by element.
public struct GradientCheck {
    /// One checked partial derivative.
    public struct Entry: Equatable, Sendable {
        /// Which of the checked inputs, in the order given.
        public let input: Int
        /// The element's flat (row-major) index in that input.
        public let index: Int
        public let analytic: Double
        public let numeric: Double
        /// |analytic − numeric| / max(|analytic|, |numeric|, tiny).
        public let relativeError: Double
        /// Whether moving this element by ±eps took the input of an operation with a break
        /// point across it or onto it: this element's finite difference straddles a kink, the
        /// others' need not.
        public let crossedKink: Bool
    }

    public let entries: [Entry]
    /// The step of the central differences (f(x + eps) − f(x − eps)) / 2eps.
    public let eps: Double
    /// The largest relative error over all entries (0 when there are none).
    public let maxRelativeError: Double
    /// Operations with a break point (relu, leaky_relu, abs, clamp) whose input was on the
    /// other side of it, or exactly on it, at some evaluated point: there the derivative jumps
    /// and the finite difference measures neither side's slope.
    public let kinkOperations: [String]

    /// Whether some evaluated input lies across or on a kink.
    public var kinkCrossed: Bool { !kinkOperations.isEmpty }

    /// Whether every entry is within `tolerance` relative error.
    public func passes(tolerance: Double) -> Bool { maxRelativeError <= tolerance }

    /// The denominator floor of the relative error, so that two zeros compare as equal.
    public static let tiny = 1e-12

    /// Checks ∂root/∂input for each of `inputs` (leaves of `root`'s graph) by replaying the
    /// recorded graph at `input ± eps` for one element at a time. `root` must be a scalar.
    /// `elements` picks, per input, the flat indices to check (every element when nil).
    /// `interrupted` is asked before every step of every replay; a yes stops the check with
    /// ``AutogradError/interrupted``.
    public init(
        of root: Variable, wrt inputs: [Variable], elements: [[Int]]? = nil, eps: Double = 1e-6,
        interrupted: () -> Bool = { false }
    ) throws {
        guard eps > 0, eps.isFinite else { throw AutogradError.invalidStep(eps) }
        guard root.value.count == 1 else {
            throw AutogradError.nonScalarOutput(op: "gradcheck", shape: root.value.shape)
        }
        let elements = elements ?? inputs.map { Array(0..<$0.value.count) }
        guard elements.count == inputs.count,
            zip(elements, inputs).allSatisfy({ indices, input in
                indices.allSatisfy { (0..<input.value.count).contains($0) }
            })
        else { throw AutogradError.elementOutOfRange }
        let base = inputs.map { (leaf: $0, value: $0.value) }
        let (analytic, baseSides) = try GradMode.$isEnabled.withValue(true) {
            let replay = try Replay(root, substituting: base, interrupted: interrupted)
            return (try gradients(of: replay.output, wrt: replay.leaves, interrupted: interrupted), KinkSides(replay))
        }
        var entries: [Entry] = []
        var kinks: [String] = baseSides.touching
        for (i, input) in inputs.enumerated() {
            for index in elements[i] {
                var sides: [KinkSides] = []
                let numeric = try GradientCheck.centralDifference(step: eps) { shift in
                    var point = base
                    var scalars = input.value.scalars
                    scalars[index] += shift
                    point[i].value = try Tensor(shape: input.value.shape, scalars: scalars)
                    let replay = try withoutGradients {
                        try Replay(root, substituting: point, interrupted: interrupted)
                    }
                    sides.append(KinkSides(replay))
                    return replay.output.value.scalars[0]
                }
                let crossed = sides.flatMap { baseSides.crossings(to: $0) }
                kinks += crossed
                let a = analytic[i].scalars[index]
                let error = Swift.abs(a - numeric) / Swift.max(Swift.abs(a), Swift.abs(numeric), GradientCheck.tiny)
                entries.append(
                    Entry(
                        input: i, index: index, analytic: a, numeric: numeric, relativeError: error,
                        crossedKink: !crossed.isEmpty))
            }
        }
        self.entries = entries
        self.eps = eps
        self.maxRelativeError = entries.map(\.relativeError).max() ?? 0
        var unique: [String] = []
        for name in kinks where !unique.contains(name) { unique.append(name) }
        self.kinkOperations = unique
    }

    /// (f(+step) − f(−step)) / 2·step.
    static func centralDifference(step: Double, _ f: (Double) throws -> Double) throws -> Double {
        (try f(step) - f(-step)) / (2 * step)
    }
}

/// Which side of each break point every input element of a kinked operation was on.
struct KinkSides {
    private let sides: [(operation: String, signs: [Int])]

    init(_ replay: Replay) {
        sides = replay.steps.compactMap { step in
            let points = step.operation.breakPoints
            guard !points.isEmpty, let input = step.inputs.first else { return nil }
            let signs = input.scalars.flatMap { x in points.map { x > $0 ? 1 : x < $0 ? -1 : 0 } }
            return (step.operation.name, signs)
        }
    }

    /// Operations with an input exactly on a break point.
    var touching: [String] { sides.filter { $0.signs.contains(0) }.map(\.operation) }

    /// Operations whose inputs changed side between these evaluations.
    func crossings(to other: KinkSides) -> [String] {
        Swift.zip(sides, other.sides).filter { $0.signs != $1.signs }.map(\.0.operation)
    }
}
