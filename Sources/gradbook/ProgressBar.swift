import Notebook
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The live bar of a `train` run at the prompt, redrawn in place at most ten times a second:
/// `[######--------------]  37/100  loss 0.5234  acc 0.87  0:03, 12.1 steps/s, ETA 0:05`.
///
/// Redrawing on every step wrote a megabyte for 20,000 steps; the time columns tell a learner
/// whether to wait or press Ctrl-C. Under TERM=dumb it erases with spaces instead of ESC [K, so
/// the terminal receives no escape sequence. Time is the host's business: the session reports
/// steps, and nothing timed ever reaches a transcript.
final class ProgressBar {
    static let minimumInterval = 0.1

    private let plain: Bool
    private let clock: () -> Double
    private let output: (String) -> Void
    /// When the run's first report came, and its step.
    private var start: (time: Double, step: Int)?
    private var lastDrawn = -Double.infinity
    /// Columns the line on screen takes, for erasing it without ESC [K.
    private var shownWidth = 0

    init(
        plain: Bool, clock: @escaping () -> Double = ProgressBar.monotonicSeconds,
        output: @escaping (String) -> Void = ProgressBar.writeToStandardOutput
    ) {
        self.plain = plain
        self.clock = clock
        self.output = output
    }

    func update(_ report: TrainingProgress) {
        let now = clock()
        if report.finished {
            if shownWidth > 0 { draw("") }
            start = nil
            lastDrawn = -.infinity
            return
        }
        let start = self.start ?? (now, report.step)
        self.start = start
        guard now - lastDrawn >= Self.minimumInterval else { return }
        lastDrawn = now
        draw(Self.line(report, elapsed: now - start.time, stepsTimed: report.step - start.step))
    }

    /// Prints `text` as a line of its own where the bar stands; the bar is drawn again below it
    /// at the next report.
    func printAbove(_ text: String) {
        if shownWidth > 0 { draw("") }
        output(text + "\n")
        lastDrawn = -.infinity
    }

    /// The bar, the counter, the loss and accuracy, then the time: elapsed, and once a step has
    /// been timed, steps per second and the time left.
    static func line(_ report: TrainingProgress, elapsed: Double, stepsTimed: Int) -> String {
        var line = OutputPrinter.progressLine(report) + "  " + clockText(elapsed)
        if stepsTimed > 0, elapsed > 0 {
            let rate = Double(stepsTimed) / elapsed
            let format = NumberFormat(significantDigits: 3)
            line += ", \(format.string(rate)) steps/s, ETA " + clockText(Double(report.totalSteps - report.step) / rate)
        }
        return line
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func clockText(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }

    private func draw(_ line: String) {
        let padding = plain ? String(repeating: " ", count: Swift.max(shownWidth - line.count, 0)) : ""
        output("\r" + line + (plain ? padding + (padding.isEmpty ? "" : "\r" + line) : "\u{1B}[K"))
        shownWidth = line.count
    }

    /// TERM=dumb: a terminal that takes no escape sequences.
    static var terminalIsDumb: Bool { getenv("TERM").map { String(cString: $0) } == "dumb" }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Straight to the descriptor, after what print() buffered.
    static func writeToStandardOutput(_ text: String) {
        fflush(nil)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            written += count
        }
    }
}
