import Foundation

/// Tick values a person reads at a glance: multiples of 1, 2 or 5 times a power of ten.
enum NiceTicks {
    /// A round step: mantissa (1, 2, 5 or 10) times 10^exponent.
    struct Step {
        let mantissa: Double
        let exponent: Int

        /// k steps, computed as a division for negative exponents so that 3 × 0.1 gives the
        /// Double nearest 0.3 (which prints as 0.3 at any precision). Adding zero turns −0
        /// (from rounding −0.3 up) into 0.
        func multiple(_ k: Double) -> Double {
            if exponent >= 0 { return k * mantissa * pow(10, Double(exponent)) + 0 }
            let divisor = pow(10, Double(-exponent))
            return (divisor.isFinite ? k * mantissa / divisor : k * mantissa * pow(10, Double(exponent))) + 0
        }

        var size: Double { multiple(1) }

        /// The next larger round step: 1 → 2 → 5 → 10.
        var next: Step {
            switch mantissa {
            case 1: Step(mantissa: 2, exponent: exponent)
            case 2: Step(mantissa: 5, exponent: exponent)
            case 5: Step(mantissa: 1, exponent: exponent + 1)
            default: Step(mantissa: 2, exponent: exponent + 1)
            }
        }
    }

    /// The smallest round step that splits `scale` into at most about `target` parts.
    static func step(for scale: Scale, target: Int) -> Step? {
        let raw = scale.span(over: Double(Swift.max(target, 1)))
        guard raw.isNormal else { return nil }
        let exponent = Int(log10(raw).rounded(.down))
        return [1.0, 2, 5, 10].lazy.map { Step(mantissa: $0, exponent: exponent) }.first {
            $0.size >= raw * (1 - 1e-12)
        }
    }

    /// About `target` round values inside `scale`, in increasing order. Falls back to the two
    /// ends when the scale is too narrow or too far from zero for round numbers to exist.
    static func values(in scale: Scale, target: Int) -> [Double] {
        guard let step = step(for: scale, target: target) else { return ends(scale) }
        // A hair of slack, so that 0.7 / 0.1 = 6.999… still reaches the tick at 0.7.
        let first = (scale.lower / step.size - slack).rounded(.up)
        let last = (scale.upper / step.size + slack).rounded(.down)
        guard first.isFinite, last.isFinite, last >= first, last - first <= 1000 else { return ends(scale) }
        // Counted in whole steps: past 2⁵³ a Double counter stands still under `k += 1`, and the
        // multiples of the step could no longer be told apart anyway.
        guard Swift.max(Swift.abs(first), Swift.abs(last)) < NiceTicks.exactIntegers else { return ends(scale) }
        var ticks: [Double] = []
        for i in 0...Int(last - first) {
            let value = step.multiple(first + Double(i))
            if value.isFinite, ticks.last.map({ value > $0 }) ?? true { ticks.append(value) }
        }
        return ticks.isEmpty ? ends(scale) : ticks
    }

    /// `scale` widened outwards to the round values just beyond its ends, so that the first and
    /// last rows of a plot carry labels; `scale` itself when no round step fits.
    static func loosened(_ scale: Scale, target: Int) -> Scale {
        guard let step = step(for: scale, target: target) else { return scale }
        let low = step.multiple((scale.lower / step.size + slack).rounded(.down))
        let high = step.multiple((scale.upper / step.size - slack).rounded(.up))
        return Scale(Swift.min(low, scale.lower), Swift.max(high, scale.upper)) ?? scale
    }

    /// Relative slack for quotients that should be whole numbers but are off by rounding.
    private static let slack = 1e-9

    /// 2⁵³: below it every whole number is a Double, so whole-step counts are exact.
    private static let exactIntegers = 9_007_199_254_740_992.0

    private static func ends(_ scale: Scale) -> [Double] { [scale.lower, scale.upper] }
}
