/// Terminal plots as plain text: line plots, scatter plots, histograms, bar charts and
/// heatmaps with a path overlaid. Nothing here writes to a terminal: every plot returns its
/// lines, and the caller prints them. The same data and style always give the same text.

/// Which characters a plot may use.
public enum Charset: Sendable, Equatable {
    /// Braille dots for lines (2×4 dots per character), block shades and box-drawing axes.
    case unicode
    /// Printable ASCII only, for terminals and files that cannot show Unicode.
    case ascii
}

/// How large a plot is, which characters it uses and how it writes numbers.
public struct PlotStyle: Sendable {
    /// The width of the whole figure in columns, the y-axis labels included.
    public let width: Int
    /// The height of the drawing area in rows; axes, labels and legend come on top of it.
    public let height: Int
    public let charset: Charset
    /// Writes tick labels and other numbers; the caller passes its one number formatter so
    /// that a plot's numbers read like every other number it prints.
    public let format: @Sendable (Double) -> String
    /// Whether the requested size was outside ``widthRange`` or ``heightRange`` and was clamped.
    public let wasClamped: Bool

    /// Sizes a plot may have: narrower than 20 columns leaves no room for a drawing, and beyond
    /// these limits the text is too big to read (or to hold).
    public static let widthRange = 20...400
    public static let heightRange = 3...200

    public init(width: Int, height: Int, charset: Charset = .unicode, format: @escaping @Sendable (Double) -> String) {
        self.width = Swift.min(Swift.max(width, PlotStyle.widthRange.lowerBound), PlotStyle.widthRange.upperBound)
        self.height = Swift.min(Swift.max(height, PlotStyle.heightRange.lowerBound), PlotStyle.heightRange.upperBound)
        self.charset = charset
        self.format = format
        self.wasClamped = self.width != width || self.height != height
    }

    var glyphs: Glyphs { charset == .unicode ? .unicode : .ascii }
}

/// The characters of one charset.
struct Glyphs: Sendable {
    let vertical: Character, yTick: Character, corner: Character, horizontal: Character, xTick: Character
    /// Markers for the series of a line plot drawn at character resolution.
    let seriesMarkers: [Character]
    /// Markers for the classes of a scatter plot.
    let classMarkers: [Character]
    /// Shades from lowest to highest for heatmaps.
    let shades: [Character]
    /// The bar of a histogram or bar chart.
    let bar: Character
    /// Eighths of a bar cell (one eighth to seven eighths); empty when the charset has none.
    let partialBars: [Character]
    /// A path's segments by direction, its points, its start and its end.
    let pathHorizontal: Character, pathVertical: Character, pathRising: Character, pathFalling: Character
    let pathPoint: Character, pathStart: Character, pathEnd: Character
    /// A value that is not a number on a heatmap.
    let undefined: Character
    /// Whether lines are drawn in braille dots.
    let braille: Bool

    static let unicode = Glyphs(
        vertical: "│", yTick: "┤", corner: "└", horizontal: "─", xTick: "┬",
        seriesMarkers: ["•", "×", "+", "∘", "▪", "◆", "*", "#"],
        classMarkers: ["●", "○", "▲", "■", "◆", "×", "+", "*"],
        shades: [" ", "░", "▒", "▓", "█"],
        bar: "█", partialBars: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
        pathHorizontal: "─", pathVertical: "│", pathRising: "╱", pathFalling: "╲",
        pathPoint: "•", pathStart: "S", pathEnd: "E", undefined: "?", braille: true)

    // The ASCII shades leave out `-` and `|`, which draw the path.
    static let ascii = Glyphs(
        vertical: "|", yTick: "+", corner: "+", horizontal: "-", xTick: "+",
        seriesMarkers: ["*", "+", "o", "x", "#", "@", "%", "&"],
        classMarkers: ["o", "x", "+", "*", "#", "@", "%", "&"],
        shades: [" ", ".", ":", "=", "+", "*", "#", "%", "@"],
        bar: "#", partialBars: [],
        pathHorizontal: "-", pathVertical: "|", pathRising: "/", pathFalling: "\\",
        pathPoint: "o", pathStart: "S", pathEnd: "E", undefined: "?", braille: false)
}
