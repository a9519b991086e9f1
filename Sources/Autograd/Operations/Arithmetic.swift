import Tensors

extension Operation {
    public static let add = Operation(
        name: "add", formula: "a + b", localDerivatives: ["1", "1"],
        forward: { try $0[0] + $0[1] },
        gradient: .elementwise { _, _ in [Tensor(1), Tensor(1)] })

    public static let subtract = Operation(
        name: "sub", formula: "a − b", localDerivatives: ["1", "−1"],
        forward: { try $0[0] - $0[1] },
        gradient: .elementwise { _, _ in [Tensor(1), Tensor(-1)] })

    public static let multiply = Operation(
        name: "mul", formula: "a · b", localDerivatives: ["b", "a"],
        forward: { try $0[0] * $0[1] },
        gradient: .elementwise { inputs, _ in [inputs[1], inputs[0]] })

    public static let divide = Operation(
        name: "div", formula: "a / b", localDerivatives: ["1/b", "−a/b²"],
        forward: { try $0[0] / $0[1] },
        gradient: .elementwise { inputs, _ in
            let (a, b) = (inputs[0], inputs[1])
            return [b.map { 1 / $0 }, try -a / (b * b)]
        })

    public static let negate = Operation(
        name: "neg", formula: "−a", localDerivatives: ["−1"],
        forward: { -$0[0] },
        gradient: .elementwise { _, _ in [Tensor(-1)] })

    /// `a^k` for a constant exponent. As PyTorch, the derivative is 0 when k = 0 (not 0·a⁻¹).
    public static func power(_ exponent: Double) -> Operation {
        let k = formulaText(exponent)
        return Operation(
            name: "pow", formula: "a^\(k)", localDerivatives: ["\(k)·a^\(formulaText(exponent - 1))"],
            forward: { $0[0].pow(exponent) },
            gradient: .elementwise { inputs, _ in
                [exponent == 0 ? Tensor(0) : inputs[0].pow(exponent - 1).map { exponent * $0 }]
            })
    }

    /// `a^b` for tensors. As PyTorch: ∂/∂a is 0 where b = 0; ∂/∂b is 0 where a = 0 and b ≥ 0.
    public static let powerTensor = Operation(
        name: "pow", formula: "a^b", localDerivatives: ["b·a^(b−1)", "a^b·ln a"],
        forward: { try $0[0].pow($0[1]) },
        gradient: .elementwise { inputs, output in
            let (a, b) = (inputs[0], inputs[1])
            let da = try a.zip(b, op: "pow") { a, b in b == 0 ? 0 : b * Tensor.power(a, b - 1) }
            let db = try output * a.log()
            let zeroBase = try a.zip(b, op: "pow") { a, b in a == 0 && b >= 0 ? 1 : 0 }
            return [da, try zeroBase.zip(db, op: "pow") { isZero, d in isZero == 1 ? 0 : d }]
        })
}

extension Variable {
    public static func + (lhs: Variable, rhs: Variable) throws -> Variable { try apply(.add, to: [lhs, rhs]) }
    public static func - (lhs: Variable, rhs: Variable) throws -> Variable { try apply(.subtract, to: [lhs, rhs]) }
    public static func * (lhs: Variable, rhs: Variable) throws -> Variable { try apply(.multiply, to: [lhs, rhs]) }
    public static func / (lhs: Variable, rhs: Variable) throws -> Variable { try apply(.divide, to: [lhs, rhs]) }
    public static prefix func - (operand: Variable) throws -> Variable { try apply(.negate, to: [operand]) }

    public static func + (lhs: Variable, rhs: Double) throws -> Variable { try lhs + constant(rhs) }
    public static func + (lhs: Double, rhs: Variable) throws -> Variable { try constant(lhs) + rhs }
    public static func - (lhs: Variable, rhs: Double) throws -> Variable { try lhs - constant(rhs) }
    public static func - (lhs: Double, rhs: Variable) throws -> Variable { try constant(lhs) - rhs }
    public static func * (lhs: Variable, rhs: Double) throws -> Variable { try lhs * constant(rhs) }
    public static func * (lhs: Double, rhs: Variable) throws -> Variable { try constant(lhs) * rhs }
    public static func / (lhs: Variable, rhs: Double) throws -> Variable { try lhs / constant(rhs) }
    public static func / (lhs: Double, rhs: Variable) throws -> Variable { try constant(lhs) / rhs }

    /// Every element raised to a constant power.
    public func pow(_ exponent: Double) throws -> Variable { try Variable.apply(.power(exponent), to: [self]) }
    /// Every element raised to the matching element of `exponent` (broadcast).
    public func pow(_ exponent: Variable) throws -> Variable { try Variable.apply(.powerTensor, to: [self, exponent]) }

    /// A number that takes no part in differentiation.
    public static func constant(_ value: Double) -> Variable { Variable(value, requiresGrad: false) }
}
