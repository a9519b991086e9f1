import Foundation
import Testing

@testable import Notebook

/// hessian, jacobian, solve, inv and trajectory at the prompt.
@Suite struct SecondOrderBuiltinTests {
    /// The matrix a statement evaluates to, row-major.
    static func scalars(_ source: String, in session: Session) throws -> [Double] {
        run("result = " + source + ";", in: session)
        guard case let .tensor(variable)? = session.bindings["result"] else {
            throw NotebookError.evaluation("no tensor")
        }
        return variable.value.scalars
    }

    /// Seed 003's exercise: f = x1·x4·(x1 + x2 + x3) + x3 at (1, 5, 5, 1), against the analytic
    /// Hessian [[2x4, x4, x4, 2x1+x2+x3], [x4, 0, 0, x1], [x4, 0, 0, x1], [2x1+x2+x3, x1, x1, 0]].
    @Test func hessianOfSeed003MatchesTheAnalyticOne() throws {
        let session = Session()
        run("f(x1, x2, x3, x4) = x1 * x4 * (x1 + x2 + x3) + x3", in: session)
        let (x1, x2, x3, x4) = (1.0, 5.0, 5.0, 1.0)
        let analytic = [
            2 * x4, x4, x4, 2 * x1 + x2 + x3,
            x4, 0, 0, x1,
            x4, 0, 0, x1,
            2 * x1 + x2 + x3, x1, x1, 0,
        ]
        #expect(try Self.scalars("hessian(f, [1, 5, 5, 1])", in: session) == analytic)
        let numeric = try Self.scalars("hessian(f, [1, 5, 5, 1], numeric = true)", in: session)
        #expect(zip(numeric, analytic).allSatisfy { Swift.abs($0 - $1) <= 1e-6 })
        // A function of the whole vector goes through the numeric form only.
        run("g(p) = p[0] * p[3] * (p[0] + p[1] + p[2]) + p[2]", in: session)
        let ofVector = try Self.scalars("hessian(g, [1, 5, 5, 1], numeric = true)", in: session)
        #expect(zip(ofVector, analytic).allSatisfy { Swift.abs($0 - $1) <= 1e-6 })
        #expect(failure("hessian(g, [1, 5, 5, 1])", in: session).contains("numeric = true"))
        #expect(failure("hessian(f, [1, 5, 5, 1], eps = 1e-3)", in: session).contains("give numeric = true with it"))
    }

    @Test func hessianOfRosenbrockAtItsMinimum() throws {
        let session = Session()
        run("q(x, y) = (1 - x)^2 + 100 * (y - x^2)^2", in: session)
        #expect(try Self.scalars("hessian(q, [1, 1])", in: session) == [802, -400, -400, 200])
        let numeric = try Self.scalars("hessian(rosenbrock, [1, 1], numeric = true)", in: session)
        #expect(close(numeric, [802, -400, -400, 200], tolerance: 1e-6))
    }

    @Test func jacobianByAutogradAndByDifferences() throws {
        let session = Session()
        run("h(p) = [p[0] * p[1], p[0] + 3 * p[1], sin(p[0])]", in: session)
        let exact = try Self.scalars("jacobian(h, [2, 5])", in: session)
        #expect(close(exact, [5, 2, 1, 3, Foundation.cos(2.0), 0], tolerance: 1e-15))
        let numeric = try Self.scalars("jacobian(h, [2, 5], numeric = true)", in: session)
        #expect(close(numeric, exact, tolerance: 1e-8))
        // The Jacobian of a constant is zero, not an error.
        run("c(p) = [1, 2]", in: session)
        #expect(try Self.scalars("jacobian(c, [2, 5])", in: session) == [0, 0, 0, 0])
    }

    @Test func solveAndInverse() throws {
        let session = Session()
        #expect(close(try Self.scalars("solve([[4, 1], [2, 3]], [1, 2])", in: session), [0.1, 0.6], tolerance: 1e-15))
        #expect(
            close(try Self.scalars("inv([[4, 1], [2, 3]])", in: session), [0.3, -0.1, -0.2, 0.4], tolerance: 1e-15))
        // A zero in the first pivot position needs a row swap.
        #expect(close(try Self.scalars("solve([[0, 1], [1, 0]], [2, 3])", in: session), [3, 2]))
    }

    @Test func singularMatricesAreClearErrors() {
        #expect(failure("solve([[1, 2], [2, 4]], [1, 2])").contains("the matrix is singular"))
        #expect(failure("inv([[1, 2, 3], [4, 5, 6], [7, 8, 9]])").contains("the matrix is singular"))
        #expect(failure("inv([[0, 0], [0, 0]])").contains("singular"))
        #expect(failure("solve([[1, 2, 3]], [1])").contains("square matrix"))
        #expect(failure("solve([[1, 2], [3, 4]], [1, 2, 3])").contains("do not fit"))
        #expect(failure("inv([[1, nan], [0, 1]])").contains("not a finite number"))
    }

    @Test func trajectoryRecordsEveryStepAndMovesTheParameter() throws {
        let session = Session()
        run("w = [-1.5, 2.0]; opt = sgd(w, lr = 0.001, momentum = 0.9)", in: session)
        run("P = trajectory(opt, rosenbrock, 5);", in: session)
        guard case let .object(path as PathFigure) = session.bindings["P"] else {
            Issue.record("no path")
            return
        }
        #expect(path.points.count == 6)
        #expect(path.points[0] == (-1.5, 2.0))
        #expect(try Self.scalars("P.end", in: session) == Self.scalars("w", in: session))
        #expect(try Self.scalars("opt.steps", in: session) == [5])
        // f of x and y works as f of the point.
        run(
            "q(x, y) = (1 - x)^2 + 100 * (y - x^2)^2; v = [-1.5, 2.0]; o = sgd(v, lr = 0.001, momentum = 0.9); Q = trajectory(o, q, 5);",
            in: session)
        #expect(try Self.scalars("Q.points", in: session) == Self.scalars("P.points", in: session))
    }

    @Test func ctrlCStopsATrajectoryBetweenSteps() throws {
        let session = Session()
        run("w = [-1.5, 2.0]; opt = sgd(w, lr = 0.001)", in: session)
        var polls = 0
        session.interruptRequested = {
            polls += 1
            return polls == 4  // the statement's poll, then steps 1 and 2: stop before step 3
        }
        let result = session.execute("P = trajectory(opt, rosenbrock, 100)")
        #expect(result.interrupted)
        #expect(
            result.text.contains("interrupted at step 3 of 100: the parameter and the optimizer are as after step 2"))
        session.interruptRequested = { false }
        #expect(try Self.scalars("opt.steps", in: session) == [2])
        #expect(session.bindings["P"] == nil)
        run("P = trajectory(opt, rosenbrock, 3);", in: session)
    }

    @Test func trajectoryStopsWhenTheLossIsNotFinite() throws {
        let session = Session()
        run("w = [-1.5, 2.0]; opt = sgd(w, lr = 0.1); P = trajectory(opt, rosenbrock, 100);", in: session)
        guard case let .object(path as PathFigure) = session.bindings["P"] else {
            Issue.record("no path")
            return
        }
        #expect(path.points.count < 101)
        #expect(path.stopReason?.contains("is not finite") == true)
        #expect(run("P", in: session).contains("stopped before step"))
    }

    @Test func trajectoryErrors() {
        let session = Session()
        run("w = [1.0, 2.0, 3.0]; opt = sgd(w, lr = 0.1); v = [1.0, 2.0]; o = sgd(v, lr = 0.1)", in: session)
        #expect(failure("trajectory(opt, rosenbrock, 3)", in: session).contains("one parameter of two numbers"))
        #expect(failure("trajectory(o, rosenbrock, -1)", in: session).contains("from 0 to"))
        #expect(failure("trajectory(o, 3, 10)", in: session).contains("takes a function"))
        #expect(failure("trajectory(3, rosenbrock, 10)", in: session).contains("takes an optimizer"))
        run("k(p) = p", in: session)
        #expect(failure("trajectory(o, k, 3)", in: session).contains("one number as its value"))
    }

    @Test func contourTakesSeveralPathsAndLogLevels() throws {
        let session = Session()
        run("A = [[-1, 2], [0, 1], [1, 1]]; B = [[-1, 2], [-0.5, 0.5], [0.9, 0.8]]", in: session)
        let text = run(
            "contour (1 - x)^2 + 100 * (y - x^2)^2 for x in -2..2, y in -1..3 with A, B levels log size 60, 12",
            in: session)
        #expect(text.contains("1 • A: 3 points, ends at (1, 1)"))
        #expect(text.contains("2 × B: 3 points, ends at (0.9, 0.8)"))
        #expect(text.contains("\"░\" 1 to 10") && text.contains("100 to 1000"))
        #expect(
            failure("contour x * y for x in 0..1, y in 0..1 levels cubic", in: session).contains(
                "levels takes log or linear"))
        // On a colour terminal each path has its colour; the plain text is the same.
        let several = session.execute("contour x * y for x in -2..2, y in -1..3 with A, B size 40, 8").outputs[0]
        let coloured = try #require(several.colouredText)
        #expect(
            coloured.contains("\u{1B}[31m")
                && coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
                    == several.text
        )
        #expect(
            session.execute("contour x * y for x in -2..2, y in -1..3 with A size 40, 8").outputs[0].colouredText == nil
        )
        #expect(
            failure("contour x * y for x in 0..1, y in 0..1 with A, A, A, A, A, A, A", in: session).contains(
                "1 to 6 paths"))
    }
}
