import Foundation

/// A logarithmic axis: values are laid out by their base-10 logarithm, so that every decade
/// gets the same room (an error falling from 1 to 1e-10 is a straight line, not a corner).
///
/// The axes work on the logarithms; only the tick labels go back to the values themselves,
/// so a tick at 3 on a log axis reads 1000.
enum LogAxis {
    /// Where a value goes on a log axis: its base-10 logarithm, nan (a gap) for values ≤ 0.
    static func position(_ value: Double) -> Double { value > 0 ? log10(value) : .nan }

    /// The value a position stands for.
    static func value(at position: Double) -> Double { pow(10, position) }

    /// Tick positions for a log axis: whole decades when the scale spans at least two of them
    /// (every one, or every 2nd, 5th, … so that about `target` fit), else round values of the
    /// data themselves (1, 2, 3 …) at their logarithms.
    static func ticks(in scale: Scale, target: Int) -> [Double] {
        let first = scale.lower.rounded(.up)
        let last = scale.upper.rounded(.down)
        guard last - first >= 1, last - first <= 10_000 else {
            guard let values = valueScale(scale) else { return NiceTicks.values(in: scale, target: target) }
            // Round values crowd the top of a log axis, so ask for more until two fit.
            var ticks: [Double] = []
            for more in 0...8 where ticks.count < 2 {
                ticks = NiceTicks.values(in: values, target: target + more).filter { $0 > 0 }.map(log10)
            }
            return ticks
        }
        let stride = NiceTicks.values(in: Scale(first, last) ?? scale, target: target)
        let step = Swift.max(1, ((stride.count > 1 ? stride[1] - stride[0] : 1)).rounded())
        return Swift.stride(from: (first / step).rounded(.up) * step, through: last, by: step).map { $0 }
    }

    /// `scale` widened to whole decades, or within one decade to round values of the data, so
    /// that the ends of a log axis carry labels.
    static func loosened(_ scale: Scale, target: Int) -> Scale {
        guard scale.upper - scale.lower < 1 else {
            return Scale(scale.lower.rounded(.down), scale.upper.rounded(.up)) ?? scale
        }
        guard let values = valueScale(scale) else { return scale }
        let loose = NiceTicks.loosened(values, target: target)
        return Scale(loose.lower > 0 ? log10(loose.lower) : scale.lower, log10(loose.upper)) ?? scale
    }

    /// The values a scale of logarithms covers; nil when they are not all finite and positive.
    private static func valueScale(_ scale: Scale) -> Scale? {
        let low = value(at: scale.lower)
        let high = value(at: scale.upper)
        guard low > 0, high.isFinite else { return nil }
        return Scale(low, high)
    }
}
