import Tensors

/// How results are printed.
public struct Settings: Sendable, Equatable {
    /// Significant digits of printed numbers (1…17; 17 prints the shortest text that reads back
    /// as exactly the same Double).
    public var digits = 6
    /// The line width tensors wrap at.
    public var width = 80
    /// Only ASCII in output (`--ascii`): `x` for `×`, `...` for `…`.
    public var ascii = false
    /// Where the input comes from someone else (`in a replayed transcript`, `in a lesson's
    /// code`), so that the commands that write files (`:save`, `:record`) are refused; nil lets
    /// them write. A transcript or a lesson from elsewhere must not overwrite the user's files.
    public var fileWritesRefused: String?

    public init(digits: Int = 6, width: Int = 80, ascii: Bool = false) {
        self.digits = digits
        self.width = width
        self.ascii = ascii
    }

    /// The mark for something left out.
    var ellipsis: String { ascii ? "..." : "…" }

    var numberFormat: NumberFormat { NumberFormat(significantDigits: digits) }
    var tensorFormat: TensorFormat { TensorFormat(number: numberFormat, lineWidth: width) }
}
