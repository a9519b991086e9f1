import Autograd
import Tensors

/// A gradient check as a table and a verdict, with CS231n's reading of relative errors
/// (cs231n.github.io/neural-networks-3, "Gradient checks"): at most 1e-7 is good; up to 1e-4 is
/// acceptable only where the function has kinks; beyond, the gradient is wrong.
struct GradcheckReport {
    /// What one checked element says.
    enum Status: Int, Comparable {
        /// Relative error ≤ 1e-7.
        case good
        /// Both sides below the rounding noise of the differences: their ratio means nothing.
        case zero
        /// Relative error above 1e-7, but the two differ by less than the rounding noise: a small
        /// gradient of a large function, which central differences cannot resolve more finely.
        case withinNoise
        /// ≤ 1e-4 where moving this element crossed a kink: acceptable.
        case kink
        /// Between 1e-7 and 1e-4 with no kink crossed by this element: too high for a smooth function.
        case suspect
        /// Above 1e-4 where moving this element crossed a kink: the finite difference cannot decide.
        case kinkUnreliable
        /// Above 1e-4, by more than the rounding noise, with no kink crossed by this element.
        case wrong
        /// inf or nan on either side.
        case undefined

        static func < (lhs: Status, rhs: Status) -> Bool { lhs.rawValue < rhs.rawValue }

        var label: String {
            switch self {
            case .good: return "good"
            case .zero: return "≈ 0"
            case .withinNoise: return "good (noise)"
            case .kink: return "ok (kink)"
            case .suspect: return "suspect"
            case .kinkUnreliable: return "kink?"
            case .wrong: return "WRONG"
            case .undefined: return "not finite"
            }
        }
    }

    static let goodBelow = 1e-7
    static let kinkBelow = 1e-4

    let check: GradientCheck
    /// How each checked input is written (`W`, `net.w1`), in the order checked.
    let inputNames: [String]
    let inputShapes: [[Int]]
    /// |f| at the checked point, which sets the rounding noise of the differences.
    let outputMagnitude: Double
    let text: InstrumentText
    /// With more elements than this, only the worst are listed.
    var maximumRows = 16
    var worstRows = 10

    /// Below this, on both sides, a derivative cannot be told from 0 by central differences:
    /// f(x ± eps) each carry rounding errors of about ε·|f| per operation, and their difference is
    /// divided by 2·eps. A margin of 100 operations keeps correct zeros from reading as wrong.
    var noiseFloor: Double { 100 * Double.ulpOfOne * Swift.max(1, outputMagnitude) / check.eps }

    func status(_ entry: GradientCheck.Entry) -> Status {
        guard entry.analytic.isFinite, entry.numeric.isFinite else { return .undefined }
        if Swift.max(Swift.abs(entry.analytic), Swift.abs(entry.numeric)) <= noiseFloor
            && entry.relativeError > GradcheckReport.goodBelow
        {
            return .zero
        }
        if entry.relativeError <= GradcheckReport.goodBelow { return .good }
        // However large the ratio, a difference this small is the differences' own rounding.
        if Swift.abs(entry.analytic - entry.numeric) <= noiseFloor { return .withinNoise }
        if entry.relativeError <= GradcheckReport.kinkBelow { return entry.crossedKink ? .kink : .suspect }
        return entry.crossedKink ? .kinkUnreliable : .wrong
    }

    func lines(title: String) -> [Output] {
        let statuses = check.entries.map(status)
        // The formula of the differences is never broken.
        let method = TextWrap.pieces(
            ["autograd's", "gradient", "vs", "central", "differences", "(f(x + eps) − f(x − eps)) / 2·eps"],
            width: text.settings.width, rest: "  ")
        var outputs = [
            Output(text.finish("\(title), eps = \(text.number(check.eps))"), .heading),
            Output(text.finish(method.joined(separator: "\n"), .asIs), .info),
        ]
        var rows = Array(check.entries.indices)
        if rows.count > maximumRows {
            // The worst first; ties in element order, so the table is the same on every run.
            rows = rows.sorted {
                (statuses[$0], severity(check.entries[$0]), -$0) > (statuses[$1], severity(check.entries[$1]), -$1)
            }
            rows = Array(rows.prefix(worstRows))
            outputs.append(
                Output(text.finish("\(check.entries.count) elements checked; the \(worstRows) worst:", .prose)))
        }
        let cells = rows.map { i -> [String] in
            let entry = check.entries[i]
            return [
                elementName(entry), text.number(entry.analytic), text.number(entry.numeric),
                text.error(entry.relativeError), statuses[i].label,
            ]
        }
        let table = TextTable(
            [
                TextTable.Column("element"), TextTable.Column("analytic"), TextTable.Column("numeric"),
                TextTable.Column("relative error"), TextTable.Column("status", fit: .wrap),
            ],
            rows: cells
        ).layout(for: text.settings)
        outputs += table.header.map { Output(text.finish($0, .asIs), .heading) }
        outputs += table.body.map { Output(text.finish($0, .asIs)) }
        outputs += summary(statuses).map { Output(text.finish($0, .prose), .info) }
        return outputs
    }

    /// A relative error for sorting: nan sorts as the worst.
    private func severity(_ entry: GradientCheck.Entry) -> Double {
        entry.relativeError.isNaN ? .infinity : entry.relativeError
    }

    /// `W[1, 0]`, or `W` for a single number.
    func elementName(_ entry: GradientCheck.Entry) -> String {
        let shape = inputShapes[entry.input]
        guard !shape.isEmpty else { return inputNames[entry.input] }
        var position: [Int] = []
        var rest = entry.index
        for dimension in shape.reversed() {
            position.append(dimension == 0 ? 0 : rest % dimension)
            rest = dimension == 0 ? 0 : rest / dimension
        }
        return inputNames[entry.input] + "[" + position.reversed().map(String.init).joined(separator: ", ") + "]"
    }

    /// Counts, the maximum, the kink warning and the verdict.
    private func summary(_ statuses: [Status]) -> [String] {
        var lines: [String] = []
        let counted = Status.allOrdered.compactMap { status -> String? in
            let n = statuses.filter { $0 == status }.count
            return n == 0 ? nil : "\(n) \(status.label)"
        }
        lines.append("counts: " + counted.joined(separator: ", "))
        let measured = check.entries.indices.filter { statuses[$0] != .zero && statuses[$0] != .undefined }
        if let worst = measured.max(by: { check.entries[$0].relativeError < check.entries[$1].relativeError }) {
            let noise = statuses[worst] == .withinNoise ? " (within the rounding noise)" : ""
            lines.append(
                "max relative error \(text.error(check.entries[worst].relativeError)) at \(elementName(check.entries[worst]))\(noise)"
            )
        }
        if statuses.contains(.zero) {
            lines.append(
                "≈ 0: both sides are below \(text.error(noiseFloor)), the rounding noise of the differences, so their ratio says nothing"
            )
        }
        if statuses.contains(.withinNoise) {
            lines.append(
                "good (noise): above 1e-7, but analytic and numeric differ by less than \(text.error(noiseFloor)), the rounding noise of the differences: a gradient this small next to |f| cannot be checked more finely"
            )
        }
        if check.kinkCrossed {
            let crossing = check.entries.filter(\.crossedKink).count
            let which =
                crossing == 0
                ? "" : " (moving \(crossing) of the \(check.entries.count) elements did; only they are judged as kinks)"
            lines.append(
                "warning: the differences crossed or touched a kink of \(check.kinkOperations.joined(separator: ", "))\(which): its derivative jumps there, so a finite difference measures neither side's slope (autograd takes one side, as PyTorch does)"
            )
        }
        lines.append(
            "verdict: "
                + verdict(
                    statuses.max() ?? .good, someZero: statuses.contains(.zero) || statuses.contains(.withinNoise)))
        return lines
    }

    private func verdict(_ worst: Status, someZero: Bool) -> String {
        switch worst {
        case .good, .zero, .withinNoise:
            return "good — every relative error is at most 1e-7" + (someZero ? ", or within the rounding noise" : "")
        case .kink:
            return
                "acceptable — errors up to 1e-4, where a kink was crossed (above 1e-7 would be too high for a smooth function)"
        case .suspect:
            return
                "suspect — errors between 1e-7 and 1e-4 with no kink crossed: too high for a smooth function; try another eps before trusting this gradient"
        case .kinkUnreliable:
            return
                "inconclusive — errors above 1e-4, but a kink was crossed, where finite differences are unreliable; check again at a point away from the kink"
        case .wrong:
            return
                "WRONG — the analytic gradient disagrees with central differences (relative error above 1e-4 and a difference above the rounding noise, no kink crossed)"
        case .undefined:
            return "undefined — some derivatives are inf or nan (rows marked not finite)"
        }
    }
}

extension GradcheckReport.Status {
    static let allOrdered: [GradcheckReport.Status] = [
        .good, .zero, .withinNoise, .kink, .suspect, .kinkUnreliable, .wrong, .undefined,
    ]
}
