/// A loss defined in the session (`L(s, y) = hinge(s, y) + 1e-4 * l2(net)`) written with torch
/// functions (``TorchExpression``): its first parameter is the scores `out`, its second the
/// targets `yb`, and the network being trained is the script's network.
struct LossTranslation {
    /// The Python names of the function's two parameters: the scores and the targets.
    let scores = "out"
    let targets = "yb"
    let definition: FunctionDefinition
    /// The session names that stand for the network being trained, and its name in the script.
    let networkNames: [String]
    let network: String

    /// The loss as a Python expression, or what in it has no torch text.
    func text() -> Result<String, TorchText.Unsupported> {
        TorchExpression { name in
            if name == definition.parameters.first { return .value(scores) }
            if name == definition.parameters.last, definition.parameters.count == 2 { return .value(targets) }
            return networkNames.contains(name) ? .network(network) : nil
        }.text(definition.body)
    }
}
