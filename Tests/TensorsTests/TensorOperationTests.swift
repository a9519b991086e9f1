import Testing

@testable import Tensors

@Suite struct TensorOperationTests {
    func t(_ shape: [Int], _ scalars: [Double]) throws -> Tensor { try Tensor(shape: shape, scalars: scalars) }

    @Test func softmaxIsStableForLargeInputs() throws {
        let large = try Tensor([1000, 1001, 1002]).softmax()
        let small = try Tensor([0, 1, 2]).softmax()
        #expect(large.scalars.allSatisfy { $0.isFinite })
        #expect(large == small)
        let total = large.scalars.reduce(0, +)
        #expect(Swift.abs(total - 1) < 1e-15)
        let logs = try Tensor([-1000, 0, 1000]).logSoftmax()
        #expect(logs.scalars == [-2000, -1000, 0])
    }

    @Test func broadcastingFollowsNumPy() throws {
        #expect(try Shape.broadcast([4, 1, 3], [2, 1], op: "add") == [4, 2, 3])
        #expect(try Shape.broadcast([3], [], op: "add") == [3])
        let sum = try t([2, 1], [10, 20]) + Tensor([1, 2, 3])
        #expect(sum == (try t([2, 3], [11, 12, 13, 21, 22, 23])))
        #expect(try sum.sum(toShape: [3]) == Tensor([32, 34, 36]))
        #expect(try sum.sum(toShape: [2, 1]) == (try t([2, 1], [36, 66])))
    }

    @Test func errorsNameWhatWentWrong() throws {
        #expect(
            throws: TensorError.shapeMismatch(
                op: "add", lhs: [2, 3], rhs: [3, 2], detail: "cannot be broadcast together (axis -2: 2 vs 3)")
        ) {
            try Tensor.zeros([2, 3]) + Tensor.zeros([3, 2])
        }
        let axis = TensorError.axisOutOfRange(op: "sum", axis: 2, rank: 2)
        #expect(throws: axis) { try Tensor.zeros([2, 3]).sum(axis: 2) }
        #expect(axis.description == "sum: axis 2 is out of range for a tensor of rank 2 (valid axes are -2...1)")
        let index = TensorError.indexOutOfRange(index: 3, axis: 1, size: 3)
        #expect(throws: index) { try Tensor.zeros([2, 3]).indexed([.at(0), .at(3)]) }
        #expect(index.description == "index 3 is out of range for axis 1 of size 3 (valid: -3...2)")
        #expect(throws: TensorError.self) { try Tensor.zeros([1 << 20, 1 << 20]) }
        #expect(throws: TensorError.self) { try Tensor.zeros([Int.max, 2]) }
        #expect(throws: TensorError.self) { try Tensor.zeros([-1]) }
    }

    @Test func matmulCoversMatricesAndVectors() throws {
        let a = try t([2, 3], [1, 2, 3, 4, 5, 6])
        #expect(try a.matmul(t([3, 1], [1, 0, -1])) == (try t([2, 1], [-2, -2])))
        #expect(try a.matmul(Tensor([1, 0, -1])) == Tensor([-2, -2]))
        #expect(try Tensor([1, 1]).matmul(a) == Tensor([5, 7, 9]))
        #expect(try Tensor([1, 2, 3]).matmul(Tensor([4, 5, 6])) == Tensor(32))
        #expect(throws: TensorError.self) { try a.matmul(a) }
    }

    @Test func reductionsWithWorkedNumbers() throws {
        let x = try t([2, 2], [1, 2, 3, 6])
        #expect(try x.sum(axis: 0) == Tensor([4, 8]))
        #expect(try x.mean(axis: -1, keepDims: true) == (try t([2, 1], [1.5, 4.5])))
        // mean 3, squared deviations 4, 1, 0, 9 (sum 14): unbiased 14/3, biased 14/4.
        #expect(try x.variance().scalar == 14.0 / 3)
        #expect(try x.variance(unbiased: false).scalar == 3.5)
        #expect(try Tensor([3, 9, 9, 1]).argmax().scalar == 1, "the first of tied maxima")
        #expect(try Tensor([3, .nan, 1]).max().scalar!.isNaN, "NaN propagates, as in PyTorch")
        #expect(throws: TensorError.emptyReduction(op: "max")) { try Tensor.zeros([0]).max() }
        #expect(try Tensor.zeros([0]).sum().scalar == 0)
    }

    @Test func powerFollowsCConventions() {
        #expect(Tensor.power(-2, 3) == -8)
        #expect(Tensor.power(0, 0) == 1)
        #expect(Tensor.power(-2, 0.5).isNaN)
        #expect(Tensor.power(0, -1) == .infinity)
    }

    @Test func indexingAndSlicingFollowPython() throws {
        let x = try Tensor.arange(0, 10)
        #expect(try x.indexed([.slice(start: 2, end: 8, step: 3)]) == Tensor([2, 5]))
        #expect(try x.indexed([.slice(start: nil, end: nil, step: -4)]) == Tensor([9, 5, 1]))
        #expect(try x.indexed([.slice(start: -3, end: 100, step: nil)]) == Tensor([7, 8, 9]))
        #expect(try x.indexed([.slice(start: 5, end: 2, step: nil)]) == (try t([0], [])))
        #expect(try x.indexed([.at(-1)]) == Tensor(9))
        let m = try x.reshaped([2, -1])
        #expect(m.shape == [2, 5])
        #expect(try m.indexed([.all, .at(1)]) == Tensor([1, 6]))
        #expect(
            try m.replacing([.at(0), .slice(start: 0, end: 2, step: nil)], with: Tensor(-1)).scalars.prefix(3) == [
                -1, -1, 2,
            ])
        #expect(throws: TensorError.self) { try x.indexed([.slice(start: nil, end: nil, step: 0)]) }
    }

    @Test func joiningAndPermuting() throws {
        let a = try t([1, 2], [1, 2])
        let b = try t([2, 2], [3, 4, 5, 6])
        #expect(try Tensor.concatenate([a, b], axis: 0) == (try t([3, 2], [1, 2, 3, 4, 5, 6])))
        #expect(throws: TensorError.self) { try Tensor.concatenate([a, b], axis: 1) }
        #expect(try Tensor.stack([Tensor([1, 2]), Tensor([3, 4])], axis: 1) == (try t([2, 2], [1, 3, 2, 4])))
        let cube = try Tensor.arange(0, 24).reshaped([2, 3, 4])
        let permuted = try cube.permuted([2, 0, 1])
        #expect(permuted.shape == [4, 2, 3])
        #expect(try permuted.permuted(Tensor.inversePermutation([2, 0, 1])) == cube)
        #expect(b.transposed == (try t([2, 2], [3, 5, 4, 6])))
    }
}
