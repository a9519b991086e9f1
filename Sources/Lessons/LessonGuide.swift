import Foundation
import Notebook

/// Guided mode in a session: `:lessons`, `:lesson ID`, and while a lesson runs, `:next`,
/// `:back`, `:hint`, `:skip`, `:where`, answers typed at the prompt, and `:quit`, which leaves
/// the lesson (a lesson opened from the REPL returns to it). Progress is saved after every move
/// when a store is given (never in replayed transcripts or tests).
public final class LessonGuide: Guide {
    public let library: LessonLibrary?
    public let progress: ProgressStore?
    /// Whether the lesson is all the session is for (`gradbook lesson ID`): then `:quit`
    /// leaves gradbook; otherwise it leaves the lesson and keeps the session.
    public var lessonOnly = false
    private var runner: LessonRunner?
    /// While `--auto` answers for the learner, its statements run as statements.
    private var answeringForTheLearner = false
    /// Saving progress failed once and the learner was told; not again.
    private var saveFailureReported = false

    public init(library: LessonLibrary?, progress: ProgressStore?) {
        self.library = library
        self.progress = progress
    }

    public func run(_ command: GuideCommand, argument: String, session: Session) throws -> [Output] {
        let style = LessonRunner.Style(session.settings)
        switch command {
        case .lessons: return list(in: session)
        case .lesson: return try start(argument, in: session, style: style)
        default: break
        }
        guard let runner else {
            throw NotebookError(.evaluation, "no lesson is running; :lessons lists them, :lesson ID starts one")
        }
        let outputs: [Output]
        switch command {
        case .next: outputs = runner.next(in: session, style: style)
        case .back: outputs = runner.back(in: session, style: style)
        case .hint: outputs = runner.hint(style: style)
        case .skip: outputs = runner.skip(in: session, style: style)
        case .where: outputs = [Output(runner.position, .info)]
        case .lessons, .lesson: outputs = []
        }
        return outputs + save(runner)
    }

    public var lessonIDs: [String] {
        library?.entries().compactMap { try? $0.lesson.get().id } ?? []
    }

    public func answer(_ source: String, session: Session, evaluate: (String) -> Execution) -> Execution? {
        guard let runner, !answeringForTheLearner else { return nil }
        let trimmed = source.trimmingCharacters(in: " \t\n")
        if [":quit", ":q", ":exit"].contains(trimmed), !lessonOnly { return leave(runner) }
        // Meta commands (`:hint`) and empty lines are not answers.
        guard runner.open != nil, !trimmed.isEmpty, !trimmed.hasPrefix(":") else { return nil }
        guard
            var result = runner.answer(
                source, in: session, style: LessonRunner.Style(session.settings), evaluate: evaluate)
        else { return nil }
        result.outputs += save(runner)
        return result
    }

    /// `:quit` in a lesson opened from the REPL: back to the REPL with every variable kept.
    private func leave(_ runner: LessonRunner) -> Execution {
        self.runner = nil
        let saved = progress == nil ? "" : " (progress saved; :lesson \(runner.lesson.id) resumes)"
        return Execution(outputs: [
            Output(
                "left the lesson \(runner.lesson.id)\(saved); your variables are kept, and :quit again leaves gradbook",
                .info)
        ])
    }

    private func start(_ argument: String, in session: Session, style: LessonRunner.Style) throws -> [Output] {
        var words = argument.split(separator: " ").map(String.init)
        let flags = ["--auto", "--restart", "--keep", "--fresh"]
        let given = Set(words.filter(flags.contains))
        words.removeAll { flags.contains($0) }
        if let unknown = words.first(where: { $0.hasPrefix("-") }) {
            throw NotebookError(
                .evaluation, "unknown option \(unknown) for :lesson (it takes --restart, --auto, --keep or --fresh)")
        }
        guard words.count == 1 else {
            throw NotebookError(.evaluation, ":lesson takes one lesson id; :lessons lists them")
        }
        guard let library else { throw NotebookError(.evaluation, "no lessons are available") }
        let lesson: Lesson
        do {
            lesson = try library.lesson(words[0])
        } catch let error as LessonError where error.line == nil && error.path == LessonLibrary.catalogue {
            throw NotebookError(.evaluation, error.message)  // an unknown id: the place is no help
        } catch {
            throw NotebookError(.evaluation, "\(error)")
        }
        var outputs: [Output] = []
        if !session.names.isEmpty, runner == nil {
            if given.isSuperset(of: ["--keep", "--fresh"]) {
                throw NotebookError(.evaluation, ":lesson takes --keep or --fresh, not both")
            }
            if given.contains("--fresh") {
                _ = session.executeWithoutGuide(":reset")
                outputs.append(Output("a fresh session for \(lesson.id): your variables are gone", .info))
            } else if !given.contains("--keep") {
                let names = session.names.prefix(6).joined(separator: ", ") + (session.names.count > 6 ? ", …" : "")
                return style.wrapped(
                    "This session has variables (\(names)). \(lesson.id) reseeds the random generator and binds its own "
                        + "names, replacing yours where they are the same. Nothing has changed yet.", .info)
                    + [
                        Output("  :lesson \(lesson.id) --keep    starts it, keeping your variables", .info),
                        Output("  :lesson \(lesson.id) --fresh   starts it in a fresh session", .info),
                    ]
            }
        }

        let runner = LessonRunner(lesson: lesson)
        self.runner = runner
        _ = session.executeWithoutGuide(":seed \(lesson.randomSeed)")
        if given.contains("--auto") {
            answeringForTheLearner = true
            defer { answeringForTheLearner = false }
            outputs += runner.start(in: session, style: style) + runner.runToEnd(in: session, style: style)
            self.runner = nil
            return outputs
        }
        if !given.contains("--restart"), progress?.isUnreadable(lesson.id) == true {
            outputs.append(Output("the saved progress of \(lesson.id) cannot be read; starting over", .info))
        }
        guard !given.contains("--restart"), let saved = progress?.load(lesson.id), !saved.finished,
            saved.step != 0 || saved.exercise != 0
        else {
            return outputs + runner.start(in: session, style: style) + save(runner)
        }
        guard saved.step >= 0, saved.step < lesson.steps.count, saved.exercise >= 0,
            saved.exercise <= lesson.steps[saved.step].exercises.count
        else {
            outputs.append(
                Output(
                    "the saved progress of \(lesson.id) (step \(saved.step + 1), exercise \(saved.exercise + 1)) "
                        + "does not fit the lesson's \(lesson.steps.count) steps; starting over", .info))
            return outputs + runner.start(in: session, style: style) + save(runner)
        }
        outputs.append(
            Output(
                "resuming \(lesson.id) at step \(saved.step + 1) of \(lesson.steps.count) "
                    + "(:lesson \(lesson.id) --restart begins again)", .info))
        if let failure = runner.fastForward(
            toStep: saved.step, exercise: saved.exercise, outcomes: saved.outcomes, in: session, style: style)
        {
            outputs.append(Output("rebuilding the earlier steps' variables failed:\n" + failure, .error))
        }
        return outputs + runner.current(style: style)
    }

    private func list(in session: Session) -> [Output] {
        guard let library else { return [Output("no lessons are available", .info)] }
        let entries = library.entries()
        guard !entries.isEmpty else { return [Output("no lessons found", .info)] }
        var rows: [[String]] = []
        for entry in entries {
            switch entry.lesson {
            case let .success(lesson):
                rows.append([lesson.id, lesson.title, lesson.minutes.map { "\($0) min" } ?? "", state(of: lesson)])
            case let .failure(error):
                rows.append([(entry.path as NSString).lastPathComponent, "cannot be read: \(error.message)", "", ""])
            }
        }
        // The titles only show when a narrow line prints each lesson as a block; over the
        // columns, what each holds is plain from its cells.
        let table = TextTable(
            [
                TextTable.Column("lesson"), TextTable.Column("title", fit: .wrap), TextTable.Column("time", .right),
                TextTable.Column("progress", fit: .wrap),
            ], rows: rows)
        let settings = session.settings
        return [Output("lessons (:lesson ID starts one)", .heading)]
            + table.layout(for: settings).body.map { Output($0) }
    }

    /// done, in progress (step k of n), or not started.
    private func state(of lesson: Lesson) -> String {
        guard let saved = progress?.load(lesson.id) else { return "not started" }
        if saved.finished { return "done" }
        guard saved.step > 0 || saved.exercise > 0 else { return "not started" }
        guard (0..<lesson.steps.count).contains(saved.step) else { return "in progress" }
        return "in progress (step \(saved.step + 1) of \(lesson.steps.count))"
    }

    /// Saves where the learner is; a failure is said once, with its reason.
    private func save(_ runner: LessonRunner) -> [Output] {
        guard self.runner === runner else { return [] }
        if runner.finished { self.runner = nil }
        guard let progress else { return [] }
        do {
            try progress.save(
                ProgressStore.Progress(
                    step: runner.stepIndex, exercise: runner.exercisesDoneInStep,
                    finished: runner.finished, outcomes: runner.outcomes), for: runner.lesson.id)
        } catch {
            guard !saveFailureReported else { return [] }
            saveFailureReported = true
            return [
                Output(
                    "progress cannot be saved in \(progress.directory.path): \(FileProblem.reason(error, at: progress.directory)); "
                        + "the lesson goes on", .error)
            ]
        }
        return []
    }
}

/// A file error in plain words ("permission denied"), not a Foundation error dump.
enum FileProblem {
    static func reason(_ error: any Error, at directory: URL) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return diagnosis(of: directory) ?? nsError.localizedDescription
    }

    /// Why a directory cannot be made or written: the nearest existing ancestor is a file, or
    /// is not writable.
    private static func diagnosis(of directory: URL) -> String? {
        var path = directory.path
        let files = FileManager.default
        while !files.fileExists(atPath: path), path != "/" { path = (path as NSString).deletingLastPathComponent }
        var isDirectory: ObjCBool = false
        _ = files.fileExists(atPath: path, isDirectory: &isDirectory)
        if !isDirectory.boolValue { return "\(path) is not a directory" }
        if !files.isWritableFile(atPath: path) { return "\(path) is not writable" }
        return nil
    }
}
