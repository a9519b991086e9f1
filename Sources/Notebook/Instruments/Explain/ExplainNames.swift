import Autograd
import Tensors

/// The names `explain` and the graph picture give the nodes of a graph, and the formulas of its
/// steps written with those names (`n1 = w · x` rather than `a · b`).
///
/// A node bound in the session is called by its binding (its own label first, if it is still
/// bound to it); a node with a label is called by it, or `label_old` when the session now binds
/// that name to another value; any other node gets `n1`, `n2`, … in forward order. Names are handed out walking the topological order,
/// so they are the same on every run.
struct GraphNames {
    private var names: [ObjectIdentifier: String] = [:]
    private let format: NumberFormat

    init(order: [Variable], session: Session) {
        format = session.settings.numberFormat
        var boundNames: [ObjectIdentifier: [String]] = [:]
        for (name, variable) in session.namedTensors {
            boundNames[ObjectIdentifier(variable), default: []].append(name)
        }
        let bound = Set(session.names)
        var used = bound
        // The last number handed out after each stem: every smaller one is taken already, so
        // the search for a free name resumes there (a chain of 100,000 nodes labelled w would
        // otherwise try w_1, w_2, … again for each node).
        var counters: [String: Int] = [:]
        func fresh(_ stem: String) -> String {
            var counter = counters[stem, default: 0]
            repeat { counter += 1 } while used.contains("\(stem)\(counter)")
            counters[stem] = counter
            return "\(stem)\(counter)"
        }
        for node in order {
            let id = ObjectIdentifier(node)
            if let bound = boundNames[id] {
                names[id] = node.label.flatMap { bound.contains($0) ? $0 : nil } ?? bound[0]
                continue
            }
            let name: String
            if let label = node.label, !label.isEmpty {
                // The label may now name another value (x rebound after y = x^2 was computed),
                // or another node of the graph may have taken it.
                if !used.contains(label) {
                    name = label
                } else if bound.contains(label), !used.contains(label + "_old") {
                    name = label + "_old"
                } else {
                    name = fresh(label + "_")
                }
            } else {
                name = fresh("n")
            }
            used.insert(name)
            names[id] = name
        }
    }

    /// The name of a node of the graph; a constant (outside the gradient graph) is written as
    /// its value, or `const(shape)` for a tensor.
    func name(_ node: Variable) -> String {
        if let name = names[ObjectIdentifier(node)] { return name }
        if node.value.count == 1, let x = node.value.scalars.first {
            let text = format.string(x)
            return x < 0 ? "(\(text))" : text
        }
        return "const" + Shape.describe(node.value.shape)
    }

    /// The node's computation with its inputs' names, as `n2 = n1 + b`; just the name for a leaf.
    func definition(_ node: Variable) -> String {
        guard let operation = node.operation else { return name(node) }
        return name(node) + " = " + substitute(operation.formula, node: node)
    }

    /// The local derivative of `node` with respect to input `input`, with names filled in: the
    /// operation's own text (`b` for `a · b`) becomes `x` when the node is `w · x`.
    func localDerivative(_ node: Variable, input: Int) -> String {
        guard let derivatives = node.operation?.localDerivatives, derivatives.indices.contains(input) else {
            return "?"
        }
        return substitute(derivatives[input], node: node)
    }

    /// Replaces the placeholders `a`, `b`, … (the inputs) and `out` (the node itself) in one of
    /// an operation's formulas. Only whole ASCII words are replaced, so `axis` and `bᵀ` keep
    /// their letters apart from the placeholder.
    func substitute(_ formula: String, node: Variable) -> String {
        var replacements: [String: String] = ["out": name(node)]
        for (i, input) in node.inputs.enumerated() { replacements[inputName(i)] = name(input) }
        var result = ""
        var word = ""
        func flush() {
            result += replacements[word] ?? word
            word = ""
        }
        for character in formula {
            if character.isASCII && (character.isLetter || character.isNumber || character == "_") {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
