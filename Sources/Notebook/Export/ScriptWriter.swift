import Tensors
import NN

/// Writes the body of an exported PyTorch script, one section per `train` run and per network
/// no run trained, collecting the large tensors for the JSON file and what it had to leave out.
struct ScriptWriter {
    let source: ExportSource
    private(set) var lines: [String] = []
    /// Tensors too large for the script, by key, in the order written.
    private(set) var json: [(key: String, text: String)] = []
    /// What the sections left out, for the list at the top.
    private(set) var notes: [String] = []
    /// The session functions written out as a run's loss (not to be listed as left out).
    private(set) var translatedFunctions: Set<String> = []

    init(source: ExportSource) { self.source = source }

    // MARK: Sections

    /// One `train` run: its network, data, optimizer, schedule and loop, then the comparison.
    mutating func run(_ record: TrainingRecord, number: Int) {
        let name = networkName(record.module)
        let key = "run\(number)"
        section("Run \(number): \(record.statement)")
        quoteDefinitions(record)
        guard network(name, record.module, parameters: record.parametersAtStart, buffers: record.buffersAtStart,
                      key: key, state: "before the run's first step") else { return }
        lines.append("X = \(tensor(record.data.inputs, key: "\(key).X"))  # the inputs of \(record.data.name)")
        lines.append("y = \(tensor(record.data.targets, key: "\(key).y"))  # its targets")
        let parameters: String
        if let names = record.optimizedNames, names.count < record.parametersAtStart.count {
            parameters = "[\(name).get_parameter(n) for n in (" + names.map { "\"\($0)\"" }.joined(separator: ", ") + (names.count == 1 ? ",)" : ")") + "]"
        } else {
            if record.optimizedNames == nil { notes.append("run \(number): the optimizer also updates tensors outside \(name); the script updates \(name)'s parameters only") }
            parameters = "\(name).parameters()"
        }
        lines.append("opt = \(TorchText.optimizer(record.optimizerName, record.optimizerHyperparameters, parameters: parameters))")
        if record.optimizerStepsBefore > 0 {
            notes.append("run \(number): the optimizer had taken \(record.optimizerStepsBefore) step(s) before; its state (moments, buffers) is not exported, so the script starts it afresh and its losses differ")
        }
        if let schedule = record.schedule {
            lines.append("sched = \(TorchText.schedule(schedule.name, schedule.hyperparameters, optimizer: "opt"))")
            if schedule.epochBefore > 0 {
                notes.append("run \(number): the schedule had taken \(schedule.epochBefore) step(s) before; the script starts it afresh")
            }
        }
        if record.hasValidation {
            notes.append("run \(number): the validation set (val …) is not exported; it changes no training step")
        }
        let lossText: String
        switch lossCode(record.loss, network: name, module: record.module) {
        case let .success(text): lossText = text
        case let .failure(unsupported):
            notes.append("run \(number): the loss \(record.loss?.name ?? "(none chosen)") uses \(unsupported.what), which the script cannot write in torch; the network, data and optimizer are exported, the loop is not")
            lines.append("")
            return
        }
        let taken = record.losses.count
        if taken < record.steps { notes.append("run \(number): it stopped after \(taken) of \(record.steps) steps; the script takes those \(taken)") }
        if let outputs = record.evalOutputsAtStart {
            lines += [
                "\(name).eval()  # the outputs before training, dropout off, must match gradbook's exactly",
                "with torch.no_grad():",
                "    compare(\"run \(number) eval-mode outputs at the start\", \(name)(X).flatten().tolist(), \(values(outputs, key: "\(key).eval_outputs")))",
            ]
        }
        let batched = !record.batches.isEmpty
        if batched {
            lines.append("# The rows of each step's mini-batch, as gradbook drew them (a fresh permutation per step).")
            lines.append("batches = \(integers(record.batches.prefix(taken).map { $0 }, key: "\(key).batches"))")
        }
        lines += [
            "losses = []",
            "\(name).train()",
            "for step in range(\(taken)):",
            batched ? "    xb, yb = X[batches[step]], y[batches[step]]" : "    xb, yb = X, y  # the whole set each step",
            "    out = \(name)(xb)",
            "    loss = \(lossText)",
            "    opt.zero_grad()",
            "    loss.backward()",
            "    opt.step()",
        ]
        if record.schedule != nil { lines.append("    sched.step()") }
        lines.append("    losses.append(loss.item())")
        if record.evalOutputsAtStart != nil {
            lines.append("# With dropout the masks differ from gradbook's, so these losses are alike, not equal.")
        }
        lines.append("compare(\"run \(number) losses\", losses, \(values(Tensor(record.losses), key: "\(key).losses")))")
        lines.append("")
    }

    /// A bound network no `train` run trained: rebuilt with its parameters as they are now.
    mutating func untrainedNetwork(_ name: String, _ module: any Module) {
        section("Network \(name), as it is now in the session")
        quote(definitionsOf: [name], before: source.statements.count)
        if network(name, module, parameters: module.namedParameters.map { ($0.name, $0.variable.value) }, buffers: module.namedBuffers,
                   key: name, state: "as they are now") {
            lines.append("")
        }
    }

    // MARK: Parts

    /// The loss in torch: a builtin's function, or a session function translated.
    private mutating func lossCode(_ loss: TrainingLoss?, network: String, module: any Module) -> Result<String, TorchText.Unsupported> {
        switch loss {
        case nil: return .failure(TorchText.Unsupported("no loss (the run took no step)"))
        case let .builtin(name)?: return TorchText.loss(.builtin(name)).map { .success($0) } ?? .failure(TorchText.Unsupported(name.rawValue))
        case let .function(definition)?:
            let names = source.networks.filter { $0.module === module }.map(\.name)
            let text = LossTranslation(definition: definition, networkNames: names, network: network).text()
            if case .success = text { translatedFunctions.insert(definition.name) }
            return text.map { "\($0)  # \(definition.name)(\(definition.parameters.joined(separator: ", "))) = \(definition.body)" }
        }
    }

    /// `net = nn.Sequential(…)` and its state; false (with a note) when a layer has no
    /// PyTorch counterpart.
    private mutating func network(_ name: String, _ module: any Module, parameters: [(name: String, value: Tensor)],
                                  buffers: [(name: String, value: Tensor)],
                                  key: String, state: String) -> Bool {
        switch TorchText.network(module) {
        case let .failure(unsupported):
            notes.append("\(name): the layer \(unsupported.what) has no PyTorch counterpart here, so \(name) and what uses it are not exported")
            lines.append("# \(name) is not exported: see the list at the top.")
            lines.append("")
            return false
        case let .success(constructor):
            lines.append("\(name) = \(constructor)")
            lines.append("\(name).load_state_dict({  # its parameters and running statistics \(state)")
            for (entry, value) in parameters + buffers {
                // PyTorch counts batches in an integer buffer.
                let text = entry.hasSuffix("num_batches_tracked") && value.count == 1 && abs(value.scalars[0]) < 1e15
                    ? "torch.tensor(\(Int(value.scalars[0])))" : tensor(value, key: "\(key).\(entry)")
                lines.append("    \"\(entry)\": \(text),")
            }
            lines.append("})")
            return true
        }
    }

    private mutating func section(_ title: String) {
        lines.append("# " + String(repeating: "-", count: 78))
        lines.append("# " + title)
    }

    /// The gradbook statements that made what the run uses, quoted as comments.
    private mutating func quoteDefinitions(_ record: TrainingRecord) {
        quote(definitionsOf: record.names, before: record.statementIndex)
    }

    private mutating func quote(definitionsOf names: [String], before end: Int) {
        let quoted = ExportStatements(Array(source.statements.prefix(end))).definitions(of: names)
        lines += quoted.map { "# gradbook: " + $0 }
    }

    /// The binding's name for a network, or `net` when it has none now.
    private func networkName(_ module: any Module) -> String {
        source.networks.first { $0.module === module }?.name ?? "net"
    }

    /// `torch.tensor([...])` inline for a small tensor, else read from the JSON file.
    private mutating func tensor(_ value: Tensor, key: String) -> String {
        guard value.count > TorchExport.inlineLimit else { return "torch.tensor(\(TorchText.list(value)))" }
        json.append((key, TorchText.json(value)))
        return "torch.tensor(DATA[\"\(key)\"])"
    }

    /// A plain list of numbers (losses, outputs) inline or from the JSON file.
    private mutating func values(_ value: Tensor, key: String) -> String {
        let flat = (try? value.reshaped([value.count])) ?? value
        guard value.count > TorchExport.inlineLimit else { return TorchText.list(flat) }
        json.append((key, TorchText.json(flat)))
        return "DATA[\"\(key)\"]"
    }

    private mutating func integers(_ rows: [[Int]], key: String) -> String {
        guard rows.reduce(0, { $0 + $1.count }) > TorchExport.inlineLimit else { return TorchText.integers(rows) }
        json.append((key, TorchText.integers(rows)))
        return "DATA[\"\(key)\"]"
    }
}
