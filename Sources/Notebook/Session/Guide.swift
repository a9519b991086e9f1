/// A guided mode that takes part in a session: a lesson. The notebook declares its meta
/// commands (so that `:help` and completion know them) and hands them, and the learner's
/// answers, to the guide the executable installs; the notebook itself knows no lesson.
public protocol Guide: AnyObject {
    /// Runs `:lessons`, `:lesson ID`, `:next` …
    func run(_ command: GuideCommand, argument: String, session: Session) throws -> [Output]
    /// Sees every entry first: takes `source` as the answer to an open exercise (or as
    /// `:quit` leaving the lesson) and returns what that printed; nil when it is not an answer,
    /// so that the session runs it as usual. `evaluate` runs source in the session without
    /// asking the guide again (for exercises answered by running a statement).
    func answer(_ source: String, session: Session, evaluate: (String) -> Execution) -> Execution?
    /// The ids `:lesson ID` takes, for completion.
    var lessonIDs: [String] { get }
}

extension Guide {
    public var lessonIDs: [String] { [] }
}

/// The meta commands of guided mode.
public enum GuideCommand: String, Sendable, CaseIterable {
    case lessons, lesson, next, back, hint, skip, `where`
}

extension BuiltinTable {
    static let guideMetaCommands: [MetaCommand] = GuideCommand.allCases.map { command in
        let (signature, summary, example): (String, String, String?) =
            switch command {
            case .lessons: (":lessons", "Lists the lessons with their progress.", nil)
            case .lesson:
                (
                    ":lesson ID [--restart | --auto] [--keep | --fresh]",
                    "Starts lesson ID, or resumes it at the exercise where you stopped; --restart begins again, --auto runs every step without pausing, filling in the answers. In a session with variables it first says what it would replace: --keep keeps yours, --fresh starts clean. While an exercise is open, a bare expression (a choice's number) is the answer and other statements run as scratch work; :quit leaves the lesson and keeps the session.",
                    nil
                )
            case .next:
                (":next", "Goes on to the next step of the lesson (after :back, shows the next step as it ran).", nil)
            case .back: (":back", "Shows the previous step as it printed when it ran; nothing runs again.", nil)
            case .hint: (":hint", "Shows the next hint for the open exercise.", nil)
            case .skip:
                (
                    ":skip",
                    "Skips the open exercise, showing its answer and explanation; a command exercise's solution runs, so later steps find its name.",
                    nil
                )
            case .where: (":where", "Says which lesson, step and exercise you are at.", nil)
            }
        return MetaCommand(command.rawValue, saving: .dropped, signature: signature, summary: summary, example: example)
        { argument, session, _ in
            guard let guide = session.guide else {
                throw NotebookError.evaluation("lessons are not available in this session")
            }
            return try session.refusingFileWrites("in a lesson's code") {
                try guide.run(command, argument: argument, session: session)
            }
        }
    }
}

extension Session {
    /// Runs `source` as ``execute(_:origin:firstLine:)`` does, but never as an answer: for the
    /// guide's own statements (a solution it runs for the learner). A lesson may come from
    /// anywhere, so its statements write no files.
    public func executeWithoutGuide(_ source: String) -> Execution {
        refusingFileWrites("in a lesson's code") { executeStatements(source, origin: nil, firstLine: 1) }
    }

    /// Whether `source` is one bare expression (`h1`, `2 * x`): the form an answer to an open
    /// exercise takes. An assignment, a command, a meta command or several statements are
    /// scratch work and run as usual.
    public func isBareExpression(_ source: String) -> Bool {
        guard let statements = try? Parser.parse(source, grammar: BuiltinTable.grammar), statements.count == 1,
            case .expression = statements[0].kind
        else { return false }
        return true
    }

    /// The object bound to `name` (a tensor's variable, a network), so that a guide can tell
    /// whether a statement bound the name anew.
    public func boundObject(_ name: String) -> AnyObject? {
        switch bindings[name] {
        case let .tensor(variable): return variable
        case let .object(object): return object
        default: return nil
        }
    }

    /// What `name` is bound to, if anything.
    public func value(of name: String) -> Value? { bindings[name] }

    /// Binds `name` to `value` as an assignment would, and returns what the assignment prints.
    public func bind(_ name: String, to value: Value) -> [Output] {
        bindings[name] = value
        return [Output(renderer.binding(name, value))]
    }

    /// Runs `body`, then puts the session back as it was before (see ``SessionSnapshot``). A
    /// lesson judges answers this way, so that judging never changes the learner's state.
    public func withoutSideEffects<T>(_ body: () throws -> T) rethrows -> T {
        let snapshot = SessionSnapshot(self)
        defer { snapshot.restore(self) }
        return try body()
    }
}
