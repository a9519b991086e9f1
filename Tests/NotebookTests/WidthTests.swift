import Testing

@testable import Notebook

/// What the notebook lays out itself — `:vars`, a network's summary and tables, an optimizer,
/// gradcheck, explain, train's header, log and footer — fits `:width`, so that the terminal
/// never breaks a line inside a word.
@Suite struct WidthTests {
    static let setUp = """
        x = -4; W = randn(2, 3); a_rather_long_variable_name = randn(4, 5); f(t) = t^2 * sin(t)
        net = sequential(linear(2, 4), batchnorm1d(4), relu, linear(4, 1)); opt = adam(net, lr = 0.01)
        data = moons(40, noise = 0.1, signed = true)
        """

    static let shown = [
        ":vars", "net", "net.parameters", "net.buffers", "opt",
        "z = [-1, 0, 2]; gradcheck sum(relu(z) * abs(z)) wrt z",
        "y = sum(tanh(W @ [1, 2, 3])); gradcheck y wrt W",
        "p = 2; q = -3; b = 1; s = q * p + b; e = tanh(s) * s; explain e",
        "explain e for q",
        "train net on data with opt for 10 steps loss hinge",
    ]

    @Test(arguments: [40, 60, 80, 100], [false, true])
    func everyLineFitsTheWidth(_ width: Int, ascii: Bool) {
        let session = Session(seed: 0, settings: Settings(width: width, ascii: ascii))
        run(Self.setUp, in: session)
        for entry in Self.shown {
            let lines = run(entry, in: session).split(separator: "\n")
            let wide = lines.filter { $0.count > width }
            #expect(wide.isEmpty, "\(entry) at width \(width)\(ascii ? ", ASCII" : ""): \(wide)")
        }
    }

    @Test func narrowingKeepsEveryWordWhole() {
        let wide = Session(seed: 0, settings: Settings(width: 1000))
        let narrow = Session(seed: 0, settings: Settings(width: 60))
        for session in [wide, narrow] { run(Self.setUp, in: session) }
        for entry in ["opt", "z = [-1, 0, 2]; gradcheck sum(relu(z) * abs(z)) wrt z", "explain e for q"] {
            if entry == "explain e for q" {
                for session in [wide, narrow] {
                    run("p = 2; q = -3; b = 1; s = q * p + b; e = tanh(s) * s", in: session)
                }
            }
            let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }
            #expect(words(run(entry, in: narrow)) == words(run(entry, in: wide)), "\(entry)")
        }
    }

    @Test func aPreviewInVarsEndsAfterAWholeNumber() {
        let session = Session(seed: 0, settings: Settings(width: 40))
        run("W = [[1.5, -2.25, 3.125, 4.5, 5.75, 6.5, 7.25]]", in: session)
        let lines = run(":vars", in: session).split(separator: "\n")
        #expect(
            lines.count == 2 && lines[1].hasPrefix("W     tensor  ") && lines[1].hasSuffix("  [[1.5, -2.25, …"),
            "\(lines)")
    }
}
