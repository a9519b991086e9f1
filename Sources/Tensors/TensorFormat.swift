/// The one way gradbook writes a tensor: nested brackets laid out as NumPy does, with numbers
/// from a ``NumberFormat``. The text depends only on the tensor and these settings, so it is the
/// same on every machine.
///
/// - A scalar is just its number.
/// - A tensor whose numbers all sit in one row and fit on one line is written compactly:
///   `[1, 2.5, -3]`.
/// - Otherwise each innermost row gets its own line, indented to its bracket depth, and blocks of
///   higher axes are separated by blank lines, as NumPy does: one between matrices, two between
///   stacks of matrices, and so on.
///   Numbers are aligned by their decimal point across the whole tensor: the part before the
///   `.` (or `e`) is padded on the left, the rest on the right, after the comma so that commas
///   stay next to their numbers. A row longer than ``lineWidth`` wraps after a comma and
///   continues under the row's first number.
/// - A tensor with more than ``threshold`` elements shows only the first and last ``edgeItems``
///   entries of each longer axis, with `...` between (NumPy's summarisation).
/// - Empty tensors show their bracket structure: `[]`, or `[[], []]` for shape (2, 0).
public struct TensorFormat: Sendable {
    /// How each element is written.
    public var number: NumberFormat
    /// The widest a line may be, counting the `indent` columns in front of it.
    public var lineWidth: Int = 80
    /// How many entries to show at each end of a summarised axis (at least 1 is used).
    public var edgeItems: Int = 3
    /// The most elements shown in full; larger tensors are summarised.
    public var threshold: Int = 1000

    /// A tensor format; the defaults match NumPy's except the wider line.
    public init(
        number: NumberFormat = NumberFormat(), lineWidth: Int = 80, edgeItems: Int = 3, threshold: Int = 1000
    ) {
        self.number = number
        self.lineWidth = lineWidth
        self.edgeItems = edgeItems
        self.threshold = threshold
    }

    /// `t` as text. Every line after the first starts with `indent` extra spaces, so a caller
    /// can write a prefix such as `W = ` (indent 4) before the first line and the rest line up.
    public func string(_ t: Tensor, indent: Int = 0) -> String {
        if t.rank == 0 { return number.string(t.scalars[0]) }
        let edge = max(edgeItems, 1)
        if t.count == 0 {
            return emptyString(t.shape[...], edge: edge, summarise: emptyLeafCount(t.shape) > threshold)
        }

        var layout = Layout(tensor: t, edge: edge, summarise: t.count > threshold)
        let texts = layout.offsets.map { number.string(t.scalars[$0]) }
        // Clamped so that no setting, however odd, can overflow the arithmetic below.
        let indent = min(max(indent, 0), 1 << 16)
        let lineWidth = max(lineWidth, 0)

        if t.shape.dropLast().allSatisfy({ $0 == 1 }) {
            let row = layout.elide(texts).joined(separator: ", ")
            let compact = String(repeating: "[", count: t.rank) + row + String(repeating: "]", count: t.rank)
            if indent + compact.utf8.count <= lineWidth { return compact }
        }

        let split = texts.map { text -> (before: Int, after: Int) in
            let before =
                text.utf8.firstIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") }
                .map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? text.utf8.count
            return (before, text.utf8.count - before)
        }
        let maxBefore = split.map(\.before).max() ?? 0
        let maxAfter = split.map(\.after).max() ?? 0
        layout.words = zip(texts, split).map { String(repeating: " ", count: maxBefore - $1.before) + $0 }
        layout.rightPads = split.map { maxAfter - $0.after }
        layout.wordWidth = maxBefore + maxAfter
        return layout.render(axis: 0, hanging: String(repeating: " ", count: indent + 1), width: lineWidth)
    }

    /// How many innermost `[]` an empty tensor prints before summarising: the product of the
    /// axes before its first zero-length one (saturating, so it cannot overflow).
    private func emptyLeafCount(_ shape: [Int]) -> Int {
        var leaves = 1
        for dim in shape.prefix(while: { $0 != 0 }) {
            let (product, overflow) = leaves.multipliedReportingOverflow(by: dim)
            leaves = overflow ? Int.max : product
        }
        return leaves
    }

    private func emptyString(_ shape: ArraySlice<Int>, edge: Int, summarise: Bool) -> String {
        guard let n = shape.first, n > 0, shape.count > 1 else { return "[]" }
        let inner = emptyString(shape.dropFirst(), edge: edge, summarise: summarise)
        let items =
            summarise && n - edge > edge
            ? Array(repeating: inner, count: edge) + ["..."] + Array(repeating: inner, count: edge)
            : Array(repeating: inner, count: n)
        return "[" + items.joined(separator: ", ") + "]"
    }
}

/// Which elements are shown, and the NumPy layout of them once their text is known.
private struct Layout {
    let shape: [Int]
    let strides: [Int]
    let edge: Int
    let summarise: Bool
    /// Flat offsets of the shown elements, in the order they are printed.
    private(set) var offsets: [Int] = []
    /// The shown elements' text, padded on the left to the common width before the point.
    var words: [String] = []
    /// Spaces owed on the right of each word to reach the common width after the point.
    var rightPads: [Int] = []
    var wordWidth = 0
    private var cursor = 0

    init(tensor: Tensor, edge: Int, summarise: Bool) {
        shape = tensor.shape
        strides = Shape.strides(of: tensor.shape)
        self.edge = edge
        self.summarise = summarise
        collectOffsets(axis: 0, offset: 0)
    }

    func isElided(_ axis: Int) -> Bool { summarise && shape[axis] - edge > edge }

    /// The indices shown along `axis`; when elided, `...` goes before position `edge`.
    func shownIndices(_ axis: Int) -> [Int] {
        let n = shape[axis]
        return isElided(axis) ? Array(0..<edge) + Array((n - edge)..<n) : Array(0..<n)
    }

    /// A single row's texts with `...` in place of its hidden middle.
    func elide(_ texts: [String]) -> [String] {
        isElided(shape.count - 1) ? Array(texts[..<edge]) + ["..."] + Array(texts[edge...]) : texts
    }

    private mutating func collectOffsets(axis: Int, offset: Int) {
        for i in shownIndices(axis) {
            let next = offset + i * strides[axis]
            if axis == shape.count - 1 {
                offsets.append(next)
            } else {
                collectOffsets(axis: axis + 1, offset: next)
            }
        }
    }

    /// NumPy's `_formatArray` recursion: `hanging` is the indentation of this bracket's
    /// contents (the first line's copy is replaced by the bracket), and `width` shrinks by one
    /// per level to leave room for the closing brackets.
    mutating func render(axis: Int, hanging: String, width: Int) -> String {
        let axesLeft = shape.count - axis
        let indices = shownIndices(axis)
        var text = ""
        if axesLeft == 1 {
            // Room for the `,` or `]` that follows each number.
            let elementWidth = width - 1
            var line = hanging
            for k in indices.indices {
                if isElided(axis), k == edge {
                    extend(&text, &line, with: "...", width: 3, limit: elementWidth, hanging: hanging)
                    line += ", "
                }
                extend(&text, &line, with: words[cursor], width: wordWidth, limit: elementWidth, hanging: hanging)
                let pad = String(repeating: " ", count: rightPads[cursor])
                line += k == indices.count - 1 ? pad : "," + pad + " "
                cursor += 1
            }
            text += line
        } else {
            let separator = "," + String(repeating: "\n", count: axesLeft - 1)
            for k in indices.indices {
                if isElided(axis), k == edge { text += hanging + "..." + separator }
                let nested = render(axis: axis + 1, hanging: hanging + " ", width: width - 1)
                text += hanging + nested + (k == indices.count - 1 ? "" : separator)
            }
        }
        return "[" + text.dropFirst(hanging.utf8.count) + "]"
    }

    /// Appends `word` to `line`, first moving to a new line if it would pass `limit`, unless
    /// the line holds nothing yet and wrapping could not help.
    private func extend(
        _ text: inout String, _ line: inout String, with word: String, width: Int, limit: Int, hanging: String
    ) {
        let length = line.utf8.count
        if length + width > limit, length > hanging.utf8.count {
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
            line = hanging
        }
        line += word
    }
}
