/// The TeX-ish maths of the course notes as readable text: `\frac{\partial a}{\partial w_{11}}`
/// becomes `∂a/∂w₁₁` (or `da/dw11` in ASCII). Not a TeX engine: the commands the notes use,
/// and anything else shown as written without its backslash.
struct TeXText {
    let ascii: Bool

    func render(_ tex: String) -> String {
        var parser = Parser(characters: Array(tex), ascii: ascii)
        return parser.sequence(until: nil).text.replacingDoubleSpaces()
    }

    private static let symbols: [String: (unicode: String, ascii: String)] = [
        "alpha": ("α", "alpha"), "beta": ("β", "beta"), "gamma": ("γ", "gamma"), "delta": ("δ", "delta"),
        "epsilon": ("ε", "eps"), "varepsilon": ("ε", "eps"), "eta": ("η", "eta"), "theta": ("θ", "theta"),
        "lambda": ("λ", "lambda"), "mu": ("μ", "mu"), "rho": ("ρ", "rho"), "sigma": ("σ", "sigma"),
        "psi": ("ψ", "psi"), "omega": ("ω", "omega"), "pi": ("π", "pi"), "Delta": ("Δ", "Delta"),
        "Sigma": ("Σ", "Sigma"), "partial": ("∂", "d"), "nabla": ("∇", "grad "), "cdot": ("·", "*"),
        "times": ("×", "x"), "circ": ("∘", "o"), "sum": ("Σ", "sum "), "prod": ("Π", "prod "), "infty": ("∞", "inf"),
        "le": ("≤", "<="), "leq": ("≤", "<="), "ge": ("≥", ">="), "geq": ("≥", ">="), "neq": ("≠", "!="),
        "ne": ("≠", "!="), "approx": ("≈", "~"), "pm": ("±", "+-"), "sim": ("~", "~"), "in": ("∈", "in"),
        "to": ("→", "->"), "rightarrow": ("→", "->"), "leftarrow": ("←", "<-"), "Rightarrow": ("⇒", "=>"),
        "ldots": ("…", "..."), "dots": ("…", "..."), "cdots": ("⋯", "..."), "|": ("‖", "||"),
        "lim": ("lim", "lim"), "log": ("log", "log"), "exp": ("exp", "exp"), "max": ("max", "max"),
        "min": ("min", "min"), "tanh": ("tanh", "tanh"), "sqrt": ("√", "sqrt"),
        "left": ("", ""), "right": ("", ""), ",": (" ", " "), ";": (" ", " "), "quad": ("  ", "  "),
        "qquad": ("  ", "  "),
        "{": ("{", "{"), "}": ("}", "}"), "_": ("_", "_"), "%": ("%", "%"),
    ]

    /// Commands after which a space is TeX's separator, not a space to show.
    static let prefixes: Set<String> = [
        "partial", "nabla", "sqrt", "delta", "Delta", "alpha", "beta", "gamma", "epsilon", "varepsilon", "eta",
        "theta", "lambda", "mu", "rho", "sigma", "psi", "omega", "pi", "Sigma",
    ]

    private static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "t": "ᵗ", "T": "ᵀ", "k": "ᵏ",
        "l": "ˡ", "L": "ᴸ",
    ]
    private static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "o": "ₒ", "x": "ₓ", "h": "ₕ",
        "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "p": "ₚ", "s": "ₛ", "t": "ₜ", "i": "ᵢ", "j": "ⱼ", "r": "ᵣ", "u": "ᵤ",
        "v": "ᵥ",
    ]

    private struct Piece {
        var text: String
        /// More than one symbol, so that a fraction puts it in parentheses.
        var compound: Bool
    }

    private struct Parser {
        let characters: [Character]
        let ascii: Bool
        var position = 0

        mutating func sequence(until closing: Character?) -> Piece {
            var text = ""
            var atoms = 0
            while position < characters.count {
                let c = characters[position]
                if c == closing {
                    position += 1
                    break
                }
                let piece = atom()
                text += piece.text
                if !piece.text.trimmingCharacters(in: " ").isEmpty { atoms += 1 }
            }
            return Piece(text: text, compound: atoms > 1 && Self.hasTopLevelOperator(text))
        }

        /// `x - μ` needs parentheses in a fraction; `∂a` and `√(σ² + ε)` do not.
        static func hasTopLevelOperator(_ text: String) -> Bool {
            var depth = 0
            for c in text {
                if c == "(" {
                    depth += 1
                } else if c == ")" {
                    depth -= 1
                } else if depth == 0, " +-−=,".contains(c) {
                    return true
                }
            }
            return false
        }

        /// One symbol, group or command with its arguments.
        mutating func atom() -> Piece {
            let c = characters[position]
            position += 1
            switch c {
            case "{": return sequence(until: "}")
            case "^": return script(TeXText.superscripts, marker: "^")
            case "_": return script(TeXText.subscripts, marker: "_")
            case "\\": return command()
            case "$": return Piece(text: "", compound: false)
            default: return Piece(text: String(c), compound: false)
            }
        }

        private mutating func argument() -> Piece {
            while position < characters.count, characters[position] == " " { position += 1 }
            guard position < characters.count else { return Piece(text: "", compound: false) }
            return atom()
        }

        private mutating func script(_ table: [Character: Character], marker: String) -> Piece {
            let body = argument().text
            if ascii {
                // w_{11} reads as the notebook's name w11; powers keep their caret.
                return Piece(text: marker == "_" ? body : "^" + (body.count > 1 ? "(\(body))" : body), compound: false)
            }
            let mapped = body.compactMap { table[$0] }
            if mapped.count == body.count { return Piece(text: String(mapped), compound: false) }
            return Piece(text: marker == "_" ? body : "^(\(body))", compound: false)
        }

        private mutating func command() -> Piece {
            var name = ""
            while position < characters.count, characters[position].isLetter {
                name.append(characters[position])
                position += 1
            }
            if name.isEmpty, position < characters.count {
                name = String(characters[position])
                position += 1
            }
            // A symbol binds to what follows, as in TeX, where spaces in maths are ignored:
            // `\partial a` reads ∂a. Operators such as \cdot keep their spaces.
            // In ASCII a Greek letter is a word (eta), and words keep their spaces.
            if TeXText.prefixes.contains(name), !ascii || ["partial", "sqrt", "nabla"].contains(name) {
                while position < characters.count, characters[position] == " " { position += 1 }
            }
            switch name {
            case "frac":
                let numerator = argument()
                let denominator = argument()
                func wrap(_ p: Piece) -> String { p.compound ? "(\(p.text))" : p.text }
                return Piece(text: wrap(numerator) + "/" + wrap(denominator), compound: true)
            case "sqrt":
                let body = argument()
                let root = ascii ? "sqrt" : "√"
                // √x, but √(n/(n − 1)): anything longer than one symbol gets parentheses.
                let bare = body.text.count == 1 || (body.text.hasPrefix("(") && body.text.hasSuffix(")"))
                return Piece(text: root + (bare && !ascii ? body.text : "(\(body.text))"), compound: false)
            case "text", "mathrm", "operatorname", "mathbf", "mathbb", "mathcal", "boldsymbol":
                return Piece(text: argument().text, compound: false)
            case "hat", "bar", "tilde":
                let body = argument().text
                if ascii {
                    return Piece(text: body + (name == "hat" ? "^" : name == "bar" ? "_bar" : "~"), compound: false)
                }
                let mark: Character = name == "hat" ? "\u{302}" : name == "bar" ? "\u{304}" : "\u{303}"
                return Piece(text: body + String(mark), compound: false)
            default:
                if let symbol = TeXText.symbols[name] {
                    return Piece(text: ascii ? symbol.ascii : symbol.unicode, compound: false)
                }
                return Piece(text: name, compound: false)
            }
        }
    }
}

extension String {
    func replacingDoubleSpaces() -> String {
        var result = ""
        for c in self where !(c == " " && result.last == " ") { result.append(c) }
        return result
    }
}
