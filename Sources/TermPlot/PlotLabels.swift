/// A plot's title and axis labels, each left out when nil or empty.
///
/// Every plot lays them out inside its width: the title centred over the figure, the y label
/// above the y axis (sideways text is unreadable in a terminal), the x label centred under the
/// x tick labels; a label too long for the width is cut with an ellipsis.
public struct PlotLabels: Sendable, Equatable {
    public var title: String?
    public var x: String?
    public var y: String?

    public init(title: String? = nil, x: String? = nil, y: String? = nil) {
        self.title = title
        self.x = x
        self.y = y
    }

    /// These labels, with each one `other` gives taking the place of this one's.
    public func overridden(by other: PlotLabels) -> PlotLabels {
        PlotLabels(title: other.title ?? title, x: other.x ?? x, y: other.y ?? y)
    }

    /// `text` on one line that fits `width` columns: line breaks and tabs become spaces, and
    /// a longer text keeps its start and ends in an ellipsis. Nil for nil or empty text.
    static func fitted(_ text: String?, width: Int, charset: Charset) -> String? {
        guard let text, !text.isEmpty else { return nil }
        let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        guard flat.count > width else { return flat }
        let ellipsis = charset == .unicode ? "…" : "..."
        return String(flat.prefix(Swift.max(width - ellipsis.count, 0))) + ellipsis
    }

    /// `text` fitted to `width` and centred over the `span` columns that start at `offset`,
    /// moved left as far as it must to stay inside `width`; nil for nil or empty text.
    static func centred(_ text: String?, over span: Int, from offset: Int = 0, width: Int, charset: Charset) -> String?
    {
        guard let line = fitted(text, width: width, charset: charset) else { return nil }
        let start = Swift.max(Swift.min(offset + (span - line.count) / 2, width - line.count), 0)
        return String(repeating: " ", count: start) + line
    }
}
