import NN
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// gradbook-bench: the micrograd demo on gradbook's engine, for profiling and for the peers in
// scripts/bench. Not part of `swift test`.
//
//   gradbook-bench [--seed N] [--steps N] [--repeat R] [--export file.json] [--quiet]
//
// Prints the loss and accuracy of every step and the training time of each repetition (a fresh
// network each time, so every repetition does the same work). --export writes the data, the
// initial parameters and the per-step log as JSON, for the Python peers to start from.

struct Options {
    var seed: UInt64 = 1337
    var steps = 100
    var repetitions = 1
    var exportPath: String?
    var quiet = false

    init(_ arguments: [String]) {
        var rest = arguments[...]
        func number(atLeast minimum: Int) -> Int {
            guard let text = rest.popFirst(), let n = Int(text), n >= minimum else { Options.usage() }
            return n
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--seed": seed = UInt64(number(atLeast: 0))
            case "--steps": steps = number(atLeast: 0)
            case "--repeat": repetitions = number(atLeast: 1)
            case "--export":
                guard let path = rest.popFirst() else { Options.usage() }
                exportPath = path
            case "--quiet": quiet = true
            default: Options.usage()
            }
        }
    }

    static func usage() -> Never {
        complain("usage: gradbook-bench [--seed N] [--steps N] [--repeat R] [--export file.json] [--quiet]")
        exit(64)
    }
}

/// A line on standard error (through write(2): C's `stderr` is a mutable global to Swift 6).
func complain(_ text: String) {
    fflush(nil)
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

func seconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
}

/// Shortest text that reads back as the same Double (Swift's description), as JSON.
func json(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }
func json(_ xs: [Double]) -> String { "[" + xs.map(json).joined(separator: ", ") + "]" }

func exportJSON(_ demo: MicrogradDemo, log: [MicrogradDemo.Step], seed: UInt64, to path: String) {
    let width = demo.data.featureCount
    let rows = (0..<demo.data.count).map { json(Array(demo.data.inputs.scalars[($0 * width)..<(($0 + 1) * width)])) }
    let parameters = demo.network.namedParameters.map { name, variable in
        "    {\"name\": \"\(name)\", \"shape\": \(variable.value.shape), \"values\": \(json(variable.value.scalars))}"
    }
    let text = """
        {
          "seed": \(seed),
          "X": [\(rows.joined(separator: ", "))],
          "y": \(json(demo.data.targets.scalars)),
          "parameters": [
        \(parameters.joined(separator: ",\n"))
          ],
          "loss": \(json(log.map(\.loss))),
          "accuracy": \(json(log.map(\.accuracy)))
        }

        """
    guard let file = fopen(path, "w") else {
        complain("gradbook-bench: cannot write \(path)")
        exit(1)
    }
    fputs(text, file)
    fclose(file)
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
do {
    for repetition in 0..<options.repetitions {
        let demo = try MicrogradDemo(seed: options.seed)
        let initial = options.exportPath == nil ? nil : try MicrogradDemo(seed: options.seed)
        let start = seconds()
        let log = try demo.train(steps: options.steps)
        let elapsed = seconds() - start
        if !options.quiet && repetition == 0 {
            for (k, step) in log.enumerated() {
                print("step \(k) loss \(step.loss), accuracy \(step.accuracy * 100)%")
            }
        }
        print("training time: \((elapsed * 1e6).rounded() / 1000) ms")
        if let initial, let path = options.exportPath, repetition == 0 {
            exportJSON(initial, log: log, seed: options.seed, to: path)
        }
    }
} catch {
    complain("gradbook-bench: \(error)")
    exit(1)
}
