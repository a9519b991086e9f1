import RealModule

/// Elementwise functions of maths that are not activations, registered like them so that a
/// builtin, autograd and `derive` come from one entry.
extension ElementwiseFunction {
    static let mathsList: [ElementwiseFunction] = [erf]

    /// Every registered function: the activations, then the maths.
    public static let all: [ElementwiseFunction] = activationList + mathsList

    /// The error function; (1 + erf(x/√2))/2 is Φ(x), the normal distribution's CDF.
    public static let erf = ElementwiseFunction(
        "erf", .maths,
        summary: "The error function, elementwise: (1 + erf(x/√2))/2 is the standard normal CDF Φ(x).",
        helpFormula: "erf(x) = 2/√π ∫₀ˣ e⁻ᵗ² dt;  erf′(x) = 2/√π · e⁻ˣ²", example: "erf([-1, 0, 1])",
        graphFormula: "erf(a)", graphDerivative: "2/√π·exp(−a²)",
        derivativeFormula: 2 / .apply("sqrt", .constant("pi")) * .apply("exp", -.power(.input, 2)),
        value: { x, _ in Double.erf(x) },
        derivative: { x, _, _ in 1.1283791670955126 * Double.exp(-x * x) })  // 2/√π as C's M_2_SQRTPI, as PyTorch
}
