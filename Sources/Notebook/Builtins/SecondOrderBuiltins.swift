import Autograd
import Symbolic
import Tensors

extension BuiltinTable {
    /// Second-order tools: the Hessian and the Jacobian of a function at a point, and linear
    /// systems — what Newton's method needs.
    static let secondOrderFunctions: [Builtin] = [
        Builtin(
            "hessian", .linearAlgebra,
            [.required("f"), .required("x"), .keyword("numeric", .flag(false)), .keyword("eps", .number(1e-5))],
            summary:
                "The n×n matrix of second derivatives of a scalar function at the point x (n numbers). Exact by default: f(x1, …, xn), one parameter per coordinate, is differentiated symbolically twice, entry by entry (as derive does), and evaluated at x. numeric = true takes central differences of autograd's gradient instead, column j = (∇f(x + eps·eⱼ) − ∇f(x − eps·eⱼ))/(2·eps); that form also takes f of a whole vector (f(p) = rosenbrock(p)). It is not symmetrised, so its asymmetry shows its error.",
            formula: "H[i, j] = ∂²f/∂xᵢ∂xⱼ",
            example: "f(x, y) = x^2 * y + y^3; hessian(f, [1, 2])"
        ) { args, session in
            let x = try args.variable("x").value
            let f = try FunctionArgument(args.value("f"), callee: "hessian", at: args.location, session: session)
            guard x.count >= 1, x.rank <= 1 else {
                throw NotebookError.evaluation(
                    "hessian's x must be a point: a number or a vector, got shape \(Shape.describe(x.shape))",
                    at: args.location)
            }
            if try numeric(args, callee: "hessian") {
                let eps = try args.double("eps")
                return .constant(
                    try NumericDerivatives.hessian(of: { try f.call(at: $0) }, at: x.reshaped([x.count]), eps: eps))
            }
            return .constant(try symbolicHessian(f, at: x.reshaped([x.count]), session: session))
        },
        Builtin(
            "jacobian", .linearAlgebra,
            [.required("f"), .required("x"), .keyword("numeric", .flag(false)), .keyword("eps", .number(1e-6))],
            summary:
                "The m×n matrix of first derivatives of f at x, J[i, j] = ∂fᵢ/∂xⱼ (f's output and x read in row-major order): by autograd, one backward pass per output; numeric = true uses central differences with step eps. For a scalar f it is the gradient as a 1×n row; the Jacobian of the gradient is the Hessian.",
            formula: "J[i, j] = ∂fᵢ(x)/∂xⱼ",
            example: "g(p) = [p[0] * p[1], p[0] + 3 * p[1]]; jacobian(g, [2, 5])"
        ) { args, session in
            let x = try args.variable("x").value
            let f = try FunctionArgument(args.value("f"), callee: "jacobian", at: args.location, session: session)
            if try numeric(args, callee: "jacobian") {
                let eps = try args.double("eps")
                return .constant(
                    try NumericDerivatives.jacobian(
                        of: { point in try withoutGradients { try f.call(at: Variable(point)) }.value }, at: x, eps: eps
                    ))
            }
            return .constant(try autogradJacobian(f, at: x))
        },
        Builtin(
            "solve", .linearAlgebra, [.required("A"), .required("b")],
            summary:
                "The x with A·x = b, for a square matrix A and a vector b (or a matrix of right-hand sides): LU factorisation with partial pivoting, as numpy.linalg.solve, without forming A⁻¹. A singular matrix (a pivot below 1e-12 of A's largest entry) is an error. The result is a constant, outside the graph.",
            formula: "x = A⁻¹b",
            example: "A = [[4, 1], [2, 3]]; solve(A, [1, 2])"
        ) { args, _ in
            .constant(try args.variable("A").value.solve(args.variable("b").value))
        },
        Builtin(
            "inv", .linearAlgebra, [.required("A")],
            summary:
                "The inverse of a square matrix, by LU factorisation with partial pivoting (each column solves A·x = eⱼ). A singular matrix is an error. To apply A⁻¹ to a vector, solve(A, b) is cheaper and more accurate. The result is a constant, outside the graph.",
            formula: "A·A⁻¹ = A⁻¹·A = I",
            example: "inv([[4, 1], [2, 3]])"
        ) { args, _ in
            .constant(try args.variable("A").value.inverse())
        },
    ]

    /// Whether `numeric = true` was given; eps without it would be silently ignored, so it is an error.
    private static func numeric(_ args: Arguments, callee: String) throws -> Bool {
        let numeric = try args.bool("numeric")
        guard numeric || !args.has("eps") else {
            throw NotebookError.evaluation(
                "\(callee)'s eps is the finite-difference step: give numeric = true with it", at: args.location)
        }
        return numeric
    }

    /// ∂²f/∂xᵢ∂xⱼ from f's formula: each entry differentiated symbolically twice, then evaluated.
    private static func symbolicHessian(_ f: FunctionArgument, at x: Tensor, session: Session) throws -> Tensor {
        let wanted = x.count == 1 ? "f(x)" : x.count == 2 ? "f(x1, x2)" : "f(x1, …, x\(x.count))"
        guard let definition = f.definition else {
            throw NotebookError.evaluation(
                "hessian differentiates a formula exactly, so it needs a function you defined, as \(wanted); for a builtin use hessian(f, x, numeric = true)",
                at: f.location)
        }
        guard definition.parameters.count == x.count else {
            throw NotebookError.evaluation(
                "\(definition.name) takes \(definition.parameters.count) parameter(s) and the point has \(x.count) number(s): hessian differentiates the formula exactly, so it needs one parameter per coordinate, as \(wanted); for a function of a whole vector use hessian(\(definition.name), x, numeric = true)",
                at: f.location)
        }
        let names = definition.parameters
        let conversion = DeriveConversion(
            session: session,
            parameters: Dictionary(
                names.map { ($0, Symbolic.Expr.symbol($0)) }, uniquingKeysWith: { first, _ in first }))
        let formula = try conversion.convert(definition.body)
        let point = Dictionary(
            zip(names, x.scalars.map { Variable($0, requiresGrad: false) }), uniquingKeysWith: { first, _ in first })
        let evaluate = DeriveAutograd { symbol in
            if let value = point[symbol] { return value }
            let global = Evaluator(session: session)
            return try global.tensor(
                global.lookup(symbol, at: f.location), for: "\(symbol) in \(definition.name)", at: f.location)
        }
        let n = x.count
        var entries = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            if session.interruptRequested() { throw NotebookError.interrupted }
            let first = try formula.derivative(with: names[i])
            for j in 0..<n {
                let second = try first.derivative(with: names[j])
                let value = try withoutGradients { try evaluate.variable(second) }.value
                guard value.count == 1 else {
                    throw NotebookError.evaluation(
                        "hessian needs a scalar f; \(definition.name) gives shape \(Shape.describe(value.shape))",
                        at: f.location)
                }
                entries[i * n + j] = value.scalars[0]
            }
        }
        return try Tensor(shape: [n, n], scalars: entries)
    }

    /// J[i, j] = ∂fᵢ/∂xⱼ by autograd: one backward pass per output, seeded with eᵢ.
    private static func autogradJacobian(_ f: FunctionArgument, at x: Tensor) throws -> Tensor {
        try GradMode.$isEnabled.withValue(true) {
            let input = Variable(x)
            let output = try f.call(at: input)
            let m = output.value.count
            let n = x.count
            var rows: [Double] = []
            for i in 0..<m {
                if f.session.interruptRequested() { throw NotebookError.interrupted }
                var seed = [Double](repeating: 0, count: m)
                seed[i] = 1
                // An output that does not depend on x gets a row of zeros.
                rows += try gradients(
                    of: output, wrt: [input], upstream: Tensor(shape: output.value.shape, scalars: seed))[0].scalars
            }
            return try Tensor(shape: [m, n], scalars: rows)
        }
    }
}
