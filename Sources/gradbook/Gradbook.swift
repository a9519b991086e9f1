import ArgumentParser

/// The `gradbook` command: a root whose subcommands are the ways of running the notebook.
/// `repl` is the default, so `gradbook --seed 3 -e 'randn(2)'` needs no subcommand name.
@main
struct Gradbook: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "gradbook",
        abstract: "A terminal notebook for how neural networks train: tensors, autograd, gradients by hand.",
        usage: """
            gradbook [repl] [--seed <n>] [--digits <n>] [--width <n>] [--ascii] [--no-color] [-e <statement> ...]
            gradbook run [options] <file.gb>
            gradbook lesson <id> [--auto] [--restart]
            gradbook lesson check <file.md | dir> ...
            gradbook lessons
            gradbook replay [--update] <file.t | dir> ...
            gradbook export torch <file.gb> -o <file.py> [--force]
            """,
        discussion: """
            Type a statement at the gb> prompt; a line that ends inside brackets or in \\ \
            continues on a ..> line. Tab completes by context (names, W.<Tab> attributes, \
            adam(net, l<Tab> keyword arguments, :lesson ids), Up and Down recall earlier \
            entries that start with what is typed, Ctrl-C \
            stops a long loop, Ctrl-D leaves (on a ..> line it drops the open entry). Pasted \
            gb> and ..> prompts are stripped.

            First things to type:
              :help                everything by topic; :help relu shows one entry
              x = -4               bind a number (tensors: [[1, 2], [3, 4]], randn(3, 2))
              y = relu(x * x - 3)  maths on numbers and tensors records a graph
              backward y           the reverse pass: gradients land on the leaves
              grad x               dy/dx at x = -4
              :vars                what is bound; :quit leaves

            Options: gradbook help repl, gradbook help run.
            Scripts: gradbook run file.gb, gradbook < file.gb, gradbook -e 'relu(-3)'.
            Transcripts: gradbook --record file.t (or :record file.t at the prompt) records; \
            gradbook replay file.t checks it.
            Exit status: 0 ok, 1 a statement failed, 2 a file could not be read or parsed, \
            64 usage, 130 interrupted (replay: 1 a transcript failed).
            """,
        version: "gradbook \(version)",
        subcommands: [
            ReplCommand.self, RunCommand.self, LessonCommand.self, LessonsCommand.self, ReplayCommand.self,
            ExportCommand.self,
        ],
        defaultSubcommand: ReplCommand.self
    )

    /// Runs the command with gradbook's exit statuses: the command's own status, ArgumentParser's
    /// for help (0) and usage errors (64, EX_USAGE), 70 for an error nobody expected.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let status as ExitCode {
            exit(withError: status)
        } catch {
            // `exitCode(for:)` is `.failure` only for errors ArgumentParser does not know.
            guard exitCode(for: error) == .failure else { exit(withError: error) }
            StandardError.write("gradbook: internal error: \(error)")
            exit(withError: ExitCode(ExitStatus.internalError.rawValue))
        }
    }
}
