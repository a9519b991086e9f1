import Autograd
import Tensors

/// Layers applied one after another, as PyTorch's `nn.Sequential`; the children are named by
/// position, `"0"`, `"1"`, …, so parameters read `0.weight`, `2.bias`.
public final class Sequential: Module {
    public let layers: [any Module]
    public var isTraining = true

    /// A container of `layers` in order; labels every parameter with its dotted name.
    public init(_ layers: [any Module]) {
        self.layers = layers
        labelParameters()
    }

    public var children: [(name: String, module: any Module)] {
        layers.enumerated().map { (name: String($0.offset), module: $0.element) }
    }

    public func forward(_ x: Variable, in context: inout ForwardContext) throws -> Variable {
        var output = x
        for layer in layers { output = try layer.forward(output, in: &context) }
        return output
    }

    public var description: String {
        "Sequential(" + layers.map(\.description).joined(separator: ", ") + ")"
    }
}
