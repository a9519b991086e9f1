import Autograd
import Tensors

/// Setting a parameter or a buffer by its dotted name, as PyTorch's
/// `with torch.no_grad(): net[0].weight.copy_(…)`: the parameter stays the same variable, so
/// optimizers and every binding of it see the new numbers.
extension Module {
    /// Copies `value` into the parameter called `name`; the shape must stay the same. The
    /// accumulated gradient is kept, as `copy_` keeps it.
    public func setParameter(named name: String, to value: Tensor) throws {
        guard let parameter = parameter(named: name) else {
            throw LayerError.invalidArgument(layer: description, "has no parameter \(name)")
        }
        guard value.shape == parameter.value.shape else {
            throw LayerError.invalidArgument(
                layer: description,
                "\(name) has shape \(Shape.describe(parameter.value.shape)), got \(Shape.describe(value.shape))")
        }
        try parameter.assign(value)
    }

    /// Replaces the buffer called `name` (`running_mean`, or `1.running_var` inside a network).
    public func setBuffer(named name: String, to value: Tensor) throws {
        for (prefix, module) in namedModules {
            let local =
                prefix.isEmpty ? name : (name.hasPrefix(prefix + ".") ? String(name.dropFirst(prefix.count + 1)) : nil)
            guard let local, !local.contains("."), module.localBuffers.contains(where: { $0.name == local }) else {
                continue
            }
            guard let batchNorm = module as? BatchNorm1d else { break }
            try batchNorm.setBuffer(local, to: value)
            return
        }
        throw LayerError.invalidArgument(layer: description, "has no buffer \(name)")
    }
}
