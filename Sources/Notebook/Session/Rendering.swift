import Autograd
import Tensors

/// Values as text: the one place that decides how the notebook prints things.
struct Renderer {
    let settings: Settings

    /// A value on its own; continuation lines of a tensor are indented by `indent`.
    func render(_ value: Value, indent: Int = 0) -> String {
        switch value {
        case let .tensor(variable): return settings.tensorFormat.string(variable.value, indent: indent)
        case let .string(text): return "\"\(text)\""
        case let .bool(b): return b ? "true" : "false"
        case let .range(low, high): return "\(number(low))..\(number(high))"
        case let .function(definition): return function(definition)
        case let .builtin(builtin): return "\(builtin.signature): builtin — \(builtin.summary)"
        case let .object(object): return fitted(object.render(settings: settings))
        }
    }

    /// `name = value`, tensor rows aligned under the first.
    func binding(_ name: String, _ value: Value) -> String {
        if case .function = value { return render(value) }
        if case let .object(object) = value { return fitted("\(name) = " + object.render(settings: settings)) }
        return "\(name) = " + render(value, indent: name.count + 3)
    }

    /// An object's description (`Adam(lr=0.01, betas=…) on …`) with each line too wide for the
    /// width broken between its terms; its tables are laid out to the width already.
    private func fitted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { FormulaWrap.lines(String($0), width: settings.width) }
            .joined(separator: "\n")
    }

    func function(_ definition: FunctionDefinition) -> String {
        "\(definition.name)(\(definition.parameters.joined(separator: ", "))) = \(definition.body.text(settings.numberFormat))"
    }

    func number(_ x: Double) -> String { settings.numberFormat.string(x) }

    /// A one-line preview for `:vars`, cut to `width` characters.
    func preview(_ value: Value, width: Int) -> String {
        let flat: String
        if case let .tensor(variable) = value {
            flat = compact(variable.value.scalars[...], shape: variable.value.shape[...], budget: width)
        } else if case let .object(object) = value {
            // As written, before it is broken to the width (a preview is cut instead), its lines
            // and their indentation run together.
            flat = object.render(settings: settings).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(
                separator: " ")
        } else {
            flat = render(value).split(separator: "\n").joined(separator: " ")
        }
        return TextWrap.cut(flat, width: width, ellipsis: settings.ellipsis)
    }

    /// Nested brackets without alignment, stopping once `budget` characters are written.
    private func compact(_ scalars: ArraySlice<Double>, shape: ArraySlice<Int>, budget: Int) -> String {
        guard let size = shape.first else { return scalars.first.map(number) ?? "" }
        let stride = size == 0 ? 0 : scalars.count / size
        var parts: [String] = []
        var used = 0
        for i in 0..<size where used <= budget {
            let start = scalars.startIndex + i * stride
            let part = compact(scalars[start..<(start + stride)], shape: shape.dropFirst(), budget: budget - used)
            used += part.count + 2
            parts.append(part)
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
