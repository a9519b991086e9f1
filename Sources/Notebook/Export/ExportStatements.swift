/// The session's saved statements as the exporter reads them: which ones a PyTorch script
/// leaves out, and the definitions behind a name.
struct ExportStatements {
    /// Each saved statement, parsed (nil for one that no longer parses).
    let statements: [(text: String, parsed: Statement?)]

    init(_ texts: [String]) {
        statements = texts.map { text in
            let parsed = try? Parser.parse(text, grammar: BuiltinTable.grammar)
            return (text, parsed?.count == 1 ? parsed?.first : nil)
        }
    }

    /// The longest statement quoted in a comment; longer ones end in `…`.
    static let quoteLength = 100

    /// The statements the export leaves out: what is not a definition, a `train` run, a loop
    /// the script writes or a setting — instruments, plots, printed values, functions.
    /// `written` names the functions a run's loop writes out; `loops` tells, by statement
    /// index, the loops written out (nil) and why the others are not.
    func notExported(except written: Set<String>, loops: [Int: String?]) -> [String] {
        statements.enumerated().compactMap { index, entry in
            let (text, statement) = entry
            if let loop = loops[index] { return loop.map { Self.quoted(text) + " (not translated: \($0))" } }
            guard let statement else { return Self.quoted(text) }
            switch statement.kind {
            case .assignment: return nil
            // runs export; modes are set by each run
            case let .command(name, _, _) where ["train", "eval"].contains(name): return nil
            case let .meta(name, _) where ["seed", "digits", "width"].contains(name): return nil
            case let .function(definition) where written.contains(definition.name): return nil
            case .function: return Self.quoted(text) + " (a function no train run uses as its loss)"
            case .repeatLoop, .whileLoop: return Self.quoted(text) + " (a loop that uses no network or optimizer)"
            case .memberAssignment:
                return Self.quoted(text) + " (sets a layer's numbers in place; each run starts from the numbers it had)"
            case .meta: return Self.quoted(text) + " (a session command)"
            case .command, .expression: return Self.quoted(text)
            }
        }
    }

    /// The assignments (the last before statement `end`) that made `names`, and those that made
    /// the names they use in turn, in the order they ran.
    func definitions(of names: [String], before end: Int) -> [String] {
        let before = statements.prefix(Swift.max(end, 0))
        var wanted = names
        var found: Set<Int> = []
        var next = 0
        // Each name is looked up once, so the walk ends however the definitions refer to each other.
        while next < wanted.count {
            let name = wanted[next]
            next += 1
            guard let index = before.lastIndex(where: { Self.assigns(name, $0.parsed) }),
                found.insert(index).inserted,
                case let .assignment(_, _, _, value)? = statements[index].parsed?.kind
            else { continue }
            for used in Expression.names(in: [value]) where !wanted.contains(used) { wanted.append(used) }
        }
        return found.sorted().map { Self.quoted(statements[$0].text) }
    }

    private static func assigns(_ name: String, _ statement: Statement?) -> Bool {
        guard case let .assignment(target, nil, nil, _)? = statement?.kind else { return false }
        return target == name
    }

    /// The statement on one line, as a comment quotes it.
    static func quoted(_ text: String) -> String {
        // The `;` that silenced a statement says nothing in a comment.
        var line = text.split(separator: "\n").joined(separator: " ")
        while line.hasSuffix(";") || line.hasSuffix(" ") { line.removeLast() }
        return line.count <= quoteLength ? line : String(line.prefix(quoteLength - 1)) + "…"
    }
}
