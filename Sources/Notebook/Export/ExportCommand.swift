import Foundation
import NN

extension BuiltinTable {
    /// `:export torch FILE.py` and `:export! …`.
    static let exportMetaCommands: [MetaCommand] = [
        MetaCommand(
            "export", saving: .dropped, signature: ":export torch [file.py]",
            summary:
                "Writes the session's networks, train runs and training loops as a plain PyTorch script (nn.Sequential, torch.optim, a training loop, float64) that starts from the same parameters, data and mini-batches and prints how far its per-step losses (each loop's backward values) are from gradbook's. Large tensors go to file.json beside it. A loop written by hand (repeat/while with zero, backward, step, set_lr) becomes the same loop in Python; a network, optimizer or schedule used again goes on as the same torch object, its state carried forward. What has no PyTorch counterpart (plots, instruments, what a loop only keeps or shows) is listed at the top. Like :save, it never replaces a file (:export! does) and is refused in a replayed transcript and in a lesson's code. Without a file, it prints the script instead (the tensors bound for the JSON file are then only named)."
        ) { argument, session, _ in
            try session.export(argument, replacing: false)
        },
        MetaCommand(
            "export!", saving: .dropped, signature: ":export! torch file.py",
            summary: "Like :export, but replaces the files if they exist."
        ) { argument, session, _ in
            try session.export(argument, replacing: true)
        },
    ]
}

extension Session {
    /// What the exporter reads from this session.
    var exportSource: ExportSource {
        ExportSource(seed: seed, statements: statementsRun, records: exportRecords, networks: networks)
    }

    /// `:export torch file.py`: the script, and `file.json` beside it when large tensors need it.
    func export(_ argument: String, replacing: Bool) throws -> [Output] {
        let command = replacing ? ":export!" : ":export"
        let words = argument.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard words.first == "torch" else {
            throw NotebookError.evaluation(
                "\(command) takes a framework and a file: \(command) torch file.py (PyTorch is the one framework it writes)"
            )
        }
        guard words.count == 2, !words[1].isEmpty else {
            guard !replacing else {
                throw NotebookError.evaluation(":export! needs the file to replace: :export! torch file.py")
            }
            let exported = try TorchExport.script(exportSource, jsonFileName: "FILE.json")
            let json =
                exported.json.map { _ in ["(\(command) torch FILE.py writes the tensors named DATA[…] to FILE.json)"] }
                ?? []
            return exported.script.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
                Output(String($0))
            }
                + json.map { Output($0, .info) }
        }
        let path = words[1]
        try requireFileWrites(command)
        let jsonPath = Session.jsonPath(beside: path)
        let exported = try TorchExport.script(exportSource, jsonFileName: (jsonPath as NSString).lastPathComponent)
        let files = [(path, exported.script)] + (exported.json.map { [(jsonPath, $0)] } ?? [])
        if !replacing,
            let existing = files.first(where: { FileManager.default.fileExists(atPath: UserFiles.expand($0.0)) })
        {
            throw NotebookError.evaluation(
                "\(existing.0) exists; \(":export!") torch \(path) replaces \(files.count == 1 ? "it" : "the files")")
        }
        for (file, text) in files {
            do {
                try UserFiles.create(file, replacing: replacing).write(text)
            } catch let error as UserFileError where error.exists {
                throw NotebookError.evaluation("\(file) exists; :export! torch \(path) replaces it")
            } catch {
                throw NotebookError.evaluation("cannot write \(file): \(UserFiles.describe(error))")
            }
        }
        func counted(_ count: Int, _ what: String) -> String? {
            count == 0 ? nil : "\(count) \(what)\(count == 1 ? "" : "s")"
        }
        let what = [
            counted(exported.runs, "train run"), counted(exported.loops, "training loop"),
            counted(exported.networks, "network"),
        ]
        .compactMap { $0 }
        let listed =
            what.count > 1 ? what.dropLast().joined(separator: ", ") + " and " + what.last! : what.first ?? "nothing"
        var outputs = [
            Output(
                "exported \(listed) to \(path)" + (exported.json == nil ? "" : " (large tensors in \(jsonPath))"), .info
            )
        ]
        if !exported.notExported.isEmpty {
            outputs.append(
                Output(
                    "\(exported.notExported.count) statement(s) or part(s) not exported; the list is at the top of \(path)",
                    .info))
        }
        return outputs
    }

    /// `model.py` → `model.json`; any other name gets `.json` added.
    static func jsonPath(beside path: String) -> String {
        path.hasSuffix(".py") ? String(path.dropLast(3)) + ".json" : path + ".json"
    }
}
