import Testing

@testable import Notebook

/// Lines wider than the width break between terms or list items, never inside a word.
@Suite struct FormulaWrapTests {
    /// The broken lines, joined back, are the line.
    static func joined(_ lines: [String]) -> String {
        lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.drop { $0 == " " }) }.joined(
            separator: " ")
    }

    @Test(arguments: [
        (
            "d/dx[x²·sin(x)/(1 + x)] = ((2·x·sin(x) + x²·cos(x))·(1 + x) − x²·sin(x))/(1 + x)²", 70,
            ["d/dx[x²·sin(x)/(1 + x)]", "    = ((2·x·sin(x) + x²·cos(x))·(1 + x) − x²·sin(x))/(1 + x)²"]
        ),
        (
            "  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = tanh, init = xavier);", 80,
            [
                "  gb> net = mlp(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 1, act = tanh,",
                "      init = xavier);",
            ]
        ),
        (
            "at w11 = 0.5, p11 = 1.5, v11 = 1.2, x1 = 1, w21 = -0.3, x2 = -2, v21 = -0.7, z2 = 0.598688:", 60,
            ["at w11 = 0.5, p11 = 1.5, v11 = 1.2, x1 = 1, w21 = -0.3,", "    x2 = -2, v21 = -0.7, z2 = 0.598688:"]
        ),
        ("short enough", 20, ["short enough"]),
    ])
    func breaksWhereAReaderWould(_ line: String, _ width: Int, _ expected: [String]) {
        let lines = FormulaWrap.lines(line, width: width)
        #expect(lines == expected)
        #expect(Self.joined(lines) == line)
    }

    @Test func aWordWiderThanTheLineStandsAloneAndNothingIsLost() {
        let line = "a " + String(repeating: "x", count: 30) + " b"
        let lines = FormulaWrap.lines(line, width: 10)
        #expect(lines == ["a", "    " + String(repeating: "x", count: 30), "    b"])
        #expect(Self.joined(lines) == line)
    }
}
