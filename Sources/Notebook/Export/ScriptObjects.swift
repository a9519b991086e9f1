import NN

/// The torch objects of a script across its sections: each network, optimizer and schedule is
/// made once, under one name, and a later run or loop that uses it again goes on with the
/// same torch object — Adam's moments, the step counts and a schedule's epoch carry forward as
/// they did in gradbook. Where gradbook's object changed between two sections in a way the
/// script does not retrace, the script sets the numbers it can and lists what it cannot.
extension ScriptWriter {
    /// The script's name for an object: the same each time, and no other object's.
    mutating func scriptName(_ object: AnyObject, preferred: String) -> String {
        let id = ObjectIdentifier(object)
        if let name = scriptNames[id] { return name }
        let taken = Set(scriptNames.values)
        var name = preferred
        var suffix = 2
        while taken.contains(name) {
            name = "\(preferred)\(suffix)"
            suffix += 1
        }
        scriptNames[id] = name
        return name
    }

    /// Makes the section's objects, or takes them up from earlier sections; false when a
    /// network has a layer PyTorch lacks (then nothing of the section runs). `moment` says
    /// when the section's numbers are from: "before the run's first step".
    mutating func bring(_ start: ObjectStates, label: String, key: String, moment: String) -> Bool {
        for network in start.networks {
            let id = ObjectIdentifier(network.module)
            let name = scriptName(network.module, preferred: networkName(network.module))
            let key = start.networks.count == 1 ? key : "\(key).\(name)"
            if let left = leftNetworks[id], left.sameNumbers(as: network) {
                lines.append("# \(name) goes on from where the last section left it.")
            } else if leftNetworks[id] != nil {
                guard
                    self.network(
                        name, network, construct: false, key: key,
                        state: "\(moment) (they changed since the last section that used \(name))")
                else { return false }
            } else {
                guard self.network(name, network, construct: true, key: key, state: moment) else { return false }
            }
        }
        for optimizer in start.optimizers { bring(optimizer, networks: start.networks, label: label) }
        for schedule in start.schedules {
            let id = ObjectIdentifier(schedule.schedule)
            let name = scriptName(schedule.schedule, preferred: "sched")
            if let left = leftSchedules[id] {
                lines.append("# \(name) goes on from epoch \(left.epoch).")
                if left.epoch != schedule.epoch {
                    notes.append(
                        "\(label): \(name) took \(schedule.epoch - left.epoch) epoch(s) the script does not take; it goes on from epoch \(left.epoch)"
                    )
                }
            } else {
                let optimizer = scriptName(schedule.schedule.optimizer, preferred: "opt")
                lines.append(
                    "\(name) = \(TorchText.schedule(schedule.schedule.name, schedule.schedule.hyperparameters, optimizer: optimizer))"
                )
                if schedule.epoch > 0 {
                    notes.append(
                        "\(label): the schedule had taken \(schedule.epoch) step(s) before; the script starts it afresh"
                    )
                }
            }
        }
        return true
    }

    private mutating func bring(_ optimizer: OptimizerState, networks: [NetworkState], label: String) {
        let id = ObjectIdentifier(optimizer.optimizer)
        let name = scriptName(optimizer.optimizer, preferred: "opt")
        if let left = leftOptimizers[id] {
            lines.append(
                "# \(name) goes on with its state (\(left.steps) step\(left.steps == 1 ? "" : "s") taken: moments, buffers and step counts carry on)."
            )
            if left.steps != optimizer.steps {
                notes.append(
                    "\(label): \(name) took \(optimizer.steps - left.steps) step(s) the script does not take (outside the runs and loops it writes); its state differs from here on"
                )
            }
            for change in optimizer.changedNumbers(since: left) {
                lines.append(
                    "\(name).param_groups[0][\"\(change.name)\"] = \(TorchText.number(change.value))  # set since the last section that used \(name)"
                )
            }
            return
        }
        lines.append(
            "\(name) = \(TorchText.optimizer(optimizer.optimizer.name, optimizer.hyperparameters, parameters: parameters(of: optimizer, networks: networks, label: label)))"
        )
        if optimizer.steps > 0 {
            notes.append(
                "\(label): the optimizer had taken \(optimizer.steps) step(s) before; its state (moments, buffers) is not exported, so the script starts it afresh and its losses differ"
            )
        }
    }

    /// `net.parameters()`, or the ones the optimizer updates when it updates some of them.
    private mutating func parameters(of optimizer: OptimizerState, networks: [NetworkState], label: String) -> String {
        let updated = optimizer.optimizer.parameters
        for network in networks {
            let named = network.module.namedParameters
            let names = updated.compactMap { p in named.first { $0.variable === p }?.name }
            guard names.count == updated.count else { continue }
            let name = scriptName(network.module, preferred: networkName(network.module))
            if names == named.map(\.name) { return "\(name).parameters()" }
            return "[\(name).get_parameter(n) for n in (" + names.map { "\"\($0)\"" }.joined(separator: ", ")
                + (names.count == 1 ? ",)" : ")") + "]"
        }
        let name = networks.first.map { scriptName($0.module, preferred: networkName($0.module)) } ?? "net"
        notes.append(
            "\(label): the optimizer also updates tensors outside \(name); the script updates \(name)'s parameters only"
        )
        return "\(name).parameters()"
    }

    /// Notes where gradbook's objects stand after a section, for the next one to take up.
    mutating func leave(_ states: ObjectStates) {
        for network in states.networks { leftNetworks[ObjectIdentifier(network.module)] = network }
        for optimizer in states.optimizers { leftOptimizers[ObjectIdentifier(optimizer.optimizer)] = optimizer }
        for schedule in states.schedules { leftSchedules[ObjectIdentifier(schedule.schedule)] = schedule }
    }
}
