import Autograd
import Tensors

extension Loss {
    /// The L2 penalty Σ p² over every element of every parameter given (micrograd's demo adds
    /// alpha · this over ALL parameters, biases included). No ½ and no alpha: write
    /// `1e-4 * l2`. Its gradient is 2p, so SGD's weight_decay λ equals an L2 term with alpha = λ/2.
    /// Zero, without a graph, for no parameters.
    public static func l2Penalty(_ parameters: [Variable]) throws -> Variable {
        try penalty(parameters) { try $0.pow(2).sum() }
    }

    /// The L1 penalty Σ |p| over every element of every parameter given; its gradient is
    /// sign(p) (0 at exactly 0, as PyTorch's `abs`).
    public static func l1Penalty(_ parameters: [Variable]) throws -> Variable {
        try penalty(parameters) { try $0.abs().sum() }
    }

    /// ``l2Penalty(_:)-(Array<Variable>)`` of every parameter of `module` (weights, biases, γ, β).
    public static func l2Penalty(_ module: any Module) throws -> Variable { try l2Penalty(module.parameters) }

    /// ``l1Penalty(_:)-(Array<Variable>)`` of every parameter of `module`.
    public static func l1Penalty(_ module: any Module) throws -> Variable { try l1Penalty(module.parameters) }

    /// Σ over parameters of `term(parameter)`, added in parameter order.
    private static func penalty(_ parameters: [Variable], _ term: (Variable) throws -> Variable) throws -> Variable {
        guard let first = parameters.first else { return Variable(0.0, requiresGrad: false) }
        var total = try term(first)
        for parameter in parameters.dropFirst() { total = try total + term(parameter) }
        return total
    }
}
