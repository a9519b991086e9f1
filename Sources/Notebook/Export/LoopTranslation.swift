/// A loop written by hand as the same loop in Python: `repeat n` becomes `for _ in range(n)`,
/// `while c` `while c:`, `zero opt` `opt.zero_grad()`, `backward loss` `loss.backward()` (its
/// value kept for the comparison with gradbook's), `step opt` `opt.step()`, `set_lr(opt, r)`
/// `opt.param_groups[0]["lr"] = r`, and assignments are written with torch functions
/// (``TorchExpression``).
///
/// A statement that only keeps or shows a value (`losses[k] = loss`, a plot) is left out and
/// listed, as long as nothing the loop keeps reads what it changed; anything else the script
/// cannot say (a function torch lacks, a `train` run, a session command) refuses the whole
/// loop, so that a loop the script writes computes what gradbook's did.
struct LoopTranslation {
    /// What a name the loop reads stands for in the script.
    enum Object {
        case network(String)
        case optimizer(String)
        case schedule(String)
    }

    let objects: [String: Object]
    /// The names bound to tensors when the loop started.
    let tensors: Set<String>

    /// The loop in Python, unindented.
    private(set) var lines: [String] = []
    /// The tensors the loop reads before assigning them, in order: the script sets them first.
    private(set) var inputs: [String] = []
    /// The statements left out, quoted, with why.
    private(set) var leftOut: [String] = []
    /// The first of `zero`, `backward` and `step` in the loop's own body.
    private(set) var firstGradientCommand: String?

    private var assigned: Set<String> = []
    private var read: Set<String> = []
    private var changedByLeftOut: [String: String] = [:]
    /// Lines that run (comments are not statements in Python: a body of them needs `pass`).
    private var code = 0

    init(objects: [String: Object], tensors: Set<String>) {
        self.objects = objects
        self.tensors = tensors
    }

    /// The list the script appends each `backward`'s value to.
    static let losses = "step_losses"

    /// A gradbook name as a Python name: one Python reserves, or the script uses, gets a `_`.
    static func python(_ name: String) -> String {
        reserved.contains(name) ? name + "_" : name
    }

    private static let reserved: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "torch", "nn", "F", "json", "os", "DATA", "compare", "sum", "range", "int", "p", losses, "backward_value",
    ]

    /// Deeper nesting than this is refused (the parser bounds it too).
    private static let maximumDepth = 32

    /// Translates the loop statement; throws what the script cannot say.
    mutating func translate(_ loop: Statement) throws {
        try statement(loop, indent: 0, depth: 0)
        if let name = read.sorted().first(where: { changedByLeftOut[$0] != nil }), let text = changedByLeftOut[name] {
            throw TorchText.Unsupported(
                "\(name) is changed by a statement the script cannot write (\(text)) and read by the rest")
        }
    }

    private mutating func statement(_ s: Statement, indent: Int, depth: Int) throws {
        guard depth < Self.maximumDepth else { throw TorchText.Unsupported("loops nested this deep") }
        let pad = String(repeating: "    ", count: indent)
        let text = ExportStatements.quoted(s.text)
        func with(_ python: String) -> String {
            python == text ? pad + python : pad + python + "  # gradbook: " + text
        }
        switch s.kind {
        case let .assignment(name, nil, compound, value):
            if objects[name] != nil {
                throw TorchText.Unsupported("\(text) binds \(name), which the loop trains, to something else")
            }
            let valueText = try expression(value)
            if compound != nil { reading(name) }
            add(with("\(Self.python(name)) \(compound.map { $0.rawValue } ?? "")= \(valueText)"))
            assigned.insert(name)
        case let .assignment(name, _?, _, _):
            leave(text, pad: pad, changing: name)
        case let .expression(e):
            if case let .call("set_lr", arguments) = e.kind, arguments.count == 2,
                case let .name(target) = arguments[0].value.kind, case let .optimizer(optimizer)? = objects[target]
            {
                add(with("\(optimizer).param_groups[0][\"lr\"] = \(try expression(arguments[1].value))"))
            } else if case .call("set_lr", _) = e.kind {
                throw TorchText.Unsupported("\(text) sets the rate of an optimizer the loop does not name")
            } else {
                leave(text, pad: pad, changing: nil)
            }
        case let .command(name, arguments, clauses):
            try command(name, arguments, clauses, text: text, pad: pad, top: depth == 1)
        case let .repeatLoop(count, body):
            let times: String
            if case let .number(x) = count.kind, x == x.rounded(), abs(x) < 1e15 {
                times = String(Int(x))
            } else {
                times = "int(\(try expression(count)))"
            }
            add(pad + "for _ in range(\(times)):")
            try block(body, indent: indent + 1, depth: depth + 1)
        case let .whileLoop(condition, body):
            add(pad + "while \(try expression(condition)):")
            try block(body, indent: indent + 1, depth: depth + 1)
        case .memberAssignment: throw TorchText.Unsupported("\(text) sets a part of an object in place")
        case .function: throw TorchText.Unsupported("\(text) defines a function inside the loop")
        case .meta: throw TorchText.Unsupported("\(text) is a session command")
        }
    }

    private mutating func block(_ body: [Statement], indent: Int, depth: Int) throws {
        let before = code
        for inner in body { try statement(inner, indent: indent, depth: depth) }
        if code == before { add(String(repeating: "    ", count: indent) + "pass") }
    }

    private mutating func command(
        _ name: String, _ arguments: [Argument], _ clauses: [Clause], text: String, pad: String, top: Bool
    ) throws {
        func object(_ argument: Argument) -> Object? {
            guard case let .name(name) = argument.value.kind else { return nil }
            return objects[name]
        }
        if top, ["zero", "backward", "step"].contains(name), firstGradientCommand == nil {
            firstGradientCommand = name
        }
        switch name {
        case "zero" where clauses.isEmpty && arguments.isEmpty:
            // `zero` alone clears every gradient in the session: in the script, every network's.
            let networks = objects.values.compactMap { object -> String? in
                if case let .network(name) = object { return name }
                return nil
            }.sorted()
            for network in networks { add(pad + "\(network).zero_grad()  # gradbook: \(text)") }
            if networks.isEmpty { leave(text, pad: pad, changing: nil) }
        case "zero" where clauses.isEmpty:
            var owners: [String] = []
            for argument in arguments {
                switch object(argument) {
                case let .network(name)?, let .optimizer(name)?: owners.append(name)
                case .schedule?: throw TorchText.Unsupported("\(text) names a schedule, which has no gradients")
                case nil:
                    // A plain tensor's gradient means nothing to the script: its tensors have none.
                    guard case let .name(tensor) = argument.value.kind,
                        tensors.contains(tensor) || assigned.contains(tensor)
                    else {
                        throw TorchText.Unsupported("\(text) clears \(argument.value), which the script does not hold")
                    }
                }
            }
            if owners.isEmpty {
                leave(text, pad: pad, changing: nil)
            } else if owners.count < arguments.count {
                leftOut.append(text)
            }
            for owner in owners {
                add(
                    pad + "\(owner).zero_grad()"
                        + (owners.count == 1 && arguments.count == 1 ? "  # gradbook: \(text)" : ""))
            }
        case "backward" where clauses.isEmpty && arguments.count == 1:
            let value = arguments[0].value
            var target = try expression(value)
            if case .name = value.kind {
            } else {
                add(pad + "backward_value = \(target)")
                target = "backward_value"
            }
            add(pad + "\(Self.losses).append(\(target).item())")
            add(pad + "\(target).backward()" + (target == "backward_value" ? "  # gradbook: \(text)" : ""))
        case "step" where clauses.isEmpty:
            for argument in arguments {
                switch object(argument) {
                case let .optimizer(name)?, let .schedule(name)?: add(pad + "\(name).step()")
                default: throw TorchText.Unsupported("\(text) steps \(argument.value), which the script does not hold")
                }
            }
        case "train" where clauses.isEmpty, "eval":
            guard arguments.count == 1, case let .network(network)? = object(arguments[0]) else {
                throw TorchText.Unsupported("\(text) names no network of the loop")
            }
            add(pad + "\(network).\(name)()")
        case "train":
            throw TorchText.Unsupported("\(text) is a train run inside the loop")
        default:
            leave(text, pad: pad, changing: nil)
        }
    }

    /// The expression in Python, noting the tensors it reads.
    private mutating func expression(_ e: Expression) throws -> String {
        let (objects, assigned, tensors) = (objects, assigned, tensors)
        let translated = TorchExpression { name in
            if case let .network(network)? = objects[name] { return .network(network) }
            return assigned.contains(name) || tensors.contains(name) ? .value(Self.python(name)) : nil
        }.text(e)
        let text: String
        switch translated {
        case let .success(written): text = written
        case let .failure(unsupported):
            throw TorchText.Unsupported("it uses \(unsupported.what), which the script cannot write in torch")
        }
        Expression.names(in: [e]).forEach { reading($0) }
        return text
    }

    private mutating func reading(_ name: String) {
        read.insert(name)
        if !assigned.contains(name), tensors.contains(name), !inputs.contains(name) { inputs.append(name) }
    }

    private mutating func add(_ line: String) {
        lines.append(line)
        code += 1
    }

    private mutating func leave(_ text: String, pad: String, changing name: String?) {
        lines.append(pad + "# left out: " + text)
        leftOut.append(text)
        if let name, changedByLeftOut[name] == nil { changedByLeftOut[name] = text }
    }
}
