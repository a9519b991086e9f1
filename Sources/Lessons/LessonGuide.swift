import Notebook

/// Guided mode in a session: `:lessons`, `:lesson ID`, and while a lesson runs, `:next`,
/// `:back`, `:hint`, `:skip`, `:where` and answers typed at the prompt. Progress is saved after
/// every move when a store is given (never in replayed transcripts or tests).
public final class LessonGuide: Guide {
    public let library: LessonLibrary?
    public let progress: ProgressStore?
    private var runner: LessonRunner?
    /// While `--auto` answers for the learner, its statements run as statements.
    private var answeringForTheLearner = false

    public init(library: LessonLibrary?, progress: ProgressStore?) {
        self.library = library
        self.progress = progress
    }

    public func run(_ command: GuideCommand, argument: String, session: Session) throws -> [Output] {
        let style = LessonRunner.Style(session.settings)
        switch command {
        case .lessons: return list()
        case .lesson: return try start(argument, in: session, style: style)
        default: break
        }
        guard let runner else { throw NotebookError(.evaluation, "no lesson is running; :lessons lists them, :lesson ID starts one") }
        let outputs: [Output]
        switch command {
        case .next: outputs = runner.next(in: session, style: style)
        case .back: outputs = runner.back(in: session, style: style)
        case .hint: outputs = runner.hint(style: style)
        case .skip: outputs = runner.skip(in: session, style: style)
        case .where: outputs = [Output(runner.position, .info)]
        case .lessons, .lesson: outputs = []
        }
        save(runner)
        return outputs
    }

    public func answer(_ source: String, session: Session, evaluate: (String) -> Execution) -> Execution? {
        guard let runner, runner.open != nil, !answeringForTheLearner else { return nil }
        let trimmed = source.trimmingCharacters(in: " \t\n")
        // Meta commands (`:hint`) and empty lines are not answers.
        guard !trimmed.isEmpty, !trimmed.hasPrefix(":") else { return nil }
        let result = runner.answer(source, in: session, style: LessonRunner.Style(session.settings), evaluate: evaluate)
        save(runner)
        return result
    }

    private func start(_ argument: String, in session: Session, style: LessonRunner.Style) throws -> [Output] {
        var words = argument.split(separator: " ").map(String.init)
        let auto = words.contains("--auto"), restart = words.contains("--restart")
        words.removeAll { $0 == "--auto" || $0 == "--restart" }
        if let unknown = words.first(where: { $0.hasPrefix("-") }) {
            throw NotebookError(.evaluation, "unknown option \(unknown) for :lesson (it takes --restart or --auto)")
        }
        guard words.count == 1 else { throw NotebookError(.evaluation, ":lesson takes one lesson id; :lessons lists them") }
        guard let library else { throw NotebookError(.evaluation, "no lessons directory found (set GRADBOOK_LESSONS, or run gradbook from the repository)") }
        let lesson: Lesson
        do {
            lesson = try library.lesson(words[0])
        } catch let error as LessonError where error.path == library.directory {
            throw NotebookError(.evaluation, error.message)  // an unknown id: the directory is no help
        } catch {
            throw NotebookError(.evaluation, "\(error)")
        }

        let runner = LessonRunner(lesson: lesson)
        self.runner = runner
        _ = session.execute(":seed \(lesson.randomSeed)")
        if auto {
            answeringForTheLearner = true
            defer { answeringForTheLearner = false }
            let outputs = runner.start(in: session, style: style) + runner.runToEnd(in: session, style: style)
            self.runner = nil
            return outputs
        }
        let saved = restart ? nil : progress?.load(lesson.id)
        guard let saved, !saved.finished, saved.step > 0, saved.step < lesson.steps.count else {
            let outputs = runner.start(in: session, style: style)
            save(runner)
            return outputs
        }
        var outputs = [Output("resuming \(lesson.id) at step \(saved.step + 1) of \(lesson.steps.count) (:lesson \(lesson.id) --restart begins again)", .info)]
        if let failure = runner.replay(upTo: saved.step, in: session) {
            outputs.append(Output("rebuilding the earlier steps' variables failed:\n" + failure, .error))
        }
        return outputs + runner.show(step: saved.step, in: session, style: style)
    }

    private func list() -> [Output] {
        guard let library else { return [Output("no lessons directory found (set GRADBOOK_LESSONS, or run gradbook from the repository)", .info)] }
        let entries = library.entries()
        guard !entries.isEmpty else { return [Output("no lessons in \(library.directory)", .info)] }
        var rows: [[String]] = []
        for entry in entries {
            switch entry.lesson {
            case let .success(lesson):
                let state = progress?.load(lesson.id).map { $0.finished ? "done" : "step \($0.step + 1) of \(lesson.steps.count)" } ?? "not started"
                rows.append([lesson.id, lesson.title, lesson.minutes.map { "\($0) min" } ?? "", state])
            case let .failure(error):
                rows.append([(entry.path as String).split(separator: "/").last.map(String.init) ?? entry.path, "cannot be read: \(error)", "", ""])
            }
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return [Output("lessons (:lesson ID starts one)", .heading)] + rows.map { row in
            Output((0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ") + "  " + row[3])
        }
    }

    private func save(_ runner: LessonRunner) {
        guard self.runner === runner else { return }
        try? progress?.save(ProgressStore.Progress(step: runner.stepIndex, finished: runner.finished), for: runner.lesson.id)
        if runner.finished { self.runner = nil }
    }
}
