/// Lines a long statement shows while it runs — `train`'s header and log lines — handed to the
/// host as they happen (``Session/liveOutput``), so that a learner sees the run talk instead of
/// waiting for the end, and keeps what it said when Ctrl-C stops it.
///
/// The lines still end up in the entry's ``Execution`` in their place (after the outputs of
/// the statements before, before the statement's own), so that transcripts, pipes and
/// `:record` see the same text; ``Execution/shownLive`` tells the host how many leading outputs
/// it has already shown.
final class LiveLines {
    private(set) var lines: [Output] = []
    private let show: ((Output) -> Void)?
    /// Outputs of the entry's earlier statements not shown yet: they go first.
    private var pending: [Output]
    private(set) var showedAny = false

    init(pending: [Output], show: ((Output) -> Void)?) {
        self.pending = pending
        self.show = show
    }

    func emit(_ output: Output) {
        lines.append(output)
        guard let show else { return }
        pending.forEach(show)
        pending = []
        show(output)
        showedAny = true
    }
}

extension Session {
    /// Runs a command with its live lines: they lead its outputs, or, when it fails, lead the
    /// error. Only a statement typed at the prompt streams; inside a loop, a `:load`ed file, a
    /// lesson or a transcript the lines are collected as before.
    func runStreaming(_ statement: Statement, execution: inout Execution, _ body: () throws -> [Output]) throws
        -> [Output]
    {
        let streams =
            liveOutput != nil && !statement.silent && loopDepth == 0 && loadDepth == 0
            && settings.fileWritesRefused == nil && !answering
        let live = LiveLines(
            pending: streams ? Array(execution.outputs.dropFirst(execution.shownLive)) : [],
            show: streams ? liveOutput : nil)
        let outer = self.live
        self.live = live
        defer { self.live = outer }
        do {
            let own = try body()
            let outputs = live.lines + own
            // The caller appends these right after the outputs so far.
            if live.showedAny { execution.shownLive = execution.outputs.count + live.lines.count }
            return outputs
        } catch {
            execution.outputs += live.lines
            if live.showedAny { execution.shownLive = execution.outputs.count }
            throw error
        }
    }
}
