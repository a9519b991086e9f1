import Testing

@testable import Tensors

/// Adam's vectorised update must give, on every path, the bits of the formula written out one
/// element at a time in Swift (as Adam.swift computed it before the kernel).
@Suite struct AdamKernelTests {
    struct Buffers: Equatable {
        var p, g, m, v, vMax: [Double]
    }

    static func operands(count: Int, seed: UInt64) -> Buffers {
        var random = RandomSource(seed: seed)
        let scales = [1e-6, 1e-3, 1, 1e3]
        func draw() -> [Double] {
            (0..<count).map { _ in random.normal() * scales[random.integer(below: scales.count)] }
        }
        return Buffers(p: draw(), g: draw(), m: draw(), v: draw().map(Swift.abs), vMax: draw().map(Swift.abs))
    }

    /// The formula, term for term.
    static func reference(_ b: Buffers, _ k: AdamKernel) -> Buffers {
        var b = b
        for j in b.p.indices {
            var g = b.g[j]
            if k.weightDecay != 0 {
                if k.decoupled { b.p[j] = b.p[j] * k.decay } else { g = g + k.weightDecay * b.p[j] }
            }
            b.m[j] = k.beta1 * b.m[j] + (1 - k.beta1) * g
            b.v[j] = k.beta2 * b.v[j] + (1 - k.beta2) * g * g
            var second = b.v[j]
            if k.amsgrad {
                b.vMax[j] = Swift.max(b.vMax[j], b.v[j])
                second = b.vMax[j]
            }
            b.p[j] = b.p[j] - k.stepSize * b.m[j] / (second.squareRoot() / k.correction2Root + k.eps)
        }
        return b
    }

    static func run(_ b: Buffers, _ k: AdamKernel, path: MatrixProductPath) -> Buffers {
        var b = b
        b.p.withUnsafeMutableBufferPointer { p in
            b.g.withUnsafeBufferPointer { g in
                b.m.withUnsafeMutableBufferPointer { m in
                    b.v.withUnsafeMutableBufferPointer { v in
                        b.vMax.withUnsafeMutableBufferPointer { vMax in
                            k.update(p, gradient: g, m: m, v: v, vMax: vMax, path: path)
                        }
                    }
                }
            }
        }
        return b
    }

    @Test(arguments: MatrixProductPath.allCases.filter(\.isAvailable))
    func everyPathAndVariantGivesTheFormulasBits(path: MatrixProductPath) {
        for (weightDecay, decoupled) in [(0.0, false), (0.01, false), (0.01, true)] {
            for amsgrad in [false, true] {
                let kernel = AdamKernel(
                    beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: weightDecay,
                    stepSize: 1e-3 / (1 - 0.9 * 0.9 * 0.9), correction2Root: (1 - 0.999 * 0.999 * 0.999).squareRoot(),
                    decay: 1 - 1e-3 * weightDecay, decoupled: decoupled, amsgrad: amsgrad)
                // Lengths around every vector width, so the remainder loops run too.
                for count in [1, 3, 7, 8, 9, 17, 1000] {
                    let start = Self.operands(count: count, seed: UInt64(count))
                    let expected = Self.reference(start, kernel)
                    let got = Self.run(start, kernel, path: path)
                    #expect(
                        got == expected,
                        "path \(path), decay \(weightDecay) decoupled \(decoupled) amsgrad \(amsgrad), \(count) elements"
                    )
                }
            }
        }
    }
}
