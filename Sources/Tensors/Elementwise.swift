import Functions
import RealModule

/// Elementwise functions of one tensor; the activations come from ``ElementwiseFunction``.
extension Tensor {
    public func exp() -> Tensor { map { Double.exp($0) } }
    public func log() -> Tensor { map { Double.log($0) } }
    public func sqrt() -> Tensor { map { $0.squareRoot() } }
    public func abs() -> Tensor { map { Swift.abs($0) } }
    public func sin() -> Tensor { map { Double.sin($0) } }
    public func cos() -> Tensor { map { Double.cos($0) } }

    /// `f` applied to every element: the kernel of every registered activation and function
    /// of maths (``ElementwiseFunction``), computed as PyTorch computes it.
    public func applying(_ f: ElementwiseFunction) -> Tensor {
        Tensor(
            validShape: shape,
            scalars: Tensor.filled(count) { out in
                scalars.withUnsafeBufferPointer { x in f.values(x, into: out.baseAddress!) }
            })
    }

    /// f′ at every element, given `output` = f of this tensor (the same shape): the local
    /// derivative autograd multiplies the upstream gradient by. A kernel here rather than a
    /// closure in Autograd so that it runs optimised in debug builds too (tests train networks).
    public func derivative(of f: ElementwiseFunction, output: Tensor) -> Tensor {
        Tensor(
            validShape: shape,
            scalars: Tensor.filled(count) { out in
                scalars.withUnsafeBufferPointer { x in
                    output.scalars.withUnsafeBufferPointer { y in
                        for i in 0..<out.count {
                            (out.baseAddress! + i).initialize(to: f.derivative(x[i], output: y[i]))
                        }
                    }
                }
            })
    }

    /// f′ at every element times `upstream` (all three the same shape): the same numbers as
    /// `derivative(of: f, output: output) * upstream`, in one pass and without the temporary.
    public func derivative(of f: ElementwiseFunction, output: Tensor, times upstream: Tensor) -> Tensor {
        Tensor(
            validShape: shape,
            scalars: Tensor.filled(count) { out in
                scalars.withUnsafeBufferPointer { x in
                    output.scalars.withUnsafeBufferPointer { y in
                        upstream.scalars.withUnsafeBufferPointer { g in
                            f.chain(x, output: y.baseAddress!, upstream: g.baseAddress!, into: out.baseAddress!)
                        }
                    }
                }
            })
    }

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
