import ArgumentParser
import Foundation
import Lessons
import Notebook

/// `gradbook lesson ID` takes a lesson; `gradbook lesson check FILE|DIR` checks lesson files.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Take a lesson (gradbook lesson ID), or check lesson files (gradbook lesson check FILE|DIR).",
        subcommands: [LessonTakeCommand.self, LessonCheckCommand.self],
        defaultSubcommand: LessonTakeCommand.self
    )
}

/// `gradbook lesson ID`: a guided lesson, with the prompt live between its steps.
struct LessonTakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Take a lesson: its steps one at a time, with the prompt live between them.",
        discussion: """
            Between steps, experiment at the prompt; while an exercise is open, a bare \
            expression (or a choice's number) is your answer and anything else runs as scratch \
            work. :next goes on, :back shows an earlier step as it ran, :hint and :skip help with \
            an exercise, :where says where you are, :quit leaves. Progress is saved after every \
            exercise, so running the same lesson again resumes it (--restart begins again). \
            gradbook lessons lists the lessons; GRADBOOK_LESSONS=DIR adds or replaces lessons.
            """
    )

    @OptionGroup var options: CommonOptions

    @ArgumentParser.Argument(help: ArgumentHelp("The lesson's id (gradbook lessons lists them).", valueName: "id"))
    var id: String

    @Flag(help: "Run every step without pausing, filling in the answers, then exit.")
    var auto = false

    @Flag(help: "Begin again at the first step instead of resuming.")
    var restart = false

    func run() throws {
        do {
            _ = try LessonLibrary.standard().lesson(id)
        } catch let error as LessonError {
            // An unknown id is about the catalogue, which has no file to name.
            let unknown = error.line == nil && error.path == LessonLibrary.catalogue
            StandardError.write("gradbook: " + (unknown ? error.message : "\(error)"))
            throw ExitCode((unknown ? ExitStatus.usage : .badInput).rawValue)
        }
        let session = options.makeSession()
        (session.guide as? LessonGuide)?.lessonOnly = true
        let printer = options.makePrinter()
        // Ctrl-C stops the lesson's code, not gradbook, from the first step on.
        Terminal.catchInterrupts()
        session.interruptRequested = { Terminal.takeInterrupt() }
        let start = session.execute(":lesson \(id)" + (auto ? " --auto" : "") + (restart ? " --restart" : ""))
        printer.show(start)
        if auto || start.failed {
            if start.failed { throw ExitCode(ExitStatus.failed.rawValue) }
            return
        }
        let status = ReplCommand.interact(
            session: session, printer: printer, followTerminalWidth: options.width == nil, banner: false)
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}

/// `gradbook lesson check FILE|DIR …`: parse, run `--auto`, judge every answer and solution,
/// and measure every printed line; `file:line: message` for each problem, exit 1 if any.
struct LessonCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check lesson files: they parse, every step runs, every answer is judged right, every line fits 80 columns.",
        discussion: "Problems are printed as FILE:LINE: MESSAGE; the exit status is 1 if there is any, 0 otherwise."
    )

    @ArgumentParser.Argument(help: ArgumentHelp("Lesson files, or directories of them.", valueName: "file.md | dir"))
    var paths: [String]

    func run() throws {
        let problems = LessonCheck.problems(in: paths)
        for problem in problems { print(problem) }
        guard problems.isEmpty else { throw ExitCode(ExitStatus.failed.rawValue) }
        print("ok: no problems")
    }
}

/// `gradbook lessons`: the lessons and how far you got in each.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons", abstract: "List the lessons with your progress: done, in progress, not started.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        options.makePrinter().show(options.makeSession().execute(":lessons"))
    }
}
