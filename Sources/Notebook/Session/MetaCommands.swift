import Autograd
import Tensors

/// A `:command` of the session itself (not of the language): help, variables, settings, files.
struct MetaCommand: Sendable {
    let name: String
    let aliases: [String]
    let saving: Saving
    let help: HelpEntry
    let run: @Sendable (_ argument: String, _ session: Session, _ execution: inout Execution) throws -> [Output]

    /// What `:save` does with a line that runs this command. Every meta command states it (there
    /// is no default), so a new one that changes the session cannot silently drop out of `:save`.
    enum Saving: Sendable {
        /// The line is kept: it changes the session's state (`:seed 1`, `:digits 3`, `:load f.gb`).
        case kept
        /// The line is left out: it only shows, writes or leaves something (`:vars`, `:save`).
        case dropped
        /// The line is left out but the statements it runs are kept, each on its own (`:time`).
        case statementsItRunsKept
    }

    init(
        _ name: String, aliases: [String] = [], saving: Saving, signature: String, summary: String,
        example: String? = nil,
        run: @escaping @Sendable (String, Session, inout Execution) throws -> [Output]
    ) {
        self.name = name
        self.aliases = aliases
        self.saving = saving
        self.help = HelpEntry(
            name: ":" + name, topic: .meta, signature: signature, summary: summary, formula: nil, example: example)
        self.run = run
    }
}

extension BuiltinTable {
    static let sessionMetaCommands: [MetaCommand] = [
        MetaCommand(
            "help", aliases: ["h", "?"], saving: .dropped, signature: ":help [name | topic]",
            summary:
                "Lists everything by topic, or shows one entry: signature, what it does, its formula, and its example run live."
        ) { argument, session, _ in
            HelpPage(settings: session.settings).render(argument)
        },
        MetaCommand(
            "vars", saving: .dropped, signature: ":vars",
            summary: "The session's variables and functions: name, kind, shape and a preview of the value."
        ) { _, session, _ in
            session.variablesTable()
        },
        MetaCommand(
            "seed", saving: .kept, signature: ":seed [n]",
            summary:
                "Restarts the random generator from seed n (a whole number ≥ 0), so that what follows is reproducible; without n, shows the seed.",
            example: ":seed 42"
        ) { argument, session, _ in
            guard !argument.isEmpty else { return [Output("seed \(session.seed)", .info)] }
            guard let seed = UInt64(argument) else {
                throw NotebookError.evaluation(":seed takes a whole number from 0 to \(UInt64.max), got \(argument)")
            }
            session.reseed(seed)
            return [Output("seed \(seed)", .info)]
        },
        MetaCommand(
            "digits", saving: .kept, signature: ":digits [n]",
            summary:
                "Prints numbers with n significant digits (1–17, default 6); 17 prints the shortest text that reads back as exactly the same number.",
            example: ":digits 17"
        ) { argument, session, _ in
            try session.setting(argument, name: "digits", range: 1...17) {
                $0.digits
            } set: {
                $0.digits = $1
            }
        },
        MetaCommand(
            "width", saving: .kept, signature: ":width [n]",
            summary:
                "Lays out what is printed — tensors, tables, explain's steps, train's header — in n columns (20–1000); without n, shows the width.",
            example: ":width 60"
        ) { argument, session, _ in
            try session.setting(argument, name: "width", range: 20...1000) {
                $0.width
            } set: {
                $0.width = $1
            }
        },
        MetaCommand(
            "reset", saving: .dropped, signature: ":reset",
            summary:
                "Forgets every variable and function and restarts the random generator from the session's first seed; print settings stay. At the prompt it asks first when there are variables to lose (:reset! does not).",
            example: ":reset"
        ) { _, session, _ in
            session.resetAsking()
        },
        MetaCommand(
            "load", saving: .kept, signature: ":load file.gb",
            summary: "Runs a script into this session, stopping at its first error (reported as file:line:col)."
        ) { argument, session, execution in
            try session.load(argument, into: &execution)
        },
        MetaCommand(
            "save", saving: .dropped, signature: ":save file.gb",
            summary:
                "Writes the statements that succeeded since the start (or :reset) as a script that :load or gradbook run replays. It never replaces an existing file (:save! does), writes through a symbolic link to the file it names, and writes only regular files. Refused in a replayed transcript and in a lesson's code."
        ) { argument, session, _ in
            try session.save(to: argument, replacing: false)
        },
        MetaCommand(
            "save!", saving: .dropped, signature: ":save! file.gb",
            summary: "Like :save, but replaces the file if it exists."
        ) { argument, session, _ in
            try session.save(to: argument, replacing: true)
        },
        MetaCommand(
            "record", saving: .dropped, signature: ":record [file.t | off]",
            summary:
                "Records what follows as a transcript that gradbook replay checks: header, entries and their output; off stops. It first reruns the statements :save would keep from the session's first seed, so that the file rebuilds every variable. Like :save, it never replaces an existing file (:record! does) and writes only regular files."
        ) { argument, session, _ in
            try session.record(argument, replacing: false)
        },
        MetaCommand(
            "record!", saving: .dropped, signature: ":record! file.t",
            summary: "Like :record, but replaces the file if it exists."
        ) { argument, session, _ in
            try session.record(argument, replacing: true)
        },
        MetaCommand(
            "quit", aliases: ["q", "exit"], saving: .dropped, signature: ":quit",
            summary: "Leaves gradbook (Ctrl-D does too)."
        ) { _, _, execution in
            execution.quit = true
            return []
        },
    ]
}

extension BuiltinTable {
    static func metaCommand(named name: String) -> MetaCommand? {
        metaCommands.first { $0.name == name || $0.aliases.contains(name) }
    }
}

extension Session {
    func runMeta(_ name: String, _ argument: String, at location: SourceLocation, execution: inout Execution) throws
        -> [Output]
    {
        guard let command = BuiltinTable.metaCommand(named: name) else {
            let names = BuiltinTable.metaCommands.map(\.name)
            let hint = Suggestions.nearest(to: name, in: names).map { "; did you mean :\($0)?" } ?? ""
            throw NotebookError.evaluation("unknown command :\(name)\(hint) (see :help)", at: location)
        }
        do {
            return try command.run(argument, self, &execution)
        } catch {
            throw NotebookError.wrap(error, at: location)
        }
    }

    /// Shows a setting, or checks and sets it.
    func setting(
        _ argument: String, name: String, range: ClosedRange<Int>,
        get: (Settings) -> Int, set: (inout Settings, Int) -> Void
    ) throws -> [Output] {
        guard !argument.isEmpty else { return [Output("\(name) \(get(settings))", .info)] }
        guard let n = Int(argument), range.contains(n) else {
            throw NotebookError.evaluation(
                ":\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), got \(argument)")
        }
        set(&settings, n)
        return [Output("\(name) \(n)", .info)]
    }

    /// `:vars`: one row per name, the value's preview filling what the line leaves.
    func variablesTable() -> [Output] {
        guard !bindings.isEmpty else { return [Output("no variables yet", .info)] }
        let rows = names.map { name -> [String] in
            let value = bindings[name]!
            var shape = ""
            if case let .tensor(variable) = value { shape = Shape.describe(variable.value.shape) }
            // Cut again by the table to the room its column gets.
            return [name, value.kindName, shape, renderer.preview(value, width: settings.width)]
        }
        let table = TextTable(
            [
                TextTable.Column("name"), TextTable.Column("kind"), TextTable.Column("shape"),
                TextTable.Column("value", fit: .cut(minimum: 16)),
            ], rows: rows)
        let layout = table.layout(for: settings)
        return layout.header.map { Output($0, .heading) } + layout.body.map { Output($0) }
    }
}

extension String {
    func padding(to width: Int) -> String { self + String(repeating: " ", count: Swift.max(width - count, 0)) }
}
