import NN
import Tensors

extension ScriptWriter {
    /// A loop written by hand (micrograd's demo trains with one): the objects it uses, made or
    /// taken up from earlier sections, the tensors it reads as they were when it started, the
    /// loop in Python (``LoopTranslation``), then the comparison of each `backward`'s value with
    /// gradbook's. A loop the script cannot write is listed at the top, with why, and writes
    /// nothing; the objects it changed are set to gradbook's numbers by the next section.
    mutating func loop(_ record: LoopRecord, number: Int) {
        let key = "loop\(number)"
        let label = "loop \(number)"
        var objects: [String: LoopTranslation.Object] = [:]
        var tensors: Set<String> = []
        for (name, input) in record.inputs {
            switch input {
            case let .network(module):
                objects[name] = .network(scriptName(module, preferred: LoopTranslation.python(name)))
            case let .optimizer(optimizer):
                objects[name] = .optimizer(scriptName(optimizer, preferred: LoopTranslation.python(name)))
            case let .schedule(schedule):
                objects[name] = .schedule(scriptName(schedule, preferred: LoopTranslation.python(name)))
            case .tensor: tensors.insert(name)
            case .other: break
            }
        }
        let networks = record.start.networks.map { scriptName($0.module, preferred: networkName($0.module)) }
        var translation = LoopTranslation(objects: objects, tensors: tensors)
        do {
            try translation.translate(record.statement)
        } catch {
            loops[record.statementIndex] = (error as? TorchText.Unsupported)?.what ?? "\(error)"
            return
        }
        if let optimizer = record.start.optimizers.first(where: { state in
            !record.start.networks.contains { LoopRecord.owns($0.module, state.optimizer) }
        }) {
            loops[record.statementIndex] =
                "its \(optimizer.optimizer.name) optimizer updates tensors outside the networks, which the script does not make"
            return
        }
        section("Loop \(number), written by hand: \(ExportStatements.quoted(record.statement.text))")
        quote(
            definitionsOf: translation.inputs + record.inputs.map(\.name).filter { objects[$0] != nil },
            before: record.statementIndex)
        guard bring(record.start, label: label, key: key, moment: "when the loop started") else {
            loops[record.statementIndex] = "a network in it has a layer PyTorch lacks"
            return
        }
        for name in translation.inputs {
            guard case let .tensor(value)? = record.inputs.first(where: { $0.name == name })?.value else { continue }
            let text = value.rank == 0 ? TorchText.number(value.scalars[0]) : tensor(value, key: "\(key).\(name)")
            lines.append("\(LoopTranslation.python(name)) = \(text)  # as gradbook had it when the loop started")
        }
        for (network, state) in zip(networks, record.start.networks) {
            lines.append("\(network).\(state.training ? "train" : "eval")()  # the mode gradbook's \(network) was in")
        }
        lines.append("\(LoopTranslation.losses) = []  # the value of each backward, to compare with gradbook's")
        lines += translation.lines
        if record.backwardValues.isEmpty {
            lines.append("# The loop ran no backward in gradbook, so there is no loss to compare.")
        } else {
            if record.start.networks.contains(where: { TrainingRecord.hasDropout($0.module) }) {
                lines.append("# With dropout the masks differ from gradbook's, so these losses are alike, not equal.")
            }
            lines.append(
                "compare(\"loop \(number) losses\", \(LoopTranslation.losses), \(values(Tensor(record.backwardValues), key: "\(key).losses")))"
            )
        }
        lines.append("")
        loops[record.statementIndex] = .some(nil)
        notes += translation.leftOut.map { "\(label): \($0) (left out: it changes nothing the loop trains with)" }
        if record.hadGradients, translation.firstGradientCommand != "zero" {
            notes.append(
                "\(label): its first \(translation.firstGradientCommand ?? "step") comes before any zero, so it works with the gradients left from before the loop, which the script may not have"
            )
        }
        leave(record.end ?? record.start)
    }
}
