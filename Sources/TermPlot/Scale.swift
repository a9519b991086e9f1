/// A closed interval of data values laid along an axis.
///
/// Every mapping stays finite: an empty interval is widened, and spans too large for a
/// Double (from −1e308 to 1e308) are measured in halves.
public struct Scale: Sendable, Equatable {
    public let lower: Double
    public let upper: Double

    /// The interval from `lower` to `upper`, widened around the value when they are equal (a
    /// constant series still gets an axis). Nil when either end is not finite.
    public init?(_ lower: Double, _ upper: Double) {
        guard lower.isFinite, upper.isFinite else { return nil }
        var (low, high) = lower <= upper ? (lower, upper) : (upper, lower)
        if low == high {
            let half = Swift.abs(low) * 0.1
            let widening = half.isNormal ? half : 1
            low = Swift.max(low - widening, -Double.greatestFiniteMagnitude)
            high = Swift.min(high + widening, Double.greatestFiniteMagnitude)
        }
        self.lower = low
        self.upper = high
    }

    /// The smallest interval holding every finite value; nil when there is none. Values that
    /// differ only by rounding (sin²x + cos²x) count as a constant and are widened alike: no
    /// round tick lies between them, and their spread is noise, not something to draw.
    public init?(covering values: [Double]) {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        if let constant = Scale.constant(low, high) {
            self.init(constant, constant)
        } else {
            self.init(low, high)
        }
    }

    /// The one value that the finite `values` are, up to rounding errors; nil when they spread
    /// further (or there is none). Drawn at this value, such a series is a straight line: its
    /// ulps would otherwise straddle the boundary between two dots or two shades.
    static func constant(of values: [Double]) -> Double? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return constant(low, high)
    }

    /// The middle of `low … high` when they differ by no more than rounding errors: a
    /// relative spread of 1e-12, a few thousand ulps.
    private static func constant(_ low: Double, _ high: Double) -> Double? {
        guard high - low <= 1e-12 * Swift.max(Swift.abs(low), Swift.abs(high)) else { return nil }
        return low / 2 + high / 2
    }

    /// Where `value` lies: 0 at ``lower``, 1 at ``upper`` (outside for values outside).
    func fraction(_ value: Double) -> Double {
        let span = upper - lower
        if span.isFinite { return (value - lower) / span }
        return (value / 2 - lower / 2) / (upper / 2 - lower / 2)
    }

    /// The value at `fraction` of the way from ``lower`` to ``upper``.
    func value(atFraction fraction: Double) -> Double {
        let span = upper - lower
        if span.isFinite { return lower + fraction * span }
        return 2 * (lower / 2 + fraction * (upper / 2 - lower / 2))
    }

    /// The span divided by `n`, without overflow.
    func span(over n: Double) -> Double {
        let span = upper - lower
        return span.isFinite ? span / n : (upper / 2 - lower / 2) / n * 2
    }
}

/// How an axis of `count` positions (dots or characters) covers a scale.
enum Placement: Sendable {
    /// The ends of the scale fall on the centres of the first and last positions: line and
    /// scatter plots, whose extreme points should be drawn.
    case endpoints
    /// The scale covers the positions edge to edge and each position stands for its centre:
    /// heatmaps, whose cells are samples.
    case cells

    /// The (fractional) position of `value` among `count` positions.
    func position(_ fraction: Double, count: Int) -> Double {
        switch self {
        case .endpoints: return fraction * Double(Swift.max(count - 1, 0))
        case .cells: return fraction * Double(count) - 0.5
        }
    }

    /// The fraction of the scale at the centre of position `index`.
    func fraction(atPosition index: Int, count: Int) -> Double {
        switch self {
        case .endpoints: return count > 1 ? Double(index) / Double(count - 1) : 0.5
        case .cells: return (Double(index) + 0.5) / Double(count)
        }
    }
}
