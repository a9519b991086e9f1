import NN
import Tensors

/// Writes the body of an exported PyTorch script, one section per `train` run and per network
/// no run trained, collecting the large tensors for the JSON file and what it had to leave out.
struct ScriptWriter {
    let source: ExportSource
    var lines: [String] = []
    /// Tensors too large for the script, by key, in the order written.
    var json: [(key: String, text: String)] = []
    /// What the sections left out, for the list at the top.
    var notes: [String] = []
    /// The session functions written out as a run's loss (not to be listed as left out).
    private(set) var translatedFunctions: Set<String> = []
    /// The loops written by hand, by statement index: nil for one the script writes, else why not.
    var loops: [Int: String?] = [:]
    /// The script's name for each network, optimizer and schedule, by identity.
    var scriptNames: [ObjectIdentifier: String] = [:]
    /// Each object's state in gradbook at the end of the last section that used it: where the
    /// script's torch object stands when the next section takes it up.
    var leftNetworks: [ObjectIdentifier: NetworkState] = [:]
    var leftOptimizers: [ObjectIdentifier: OptimizerState] = [:]
    var leftSchedules: [ObjectIdentifier: ScheduleState] = [:]

    /// The session's statements, parsed once for every section that quotes them.
    let statements: ExportStatements

    init(source: ExportSource) {
        self.source = source
        statements = ExportStatements(source.statements)
    }

    // MARK: Sections

    /// One `train` run: its network, data, optimizer, schedule and loop, then the comparison.
    /// A network, optimizer or schedule an earlier section made goes on as the same torch
    /// object, with its state (ScriptObjects.swift).
    mutating func run(_ record: TrainingRecord, number: Int) {
        let key = "run\(number)"
        let label = "run \(number)"
        let name = scriptName(record.module, preferred: networkName(record.module))
        let optimizer = scriptName(record.optimizer.optimizer, preferred: "opt")
        let schedule = record.schedule.map { scriptName($0.schedule, preferred: "sched") }
        section("Run \(number): \(record.statement)")
        quoteDefinitions(record)
        guard bring(record.start, label: label, key: key, moment: "before the run's first step") else { return }
        lines.append("X = \(tensor(record.data.inputs, key: "\(key).X"))  # the inputs of \(record.data.name)")
        lines.append("y = \(tensor(record.data.targets, key: "\(key).y"))  # its targets")
        if record.hasValidation {
            notes.append("\(label): the validation set (val …) is not exported; it changes no training step")
        }
        let lossText: String
        switch lossCode(record.loss, network: name, module: record.module) {
        case let .success(text): lossText = text
        case let .failure(unsupported):
            notes.append(
                "\(label): the loss \(record.loss?.name ?? "(none chosen)") uses \(unsupported.what), which the script cannot write in torch; the network, data and optimizer are exported, the loop is not"
            )
            lines.append("")
            leave(record.start)
            return
        }
        let taken = record.losses.count
        if taken < record.steps {
            notes.append(
                "\(label): it stopped after \(taken) of \(record.steps) steps; the script takes those \(taken)")
        }
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
            batched
                ? "    xb, yb = X[batches[step]], y[batches[step]]" : "    xb, yb = X, y  # the whole set each step",
            "    out = \(name)(xb)",
            "    loss = \(lossText)",
            "    \(optimizer).zero_grad()",
            "    loss.backward()",
            "    \(optimizer).step()",
        ]
        if let schedule { lines.append("    \(schedule).step()") }
        lines.append("    losses.append(loss.item())")
        if record.evalOutputsAtStart != nil {
            lines.append("# With dropout the masks differ from gradbook's, so these losses are alike, not equal.")
        }
        lines.append(
            "compare(\"run \(number) losses\", losses, \(values(Tensor(record.losses), key: "\(key).losses")))")
        lines.append("")
        leave(record.end ?? record.start)
    }

    /// A bound network no `train` run trained: rebuilt with its parameters as they are now.
    mutating func untrainedNetwork(_ name: String, _ module: any Module) {
        section("Network \(name), as it is now in the session")
        quote(definitionsOf: [name], before: source.statements.count)
        if network(
            scriptName(module, preferred: name), NetworkState(module), construct: true, key: name,
            state: "as they are now")
        {
            lines.append("")
        }
    }

    // MARK: Parts

    /// The loss in torch: a builtin's function, or a session function translated.
    private mutating func lossCode(_ loss: TrainingLoss?, network: String, module: any Module) -> Result<
        String, TorchText.Unsupported
    > {
        switch loss {
        case nil: return .failure(TorchText.Unsupported("no loss (the run took no step)"))
        case let .builtin(name)?:
            return .success(TorchText.loss(name))
        case let .function(definition)?:
            let names = source.networks.filter { $0.module === module }.map(\.name)
            let text = LossTranslation(definition: definition, networkNames: names, network: network).text()
            if case .success = text { translatedFunctions.insert(definition.name) }
            return text.map {
                "\($0)  # \(definition.name)(\(definition.parameters.joined(separator: ", "))) = \(definition.body)"
            }
        }
    }

    /// `net = nn.Sequential(…)` (unless `construct` is false: the script has it already) and
    /// its state; false (with a note) when a layer has no PyTorch counterpart.
    mutating func network(_ name: String, _ network: NetworkState, construct: Bool, key: String, state: String) -> Bool
    {
        switch TorchText.network(network.module) {
        case let .failure(unsupported):
            notes.append(
                "\(name): the layer \(unsupported.what) has no PyTorch counterpart here, so \(name) and what uses it are not exported"
            )
            lines.append("# \(name) is not exported: see the list at the top.")
            lines.append("")
            return false
        case let .success(constructor):
            if construct { lines.append("\(name) = \(constructor)") }
            lines.append("\(name).load_state_dict({  # its parameters and running statistics \(state)")
            for (entry, value) in network.parameters + network.buffers {
                // PyTorch counts batches in an integer buffer.
                let text =
                    entry.hasSuffix("num_batches_tracked") && value.count == 1 && abs(value.scalars[0]) < 1e15
                    ? "torch.tensor(\(Int(value.scalars[0])))" : tensor(value, key: "\(key).\(entry)")
                lines.append("    \"\(entry)\": \(text),")
            }
            lines.append("})")
            return true
        }
    }

    mutating func section(_ title: String) {
        lines.append("# " + String(repeating: "-", count: 78))
        lines.append("# " + title)
    }

    /// The gradbook statements that made what the run uses, quoted as comments.
    private mutating func quoteDefinitions(_ record: TrainingRecord) {
        quote(definitionsOf: record.names, before: record.statementIndex)
    }

    mutating func quote(definitionsOf names: [String], before end: Int) {
        let quoted = statements.definitions(of: names, before: end)
        lines += quoted.map { "# gradbook: " + $0 }
    }

    /// The binding's name for a network, or `net` when it has none now.
    func networkName(_ module: any Module) -> String {
        source.networks.first { $0.module === module }?.name ?? "net"
    }

    /// `torch.tensor([...])` inline for a small tensor, else read from the JSON file.
    mutating func tensor(_ value: Tensor, key: String) -> String {
        guard value.count > TorchExport.inlineLimit else { return "torch.tensor(\(TorchText.list(value)))" }
        json.append((key, TorchText.json(value)))
        return "torch.tensor(DATA[\"\(key)\"])"
    }

    /// A plain list of numbers (losses, outputs) inline or from the JSON file.
    mutating func values(_ value: Tensor, key: String) -> String {
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
