import RealModule

/// A function applied to every element on its own — an activation such as relu, or a function
/// of maths such as erf — with everything each part of gradbook needs to know about it, in one
/// value: the numbers (as PyTorch computes them), the derivative (as PyTorch's backward computes
/// it, and as a formula `derive` can print), the texts `:help` and `explain` show, and the name
/// of PyTorch's layer when it can be one.
///
/// The kernel (`Tensor.applying`), the autograd operation (`Operation.elementwise`), the
/// builtin and its help, the layer `act =` accepts, `derive`'s rule and the messages that list
/// activations all read ``all``; nothing else lists them. `RegistryConsistencyTests` checks
/// that every consumer knows every entry.
public struct ElementwiseFunction: Sendable {
    /// The one number a function such as leaky_relu takes besides `x`.
    public struct Parameter: Sendable, Equatable {
        /// Its name as an argument (`slope`).
        public let name: String
        /// PyTorch's default.
        public let defaultValue: Double
        /// The value this function uses.
        public var value: Double

        public init(_ name: String, default defaultValue: Double) {
            self.name = name
            self.defaultValue = defaultValue
            self.value = defaultValue
        }
    }

    /// Whether the function is offered as an activation (a layer, `act =`) or as maths.
    public enum Role: Sendable, Equatable {
        /// An activation, as PyTorch's layer of this name (`ReLU`, `LeakyReLU`).
        case activation(layerName: String)
        case maths
    }

    /// The name in the command language (`leaky_relu`).
    public let name: String
    public let role: Role
    /// The parameter, if the function has one, with the value this copy uses.
    public private(set) var parameter: Parameter?
    /// One line for `:help`.
    public let summary: String
    /// The maths `:help` shows, in Unicode.
    public let helpFormula: String
    /// A call `:help` runs as a demonstration.
    public let example: String
    /// The forward computation and ∂out/∂a as `explain` writes them, in terms of the input `a`;
    /// the parameter's name stands for its value.
    public let graphFormula: String
    public let graphDerivative: String
    /// Where the derivative jumps (relu at 0); a finite-difference check across one is unreliable.
    public let breakPoints: [Double]
    /// The derivative as a formula in the input `u`, for `derive` to print and simplify.
    public let derivativeFormula: Formula

    private let valueRule: @Sendable (_ x: Double, _ parameter: Double) -> Double
    private let derivativeRule: @Sendable (_ x: Double, _ y: Double, _ parameter: Double) -> Double
    // The same rules over whole buffers, made from the closures above where they are written, so
    // that the optimiser compiles each rule into its loop instead of calling it per element.
    private let valuesRule:
        @Sendable (_ x: UnsafeBufferPointer<Double>, _ out: UnsafeMutablePointer<Double>, _ parameter: Double) -> Void
    private let chainRule:
        @Sendable (
            _ x: UnsafeBufferPointer<Double>, _ y: UnsafePointer<Double>, _ upstream: UnsafePointer<Double>,
            _ out: UnsafeMutablePointer<Double>, _ parameter: Double
        ) -> Void

    /// - Parameters:
    ///   - value: f(x), computed as PyTorch computes it.
    ///   - derivative: f′(x) from x and y = f(x), computed as PyTorch's backward does (tanh's
    ///     from its output, 1 − y²), so that gradients match PyTorch's to the last bit.
    @inline(__always)
    public init(
        _ name: String, _ role: Role, parameter: Parameter? = nil, summary: String, helpFormula: String,
        example: String,
        graphFormula: String, graphDerivative: String, breakPoints: [Double] = [], derivativeFormula: Formula,
        value: @escaping @Sendable (_ x: Double, _ parameter: Double) -> Double,
        derivative: @escaping @Sendable (_ x: Double, _ y: Double, _ parameter: Double) -> Double
    ) {
        self.name = name
        self.role = role
        self.parameter = parameter
        self.summary = summary
        self.helpFormula = helpFormula
        self.example = example
        self.graphFormula = graphFormula
        self.graphDerivative = graphDerivative
        self.breakPoints = breakPoints
        self.derivativeFormula = derivativeFormula
        self.valueRule = value
        self.derivativeRule = derivative
        self.valuesRule = { x, out, parameter in
            for i in 0..<x.count { (out + i).initialize(to: value(x[i], parameter)) }
        }
        self.chainRule = { x, y, upstream, out, parameter in
            for i in 0..<x.count { (out + i).initialize(to: derivative(x[i], y[i], parameter) * upstream[i]) }
        }
    }

    /// f(x).
    public func value(_ x: Double) -> Double { valueRule(x, parameter?.value ?? 0) }

    /// f′(x), given y = f(x).
    public func derivative(_ x: Double, output y: Double) -> Double { derivativeRule(x, y, parameter?.value ?? 0) }

    /// f′(x).
    public func derivative(_ x: Double) -> Double { derivative(x, output: value(x)) }

    /// `out[i] = f(x[i])` for every element of `x`, initialising `out`; the same numbers as
    /// ``value(_:)``.
    public func values(_ x: UnsafeBufferPointer<Double>, into out: UnsafeMutablePointer<Double>) {
        valuesRule(x, out, parameter?.value ?? 0)
    }

    /// `out[i] = f′(x[i]) · upstream[i]` (the chain rule's product, in that order) for every
    /// element of `x`, given `y` = f(x); initialises `out`. The same numbers as multiplying
    /// ``derivative(_:output:)`` by the upstream gradient element by element.
    public func chain(
        _ x: UnsafeBufferPointer<Double>, output y: UnsafePointer<Double>, upstream: UnsafePointer<Double>,
        into out: UnsafeMutablePointer<Double>
    ) {
        chainRule(x, y, upstream, out, parameter?.value ?? 0)
    }

    /// This function with its parameter set to `value` (PyTorch's default when nil); unchanged
    /// for a function without a parameter.
    public func with(parameter value: Double?) -> ElementwiseFunction {
        var copy = self
        if let value {
            copy.parameter?.value = value
        } else {
            copy.parameter = parameter.map { Parameter($0.name, default: $0.defaultValue) }
        }
        return copy
    }

    /// PyTorch's layer name for an activation (`ReLU`); nil for a function of maths.
    public var layerName: String? {
        guard case let .activation(layerName) = role else { return nil }
        return layerName
    }

    public var isActivation: Bool { layerName != nil }

    /// The function called `name`, with its parameter set to `parameter` (PyTorch's default
    /// when nil).
    public static func named(_ name: String, parameter: Double? = nil) -> ElementwiseFunction? {
        all.first { $0.name == name }?.with(parameter: parameter)
    }

    /// The activations, in the order `:help` lists them.
    public static var activations: [ElementwiseFunction] { all.filter(\.isActivation) }
}

extension ElementwiseFunction: Equatable {
    /// The same function with the same parameter value.
    public static func == (a: ElementwiseFunction, b: ElementwiseFunction) -> Bool {
        a.name == b.name && a.parameter == b.parameter
    }
}
