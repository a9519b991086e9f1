import NN
import Tensors

/// What `:export torch` reads from a session: nothing else, so that the export is a pure
/// function of it.
struct ExportSource {
    /// The session's current seed (the script seeds torch's generator with it).
    let seed: UInt64
    /// The statements that succeeded, those of `:load`ed scripts included.
    let statements: [String]
    /// The `train` runs and loops written by hand, oldest first.
    let records: [ExportRecord]
    /// The networks bound in the session, by name.
    let networks: [(name: String, module: any Module)]
}

/// A PyTorch script, the JSON beside it when large tensors went there, and what was left out.
struct ExportedScript {
    let script: String
    let json: String?
    let runs: Int
    /// The loops written by hand that the script writes out.
    let loops: Int
    let networks: Int
    let notExported: [String]
}

/// `:export torch`: a session's networks and training runs as a plain PyTorch script that
/// starts from the same numbers and prints how far its per-step losses are from gradbook's.
enum TorchExport {
    /// Tensors with more numbers than this go to the JSON file instead of the script.
    static let inlineLimit = 64

    static func script(_ source: ExportSource, jsonFileName: String) throws -> ExportedScript {
        guard !source.statements.isEmpty || !source.records.isEmpty || !source.networks.isEmpty else {
            throw NotebookError.evaluation(
                "nothing to export: the session is empty. Make a network (net = mlp(2, 16, 1)) and train it (train net on moons(100) with adam(net) for 100 steps), then :export torch FILE.py"
            )
        }
        let trained = source.records.flatMap { $0.start.networks.map { ObjectIdentifier($0.module) } }
        let untrained = source.networks.filter { !trained.contains(ObjectIdentifier($0.module)) }
        guard !source.records.isEmpty || !untrained.isEmpty else {
            throw NotebookError.evaluation(
                "nothing to export: the session has no network. Make one (net = mlp(2, 16, 1)) and train it with train net on DATA with OPT for N steps, then :export torch FILE.py"
            )
        }
        var writer = ScriptWriter(source: source)
        var (runs, loops) = (0, 0)
        for record in source.records {
            switch record {
            case let .train(record):
                runs += 1
                writer.run(record, number: runs)
            case let .loop(record):
                loops += 1
                writer.loop(record, number: loops)
            }
        }
        for network in untrained { writer.untrainedNetwork(network.name, network.module) }
        let notExported =
            writer.statements.notExported(except: writer.translatedFunctions, loops: writer.loops) + writer.notes
        let script =
            header(notExported, seed: source.seed, json: writer.json.isEmpty ? nil : jsonFileName)
            + writer.lines.joined(separator: "\n") + "\n"
        let json =
            writer.json.isEmpty
            ? nil
            : "{\n" + writer.json.map { "  \"\($0.key)\": \($0.text)" }.joined(separator: ",\n") + "\n}\n"
        return ExportedScript(
            script: script, json: json, runs: runs, loops: writer.loops.values.filter { $0 == nil }.count,
            networks: untrained.count, notExported: notExported)
    }

    private static func header(_ notExported: [String], seed: UInt64, json: String?) -> String {
        var lines = [
            "# PyTorch script exported by gradbook (:export torch). Run it with: python3 THIS_FILE.py",
            "# It rebuilds the session's networks, train runs and training loops from the same numbers:",
            "# the parameters before the first step, the data and each step's mini-batch rows are",
            "# written below" + (json.map { " (the large ones in \($0), next to this file)" } ?? "") + ".",
            "# Each run and loop prints how far its per-step losses are from the ones gradbook computed;",
            "# a network, optimizer or schedule used again goes on as the same torch object.",
            "#",
        ]
        if notExported.isEmpty {
            lines.append("# Everything in the session is exported.")
        } else {
            lines.append("# Not exported (PyTorch has no counterpart here, or the script would not be plain PyTorch):")
            lines += notExported.map { "#   - " + $0 }
        }
        lines += ["", json == nil ? nil : "import json", json == nil ? nil : "import os"].compactMap { $0 }
        lines += [
            "import torch",
            "from torch import nn",
            "import torch.nn.functional as F",
            "",
            "torch.set_default_dtype(torch.float64)  # gradbook computes in float64",
            "# Only dropout draws random numbers here; its masks come from torch's own generator,",
            "# seeded as the gradbook session was, so they differ from gradbook's.",
            "torch.manual_seed(\(seed))",
        ]
        if let json {
            lines.append(
                "DATA = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), \"\(json)\")))")
        }
        lines += [
            "",
            "",
            "def compare(what, ours, gradbooks):",
            "    \"\"\"Prints the largest relative difference |a - b| / max(|a|, |b|) between two lists.\"\"\"",
            "    worst = max((abs(a - b) / max(abs(a), abs(b)) for a, b in zip(ours, gradbooks) if a != b), default=0.0)",
            "    print(f\"{what}: largest relative difference from gradbook {worst:.3e} over {len(ours)} values\")",
            "",
            "",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
