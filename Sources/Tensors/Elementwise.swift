import RealModule

/// Elementwise functions of one tensor: the maths of activations and their friends.
extension Tensor {
    public func exp() -> Tensor { map { Double.exp($0) } }
    public func log() -> Tensor { map { Double.log($0) } }
    public func sqrt() -> Tensor { map { $0.squareRoot() } }
    public func abs() -> Tensor { map { Swift.abs($0) } }
    public func sin() -> Tensor { map { Double.sin($0) } }
    public func cos() -> Tensor { map { Double.cos($0) } }
    public func tanh() -> Tensor { map { Double.tanh($0) } }

    /// `1 / (1 + e^(−x))`, computed without overflow for large |x|.
    public func sigmoid() -> Tensor {
        map { x in
            if x >= 0 { return 1 / (1 + Double.exp(-x)) }
            let e = Double.exp(x)
            return e / (1 + e)
        }
    }

    /// `max(0, x)`; NaN stays NaN.
    public func relu() -> Tensor { map { $0 > 0 || $0.isNaN ? $0 : 0 } }

    /// `x` for x > 0, `slope·x` otherwise (PyTorch's default slope is 0.01).
    public func leakyRelu(slope: Double) -> Tensor { map { $0 > 0 ? $0 : slope * $0 } }

    /// `x` for x > 0, `alpha·(eˣ − 1)` otherwise.
    public func elu(alpha: Double) -> Tensor { map { $0 > 0 ? $0 : alpha * Double.expMinusOne($0) } }

    /// `log(1 + eˣ)`, and `x` itself above 20 (PyTorch's softplus with beta 1, threshold 20).
    public func softplus() -> Tensor { map { $0 > Tensor.softplusThreshold ? $0 : Double.log(onePlus: Double.exp($0)) } }

    /// Above this, softplus(x) is x, as PyTorch's `threshold = 20`.
    public static let softplusThreshold = 20.0

    /// Every element limited to `[min, max]`; either bound may be absent. As in PyTorch, when
    /// `min > max` every element becomes `max`.
    public func clamp(min lower: Double?, max upper: Double?) -> Tensor {
        map { x in
            guard !x.isNaN else { return x }
            var y = x
            if let lower, y < lower { y = lower }
            if let upper, y > upper { y = upper }
            return y
        }
    }
}
