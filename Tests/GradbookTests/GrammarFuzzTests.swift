import Foundation
import Tensors
import Testing

/// A seeded grammar fuzzer: statements from the language's grammar, then mutated (a closing
/// bracket dropped, a token deleted, a stray character inserted), piped through the real binary.
/// Every statement is followed by a marker (a blank line and a string, or a `:seed N` line);
/// every marker must be answered in order, so no statement crashed, hung or swallowed the next
/// (an unclosed `(`/`[` ends at the blank line or the meta command). `GRADBOOK_FUZZ_STATEMENTS` and `GRADBOOK_FUZZ_SEED` make a larger run
/// (scripts/fuzz/run.sh).
@Suite struct GrammarFuzzTests {
    @Test func fuzzedStatementsNeverCrashOrSwallowTheNext() throws {
        let environment = ProcessInfo.processInfo.environment
        let total = environment["GRADBOOK_FUZZ_STATEMENTS"].flatMap(Int.init) ?? 1_000
        var generator = StatementGenerator(seed: environment["GRADBOOK_FUZZ_SEED"].flatMap(UInt64.init) ?? 1)
        let batch = 2_000
        var done = 0
        while done < total {
            let count = Swift.min(batch, total - done)
            let statements = (0..<count).map { _ in generator.statement() }
            // Odd statements are followed directly by a meta command, which ends an open ( or [
            // as a blank line does; it prints `seed N` for the marker.
            let script =
                statements.enumerated().map { index, statement in
                    index % 2 == 0 ? "\(statement)\n\n\"mark \(done + index)\"" : "\(statement)\n:seed \(done + index)"
                }.joined(separator: "\n") + "\n"
            let result = try GradbookProcess.run(["--seed", "0"], input: script)
            #expect(
                result.status == 0 || result.status == 1,
                "batch at \(done): exit status \(result.status)\n\(result.standardError.prefix(2_000))")
            let marks = result.lines.compactMap { line -> Int? in
                if line.hasPrefix("\"mark ") { return Int(line.dropFirst(6).dropLast()) }
                if line.hasPrefix("seed ") { return Int(line.dropFirst(5)) }
                return nil
            }
            let expected = Array(done..<(done + count))
            if marks != expected {
                let missing = expected.first { !marks.contains($0) } ?? done
                Issue.record("statement lost or crashed before marker \(missing): \(statements[missing - done])")
            }
            done += count
        }
    }
}

/// Statements of the notebook language from its grammar, mutated now and then, drawn from the
/// project's one seeded generator.
struct StatementGenerator {
    var random: RandomSource

    init(seed: UInt64) { random = RandomSource(seed: seed) }

    mutating func below(_ n: Int) -> Int { random.integer(below: n) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    static let names = ["x", "y", "W", "b", "f", "g", "net", "data", "nope", "relu", "e", "pi", "_t"]
    static let functions = [
        "sin", "relu", "exp", "log", "sum", "mean", "tanh", "sigmoid", "ones", "zeros", "randn",
        "reshape", "softmax", "max", "clamp", "f", "g", "undefined", "mlp", "sgd", "transpose",
    ]
    static let binary = ["+", "-", "*", "/", "^", "@", "<", "==", "..", ">="]

    mutating func number() -> String {
        pick(["0", "1", "2", "3", "0.5", "-1", "1e3", "2.5e-3", "1e999", "nan", "inf", "7"])
    }

    mutating func expression(_ depth: Int = 0) -> String {
        let leaf = depth > 3 || chance(30)
        if leaf {
            switch below(4) {
            case 0: return number()
            case 1: return pick(StatementGenerator.names)
            case 2: return "\"s\(below(9))\""
            default: return "[" + (0..<below(4)).map { _ in number() }.joined(separator: ", ") + "]"
            }
        }
        switch below(8) {
        case 0: return expression(depth + 1) + " " + pick(StatementGenerator.binary) + " " + expression(depth + 1)
        case 1: return "-" + expression(depth + 1)
        case 2: return "(" + expression(depth + 1) + ")"
        case 3:
            let arguments = (0..<below(4)).map { _ in
                chance(20) ? pick(["lr", "axis", "act", "p"]) + " = " + expression(depth + 1) : expression(depth + 1)
            }
            return pick(StatementGenerator.functions) + "(" + arguments.joined(separator: ", ") + ")"
        case 4: return expression(depth + 1) + "[" + pick(["0", "-1", ":", "0:2", "::2", "1, 0", "x"]) + "]"
        case 5: return expression(depth + 1) + "." + pick(["shape", "T", "grad", "size", "nope"])
        case 6: return "[" + (0..<(1 + below(3))).map { _ in expression(depth + 1) }.joined(separator: ", ") + "]"
        default: return expression(depth + 1) + "^" + expression(depth + 1)
        }
    }

    mutating func statement() -> String {
        var text: String
        switch below(12) {
        case 0, 1, 2: text = pick(StatementGenerator.names) + " " + pick(["=", "+=", "-=", "*="]) + " " + expression()
        case 3: text = pick(["f", "g", "h"]) + "(" + pick(["x", "x, y", "t"]) + ") = " + expression()
        case 4: text = pick(["backward ", "grad ", "derive ", "zero "]) + expression()
        case 5:
            text = pick([
                ":vars", ":digits 3", ":digits 6", ":width 60", ":reset", ":help relu", ":time 1 + 1", ":nope",
            ])
        case 6: text = "repeat \(below(3)) { " + pick(StatementGenerator.names) + " = " + expression() + " }"
        case 7: text = expression() + ";"
        default: text = expression()
        }
        return mutate(text)
    }

    /// Drops a closing bracket, deletes a character, inserts a stray one (a control character
    /// too), splits the line, or nests the statement far too deep or chains it far too long.
    mutating func mutate(_ text: String) -> String {
        guard chance(35), !text.isEmpty else { return text }
        var characters = Array(text)
        switch below(6) {
        case 4:
            // Far too deep, or a long flat chain.
            let depth = 200 + below(400)
            return chance(50)
                ? String(repeating: pick(["(", "-", "sin(", "2^"]), count: depth) + text
                : text + String(repeating: " + 1", count: depth * 3)
        case 5: characters.insert(pick(["\r", "\u{0}", "\u{7F}", "\t", "\u{FEFF}"]), at: below(characters.count + 1))
        case 0:
            if let index = characters.lastIndex(where: { $0 == ")" || $0 == "]" }) { characters.remove(at: index) }
        case 1:
            let index = below(characters.count)
            if characters[index] != "}" { characters.remove(at: index) }
        case 2:
            characters.insert(
                pick(["(", "[", ")", "]", ",", "=", "'", "$", "\"", "\u{1B}", ":", "."]),
                at: below(characters.count + 1))
        default:
            if let index = characters.firstIndex(where: { $0 == "(" || $0 == "[" }) {
                characters.insert("\n", at: index + 1)
            }
        }
        return String(characters)
    }
}
