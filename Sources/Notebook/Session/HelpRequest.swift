/// Help asked for the way other REPLs ask: `?relu` and `relu?` (IPython, Julia) read as
/// `:help relu`, and `help(relu)` (Python, R) points to it.
enum HelpRequest {
    /// The `:help` entry `source` asks for as `?name` or `name?` (`?` alone: the overview), or
    /// nil. Neither form is valid otherwise, so reading them as help takes nothing away.
    static func rewritten(_ source: String) -> String? {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let text = source.drop(while: isBlank).reversed().drop(while: isBlank).reversed()
        guard text.first == "?" || text.last == "?", !text.contains("\n") else { return nil }
        let topic = String(text).split(whereSeparator: { $0 == "?" || isBlank($0) })
        guard topic.count <= 1 else { return nil }
        return topic.first.map { ":help \($0)" } ?? ":help"
    }

    /// What `help(x)` or a bare `help` says (when the session has not bound `help` itself).
    static func pointer(to arguments: [Argument] = []) -> NotebookError {
        var topic: String?
        if arguments.count == 1 {
            switch arguments[0].value.kind {
            case let .name(name), let .string(name): topic = name
            default: break
            }
        }
        let shown =
            topic.map { ":help \($0) (or ?\($0)) shows \($0)'s entry" }
            ?? ":help NAME (or ?NAME) shows one entry, :help alone lists everything"
        return .evaluation("help is a meta command here, not a function: \(shown)")
    }
}
