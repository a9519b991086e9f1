import ArgumentParser
import Foundation
import Lessons
import Notebook

/// `gradbook lesson ID`: a guided lesson, with the prompt live between its steps.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Take a lesson: its steps one at a time, with the prompt live between them.",
        discussion: """
            Between steps, experiment at the prompt; :next goes on, :back shows the previous \
            step, :hint and :skip help with an exercise, :where says where you are. Progress is \
            saved, so running the same lesson again resumes it (--restart begins again). \
            gradbook lessons lists the lessons; GRADBOOK_LESSONS names their directory.
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
        guard let directory = LessonLibrary.locate() else {
            throw ValidationError("no lessons directory found: set GRADBOOK_LESSONS, or run gradbook from the repository")
        }
        do {
            _ = try LessonLibrary(directory: directory).lesson(id)
        } catch let error as LessonError {
            StandardError.write("gradbook: \(error)")
            throw ExitCode((error.line == nil && error.path == directory ? ExitStatus.usage : .badInput).rawValue)
        }
        let session = options.makeSession()
        let printer = options.makePrinter()
        let start = session.execute(":lesson \(id)" + (auto ? " --auto" : "") + (restart ? " --restart" : ""))
        printer.show(start)
        if auto || start.failed {
            if start.failed { throw ExitCode(ExitStatus.failed.rawValue) }
            return
        }
        let status = ReplCommand.interact(session: session, printer: printer, followTerminalWidth: options.width == nil, banner: false)
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}

/// `gradbook lessons`: the lessons and how far you got in each.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lessons", abstract: "List the lessons with your progress.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        options.makePrinter().show(options.makeSession().execute(":lessons"))
    }
}
