/// A guided mode that takes part in a session: a lesson. The notebook declares its meta
/// commands (so that `:help` and completion know them) and hands them, and the learner's
/// answers, to the guide the executable installs; the notebook itself knows no lesson.
public protocol Guide: AnyObject {
    /// Runs `:lessons`, `:lesson ID`, `:next` …
    func run(_ command: GuideCommand, argument: String, session: Session) throws -> [Output]
    /// Takes `source` as the answer to an open exercise and returns what that printed; nil
    /// when no exercise is waiting, so that the session runs it as usual. `evaluate` runs
    /// source in the session without asking the guide again (for exercises answered by
    /// running a statement).
    func answer(_ source: String, session: Session, evaluate: (String) -> Execution) -> Execution?
}

/// The meta commands of guided mode.
public enum GuideCommand: String, Sendable, CaseIterable {
    case lessons, lesson, next, back, hint, skip, `where`
}

extension BuiltinTable {
    static let guideMetaCommands: [MetaCommand] = GuideCommand.allCases.map { command in
        let (signature, summary, example): (String, String, String?) = switch command {
        case .lessons: (":lessons", "Lists the lessons with their progress.", nil)
        case .lesson: (":lesson ID [--restart | --auto]", "Starts lesson ID, or resumes it where you stopped; --restart begins again, --auto runs every step without pausing, filling in the answers.", nil)
        case .next: (":next", "Goes on to the next step of the lesson.", nil)
        case .back: (":back", "Shows the previous step of the lesson again.", nil)
        case .hint: (":hint", "Shows the next hint for the open exercise.", nil)
        case .skip: (":skip", "Skips the open exercise, showing its answer and explanation.", nil)
        case .where: (":where", "Says which lesson and step you are at.", nil)
        }
        return MetaCommand(command.rawValue, signature: signature, summary: summary, example: example) { argument, session, _ in
            guard let guide = session.guide else {
                throw NotebookError.evaluation("lessons are not available in this session")
            }
            return try session.refusingFileWrites("in a lesson's code") { try guide.run(command, argument: argument, session: session) }
        }
    }
}
