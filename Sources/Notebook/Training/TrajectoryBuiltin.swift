import Autograd
import NN
import Tensors

extension BuiltinTable {
    /// The most steps one `trajectory` records: enough for any lesson, small enough to print.
    static let maximumTrajectorySteps = 100_000

    /// `trajectory(opt, f, steps)`: an optimizer's path in one statement.
    static let trajectoryFunctions: [Builtin] = [
        Builtin(
            "trajectory", .optimizers, [.required("opt"), .required("f"), .required("steps")],
            summary:
                "Runs steps of an optimizer on a function and returns the path its parameter took, start included (steps + 1 points): each step is zero opt; loss = f(w); backward loss; step opt, on the optimizer's one parameter w, a tensor of two numbers (x, y). w moves, as in a loop by hand, so a second trajectory goes on from where the first stopped. f is a builtin (rosenbrock, ravine, saddle) or your function of w, or of x and y: f(x, y) = …. contour … with P draws the path; P.values holds f at every point, P.end the last point. A loss or gradient that is not finite stops the run before the update, and the path says at which step. Ctrl-C stops it between two steps.",
            example:
                "w = [-1.5, 2.0]; opt = sgd(w, lr = 0.001, momentum = 0.9); P = trajectory(opt, rosenbrock, 100); P.end"
        ) { args, session in
            try runTrajectory(args, session)
        }
    ]

    private static func runTrajectory(_ args: Arguments, _ session: Session) throws -> Value {
        let optimizer = try optimizerArgument(args.value("opt"), callee: "trajectory", at: args.location).optimizer
        let f = try FunctionArgument(args.value("f"), callee: "trajectory", at: args.location, session: session)
        let steps = try args.int("steps")
        guard (0...maximumTrajectorySteps).contains(steps) else {
            throw NotebookError.evaluation(
                "trajectory's steps must be from 0 to \(maximumTrajectorySteps), got \(steps)", at: args.location)
        }
        guard optimizer.parameters.count == 1, optimizer.parameters[0].value.count == 2 else {
            let shapes = optimizer.parameters.map { Shape.describe($0.value.shape) }.joined(separator: ", ")
            throw NotebookError.evaluation(
                "trajectory follows one parameter of two numbers (x, y), as w = [-1.5, 2.0]; this optimizer has \(optimizer.parameters.count) of shape \(shapes)",
                at: args.location)
        }
        let w = optimizer.parameters[0]
        func point() -> (x: Double, y: Double) { (w.value.scalars[0], w.value.scalars[1]) }
        func loss() throws -> Variable {
            let value = try f.call(at: w)
            guard value.value.count == 1 else {
                throw NotebookError.evaluation(
                    "trajectory needs a function with one number as its value; it gave shape \(Shape.describe(value.value.shape))",
                    at: args.location)
            }
            return value
        }
        var points = [point()]
        var values: [Double] = []
        var stopReason: String?
        let format = session.settings.numberFormat
        for step in stride(from: 1, through: steps, by: 1) {
            if session.interruptRequested() {
                let done = step - 1
                throw NotebookError(
                    .interrupted,
                    "interrupted at step \(step) of \(steps): "
                        + (done == 0
                            ? "no step was taken" : "the parameter and the optimizer are as after step \(done)"),
                    at: args.location)
            }
            optimizer.zeroGrad()
            let current = try GradMode.$isEnabled.withValue(true) { try loss() }
            values.append(current.value.scalars[0])
            guard current.value.scalars[0].isFinite else {
                stopReason = "stopped before step \(step): f = \(format.string(current.value.scalars[0])) is not finite"
                break
            }
            try current.backward()
            if let gradient = w.grad, !gradient.scalars.allSatisfy(\.isFinite) {
                stopReason = "stopped before step \(step): the gradient is not finite"
                break
            }
            try optimizer.step()
            points.append(point())
        }
        if values.count < points.count { values.append(try withoutGradients { try loss() }.value.scalars[0]) }
        return .object(PathFigure(points: points, values: values, stopReason: stopReason))
    }
}
