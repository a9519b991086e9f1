/// One step of a `train` run, as reported to the host while it runs (``Session/progress``):
/// the REPL draws a progress bar with the live loss from it; other hosts leave it unset and
/// read the summary lines the command returns.
public struct TrainingProgress: Sendable, Equatable {
    /// The step just finished, from 1; 0 when the run ended before its first step.
    public let step: Int
    public let totalSteps: Int
    /// The training loss at ``step``.
    public let loss: Double?
    /// The training accuracy at ``step``, for classification.
    public let accuracy: Double?
    /// True on the last report of a run, whether it finished, failed or was interrupted: the host
    /// clears its progress line.
    public let finished: Bool

    public init(step: Int, totalSteps: Int, loss: Double?, accuracy: Double?, finished: Bool) {
        self.step = step
        self.totalSteps = totalSteps
        self.loss = loss
        self.accuracy = accuracy
        self.finished = finished
    }
}
