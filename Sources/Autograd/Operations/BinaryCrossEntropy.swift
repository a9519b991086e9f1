import Functions
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Binary cross-entropy as single fused steps, because the composed forms break at the edges:
// with p = 0 and y = 0, y·log p differentiates to 0·∞ = NaN, and log(1 + e⁻ˣ) overflows for
// x = −800. The fused steps use PyTorch's own forward formulas and backward rules, so the
// losses built on them match `F.binary_cross_entropy` and `F.binary_cross_entropy_with_logits`
// element by element, extremes included.

extension Operation {
    /// −(y·max(ln p, −100) + (1 − y)·max(ln(1 − p), −100)), elementwise, for probabilities
    /// `p` (first input, each in [0, 1]) and targets `y` (second input, broadcast).
    ///
    /// The clamp at −100 is PyTorch's: it keeps the loss finite at p = 0 or 1. The gradients
    /// are PyTorch's too: ∂/∂p = (p − y) / max(p·(1 − p), ε) and ∂/∂y = ln(1 − p) − ln p
    /// (unclamped, so it is ±∞ at p = 0 or 1, as in PyTorch). ε is PyTorch's `EPSILON`, 10⁻¹²
    /// as a Float (9.99999996e-13), which shows in the gradient when p(1 − p) is below it.
    public static let binaryCrossEntropy = Operation(
        name: "bce", formula: "−(b·max(ln a, −100) + (1 − b)·max(ln(1 − a), −100))",
        localDerivatives: ["(a − b) / max(a·(1 − a), 1e-12)", "ln(1 − a) − ln a"],
        forward: { inputs in
            let (p, y) = (inputs[0], inputs[1])
            if let outside = p.scalars.first(where: { !($0 >= 0 && $0 <= 1) }) {
                throw TensorError.invalidArgument(
                    op: "bce",
                    "every probability must be between 0 and 1, got \(NumberFormat().string(outside)) (for raw scores use bce_with_logits)"
                )
            }
            return try p.zip(y, op: "bce") { p, y in
                (y - 1) * Swift.max(logOnePlus(-p), -100) - y * Swift.max(naturalLog(p), -100)
            }
        },
        gradient: .elementwise { inputs, _ in
            let (p, y) = (inputs[0], inputs[1])
            let dp = try p.zip(y, op: "bce") { p, y in (p - y) / Swift.max((1 - p) * p, bceGradientFloor) }
            let dy = p.map { p in logOnePlus(-p) - naturalLog(p) }
            return [dp, dy]
        })

    /// (1 − y)·x − log σ(x), elementwise, for raw scores `x` (first input) and targets `y`
    /// (second input, broadcast): binary cross-entropy of σ(x) computed without forming σ(x).
    ///
    /// log σ(x) = min(x, 0) − log(1 + e^(−|x|)) never overflows, so x = ±800 is fine. As in
    /// PyTorch, ∂/∂x = σ(x) − y and ∂/∂y = −x.
    public static let binaryCrossEntropyWithLogits = Operation(
        name: "bce_with_logits", formula: "(1 − b)·a − log σ(a)",
        localDerivatives: ["σ(a) − b", "−a"],
        forward: { inputs in
            try inputs[0].zip(inputs[1], op: "bce_with_logits") { x, y in
                let logSigmoid = Swift.min(x, 0) - logOnePlus(exponential(-Swift.abs(x)))
                return (1 - y) * x - logSigmoid
            }
        },
        gradient: .elementwise { inputs, _ in
            let (x, y) = (inputs[0], inputs[1])
            return [try x.applying(.sigmoid) - y, -x]
        })
}

extension Variable {
    /// Elementwise binary cross-entropy of probabilities `self` against `target`; see
    /// ``Operation/binaryCrossEntropy``.
    public func binaryCrossEntropy(_ target: Variable) throws -> Variable {
        try Variable.apply(.binaryCrossEntropy, to: [self, target])
    }

    /// Elementwise binary cross-entropy of raw scores `self` against `target`; see
    /// ``Operation/binaryCrossEntropyWithLogits``.
    public func binaryCrossEntropyWithLogits(_ target: Variable) throws -> Variable {
        try Variable.apply(.binaryCrossEntropyWithLogits, to: [self, target])
    }
}

/// PyTorch's `constexpr float EPSILON = 1e-12` in the bce backward kernel, widened to Double.
private let bceGradientFloor = Double(Float(1e-12))

// C's functions under names that do not collide with the `Operation.log` and `Operation.exp`
// members inside the extension above.
private func naturalLog(_ x: Double) -> Double { log(x) }
/// ln(1 + x), accurate for small x (PyTorch's `log1p`).
private func logOnePlus(_ x: Double) -> Double { log1p(x) }
private func exponential(_ x: Double) -> Double { exp(x) }
