import RealModule

/// The activations, in the order `:help` lists them. To add one, add its entry here and put it
/// in the list (ARCHITECTURE.md, "How to add an activation").
extension ElementwiseFunction {
    static let activationList: [ElementwiseFunction] = [sigmoid, tanh, relu, leakyRelu, elu, softplus, gelu]

    public static let sigmoid = ElementwiseFunction(
        "sigmoid", .activation(layerName: "Sigmoid"),
        summary: "The logistic function; saturates for large |x|, so its gradient vanishes there.",
        helpFormula: "σ(x) = 1/(1 + e⁻ˣ);  σ′(x) = σ(x)(1 − σ(x)) ≤ 1/4", example: "sigmoid([-4, 0, 4])",
        graphFormula: "σ(a) = 1/(1 + exp(−a))", graphDerivative: "σ(a)·(1 − σ(a))",
        derivativeFormula: .apply("sigmoid", .input) * (1 - .apply("sigmoid", .input)),
        value: { x, _ in
            // Without overflow for large |x|: e⁻ˣ only for x ≥ 0, eˣ otherwise.
            if x >= 0 { return 1 / (1 + Double.exp(-x)) }
            let e = Double.exp(x)
            return e / (1 + e)
        },
        derivative: { _, y, _ in y * (1 - y) })

    public static let tanh = ElementwiseFunction(
        "tanh", .activation(layerName: "Tanh"),
        summary: "The hyperbolic tangent: like sigmoid but centred on zero.",
        helpFormula: "tanh′(x) = 1 − tanh²(x) ≤ 1", example: "tanh([-1, 0, 1])",
        graphFormula: "tanh(a)", graphDerivative: "1 − tanh²(a)",
        derivativeFormula: 1 - .power(.apply("tanh", .input), 2),
        value: { x, _ in Double.tanh(x) }, derivative: { _, y, _ in 1 - y * y })

    public static let relu = ElementwiseFunction(
        "relu", .activation(layerName: "ReLU"),
        summary: "The rectified linear unit.",
        helpFormula: "relu(x) = max(0, x);  relu′(x) = 1 if x > 0 else 0 (0 at x = 0, as PyTorch)",
        example: "relu([-1, 0, 2])",
        graphFormula: "max(0, a)", graphDerivative: "1 if a > 0 else 0", breakPoints: [0],
        derivativeFormula: .ifPositive(.input, then: 1, otherwise: 0),
        // `x <= 0 ? 0 : x` is `x > 0 || x.isNaN ? x : 0` (NaN compares false) in one comparison
        // the compiler turns into a select, not an unpredictable branch.
        value: { x, _ in x <= 0 ? 0 : x }, derivative: { x, _, _ in x > 0 ? 1 : 0 })

    public static let leakyRelu = ElementwiseFunction(
        "leaky_relu", .activation(layerName: "LeakyReLU"), parameter: Parameter("slope", default: 0.01),
        summary: "Like relu, but with a small slope for x ≤ 0 so that neurons do not die.",
        helpFormula: "leaky_relu(x) = x if x > 0 else slope·x;  derivative 1 or slope (slope at 0, as PyTorch)",
        example: "leaky_relu([-10, 5], slope = 0.1)",
        graphFormula: "a if a > 0 else slope·a", graphDerivative: "1 if a > 0 else slope", breakPoints: [0],
        derivativeFormula: .ifPositive(.input, then: 1, otherwise: .parameter),
        value: { x, slope in x > 0 ? x : slope * x }, derivative: { x, _, slope in x > 0 ? 1 : slope })

    public static let elu = ElementwiseFunction(
        "elu", .activation(layerName: "ELU"), parameter: Parameter("alpha", default: 1),
        summary: "The exponential linear unit: smooth for x < 0, tending to −alpha.",
        helpFormula: "elu(x) = x if x > 0 else alpha·(eˣ − 1);  derivative 1 or alpha·eˣ", example: "elu([-2, 0, 2])",
        graphFormula: "a if a > 0 else alpha·(exp(a) − 1)", graphDerivative: "1 if a > 0 else alpha·exp(a)",
        breakPoints: [0],
        derivativeFormula: .ifPositive(.input, then: 1, otherwise: .parameter * .apply("exp", .input)),
        value: { x, alpha in x > 0 ? x : alpha * Double.expMinusOne(x) },
        derivative: { x, _, alpha in x > 0 ? 1 : alpha * Double.exp(x) })

    /// Above this, softplus(x) is x and its derivative 1 (PyTorch's `threshold=20`, `beta=1`);
    /// they differ from log(1 + eˣ) and σ(x) by less than 3·10⁻⁹ there.
    public static let softplusThreshold = 20.0

    public static let softplus = ElementwiseFunction(
        "softplus", .activation(layerName: "Softplus"),
        summary: "A smooth relu: log(1 + eˣ), and x itself above 20, as PyTorch's softplus.",
        helpFormula: "softplus(x) = log(1 + eˣ);  softplus′(x) = σ(x) (1 above 20, as PyTorch)",
        example: "softplus([-2, 0, 2])",
        graphFormula: "log(1 + exp(a))", graphDerivative: "σ(a) (1 above 20)",
        // Above the threshold softplus is x itself, so 1 exactly, as its backward passes.
        derivativeFormula: .ifPositive(
            .input - .number(softplusThreshold), then: 1, otherwise: .apply("sigmoid", .input)),
        value: { x, _ in x > softplusThreshold ? x : Double.log(onePlus: Double.exp(x)) },
        derivative: { x, _, _ in x > softplusThreshold ? 1 : 1 / (1 + Double.exp(-x)) })

    /// PyTorch's exact GELU (`approximate='none'`), term for term as its CPU kernel:
    /// x·½·(1 + erf(x/√2)), and backward Φ(x) + x·φ(x) with φ's constant 2/√π·(1/√2)·½.
    public static let gelu = ElementwiseFunction(
        "gelu", .activation(layerName: "GELU"),
        summary:
            "The Gaussian error linear unit (PyTorch's exact form, approximate='none'): x weighted by Φ(x), the chance that a standard normal is below x; a smooth relu that dips slightly below 0.",
        helpFormula: "gelu(x) = x·Φ(x), Φ(x) = (1 + erf(x/√2))/2;  gelu′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π)",
        example: "gelu([-1, 0, 1])",
        graphFormula: "a·Φ(a)", graphDerivative: "Φ(a) + a·φ(a)",
        derivativeFormula: 0.5 * (1 + .apply("erf", .input / .apply("sqrt", 2)))
            + .input * .apply("exp", -.power(.input, 2) / 2) / .apply("sqrt", 2 * .constant("pi")),
        value: { x, _ in x * 0.5 * (1 + Double.erf(x * 0.7071067811865476)) },  // M_SQRT1_2
        derivative: { x, _, _ in
            let cdf = 0.5 * (1 + Double.erf(x * 0.7071067811865476))
            // M_2_SQRTPI·M_SQRT1_2·½
            let pdf = 1.1283791670955126 * 0.7071067811865476 * 0.5 * Double.exp(x * x * -0.5)
            return cdf + x * pdf
        })
}
