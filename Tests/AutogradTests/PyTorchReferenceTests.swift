import Tensors
import Testing

@testable import Autograd

/// Every operation's forward value and gradients against PyTorch's (float64), from the numbers
/// scripts/reference/pytorch_reference.py recorded, including PyTorch's conventions at kinks;
/// and std/var of lanes without spread, where PyTorch's std backward passes 0 rather than
/// 0/0 (scripts/reference/zero_spread_reference.py).
@Suite struct PyTorchReferenceTests {
    static let cases = PyTorchReference.cases + ZeroSpreadReference.cases

    @Test(arguments: cases.map(\.name))
    func matchesPyTorch(_ name: String) throws {
        let reference = Self.cases.first { $0.name == name }!
        let inputs = try reference.inputs.map { Variable(try Tensor(shape: $0.shape, scalars: $0.values)) }
        let output = try PyTorchReferenceTests.apply(reference, to: inputs)
        expectClose(output.value, reference.output, "output")
        let upstream = try Tensor(shape: reference.upstream.shape, scalars: reference.upstream.values)
        let grads = try gradients(of: output, wrt: inputs, upstream: upstream)
        for (i, (gradient, expected)) in zip(grads, reference.gradients).enumerated() {
            expectClose(gradient, expected, "gradient of input \(i)")
        }
    }

    /// Equal within 1e-12 relative, or 1e-13 absolute for values that cancel to about zero
    /// (sums whose terms PyTorch adds in another order).
    func expectClose(_ actual: Tensor, _ expected: ReferenceTensor, _ what: String) {
        #expect(actual.shape == expected.shape, "\(what) shape")
        guard actual.shape == expected.shape else { return }
        for (a, e) in zip(actual.scalars, expected.values) {
            let close = a == e || (a.isNaN && e.isNaN) || Swift.abs(a - e) <= 1e-12 * Swift.abs(e) + 1e-13
            #expect(close, "\(what): \(a) vs PyTorch \(e)")
        }
    }

    static func apply(_ reference: ReferenceCase, to v: [Variable]) throws -> Variable {
        let p = reference.params
        let axis = p["axis"].map { Int($0) }
        let keep = p["keepdims"] == 1
        let unbiased = p["unbiased"].map { $0 == 1 } ?? true
        func list(_ prefix: String) -> [Int] {
            (0...).lazy.map { p["\(prefix)\($0)"] }.prefix { $0 != nil }.map { Int($0!) }
        }
        switch reference.op {
        case "add": return try v[0] + v[1]
        case "sub": return try v[0] - v[1]
        case "mul": return try v[0] * v[1]
        case "div": return try v[0] / v[1]
        case "neg": return try -v[0]
        case "pow": return try v[0].pow(v[1])
        case "pow_scalar": return try v[0].pow(p["exponent"]!)
        case "matmul": return try v[0].matmul(v[1])
        case "exp": return try v[0].exp()
        case "log": return try v[0].log()
        case "sqrt": return try v[0].sqrt()
        case "abs": return try v[0].abs()
        case "sin": return try v[0].sin()
        case "cos": return try v[0].cos()
        case "tanh": return try v[0].tanh()
        case "sigmoid": return try v[0].sigmoid()
        case "relu": return try v[0].relu()
        case "leaky_relu": return try v[0].leakyRelu(slope: p["slope"]!)
        case "elu": return try v[0].elu(alpha: p["alpha"]!)
        case "clamp": return try v[0].clamp(min: p["min"], max: p["max"])
        case "sum": return try v[0].sum(axis: axis, keepDims: keep)
        case "mean": return try v[0].mean(axis: axis, keepDims: keep)
        case "var": return try v[0].variance(axis: axis, unbiased: unbiased, keepDims: keep)
        case "std": return try v[0].standardDeviation(axis: axis, unbiased: unbiased, keepDims: keep)
        case "max": return try v[0].max(axis: axis, keepDims: keep)
        case "min": return try v[0].min(axis: axis, keepDims: keep)
        case "softmax": return try v[0].softmax(axis: axis ?? -1)
        case "log_softmax": return try v[0].logSoftmax(axis: axis ?? -1)
        case "reshape": return try v[0].reshaped(list("shape"))
        case "transpose": return try v[0].transposed()
        case "permute": return try v[0].permuted(list("perm"))
        case "index": return try v[0].indexed(parseSubscript(reference.index!), text: reference.index!)
        case "concat": return try Variable.concatenate(v, axis: axis ?? 0)
        case "stack": return try Variable.stack(v, axis: axis ?? 0)
        default:
            Issue.record("no mapping for op \(reference.op)")
            return v[0]
        }
    }

    /// A Python subscript such as `1:, ::2` or `0, -1`.
    static func parseSubscript(_ text: String) -> [TensorIndex] {
        text.split(separator: ",").map { item in
            let parts = item.filter { $0 != " " }.split(separator: ":", omittingEmptySubsequences: false).map {
                Int($0)
            }
            return parts.count == 1
                ? .at(parts[0]!) : .slice(start: parts[0], end: parts[1], step: parts.count > 2 ? parts[2] : nil)
        }
    }
}
