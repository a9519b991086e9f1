import Foundation
import Testing

@testable import Tensors

/// solve and inverse: LU with partial pivoting against systems with known answers.
@Suite struct LinearSolveTests {
    @Test func solvesAndInvertsAWellConditionedMatrix() throws {
        let a = try Tensor(shape: [3, 3], scalars: [2, 1, 1, 4, -6, 0, -2, 7, 2])
        let x = Tensor([5, -2, 9])
        let b = try a.matmul(x)
        let solved = try a.solve(b)
        #expect(zip(solved.scalars, x.scalars).allSatisfy { Swift.abs($0 - $1) < 1e-12 })
        let identity = try a.matmul(a.inverse())
        for i in 0..<3 {
            for j in 0..<3 { #expect(Swift.abs(identity.scalars[i * 3 + j] - (i == j ? 1 : 0)) < 1e-12) }
        }
    }

    @Test func pivotsPastAZeroAndSolvesSeveralRightHandSides() throws {
        let a = try Tensor(shape: [2, 2], scalars: [0, 1, 1, 0])
        let b = try Tensor(shape: [2, 2], scalars: [2, 4, 3, 5])
        #expect(try a.solve(b).scalars == [3, 5, 2, 4])
    }

    @Test func aRequestedInterruptionStopsTheFactorisationAndTheSolves() throws {
        let a = try Tensor(shape: [3, 3], scalars: [4, 1, 0, 1, 3, 1, 0, 1, 2])
        for stopAt in [1, 3, 5] {
            var asked = 0
            let check = Interruption.Check {
                asked += 1
                return asked == stopAt
            }
            #expect(throws: Interrupted.self) {
                try Interruption.$requested.withValue(check) { _ = try a.inverse() }
            }
            #expect(asked == stopAt)
        }
    }

    @Test func singularAndMisshapenMatricesThrow() throws {
        let singular = try Tensor(shape: [2, 2], scalars: [1, 2, 2, 4])
        #expect(throws: TensorError.self) { try singular.solve(Tensor([1, 2])) }
        #expect(throws: TensorError.self) { try singular.inverse() }
        #expect(throws: TensorError.self) { try Tensor([1, 2]).inverse() }
        // Nearly singular to working precision counts as singular.
        let nearly = try Tensor(shape: [2, 2], scalars: [1, 1, 1, 1 + 1e-15])
        #expect(throws: TensorError.self) { try nearly.inverse() }
    }
}
