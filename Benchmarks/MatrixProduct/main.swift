import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// gradbook-matmul-bench: GFLOP/s of the matrix product C = A·B for square sizes, on every kernel
// path this machine has, with one thread and with one per processor. Not part of `swift test`.
//
//   gradbook-matmul-bench [--cpu] [SIZE …]      (default: 64 128 256 512 1024)
//
// Each figure is the best of several runs lasting about half a second in all.

func seconds(cpuTime: Bool = false) -> Double {
    var now = timespec()
    clock_gettime(cpuTime ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
}

func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }

// --cpu: time the single-threaded runs by the thread's CPU time, not the wall clock (for tuning
// on a busy machine; never for the figures in BENCHMARKS.md).
let cpuTime = CommandLine.arguments.contains("--cpu")
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
var random = RandomSource(seed: 1)
print("size  path       threads  GFLOP/s")
for n in sizes.isEmpty ? [64, 128, 256, 512, 1024] : sizes {
    let a = try Tensor(shape: [n, n], scalars: (0..<n * n).map { _ in random.normal() })
    let b = try Tensor(shape: [n, n], scalars: (0..<n * n).map { _ in random.normal() })
    let flops = 2 * Double(n) * Double(n) * Double(n)
    for path in MatrixProductPath.allCases where path.isAvailable {
        for threads in cpuTime ? [1] : [1, 0] {
            var best = Double.infinity
            var spent = 0.0
            var runs = 0
            while spent < 0.5 || runs < 3 {
                let start = seconds(cpuTime: cpuTime)
                _ = try a.matmul(b, transposingSelf: false, transposingOther: false, path: path, threads: threads)
                let elapsed = seconds(cpuTime: cpuTime) - start
                best = min(best, elapsed)
                spent += elapsed
                runs += 1
            }
            print(
                padded(String(n), 6) + padded("\(path)", 11) + padded(threads == 0 ? "all" : "1", 9)
                    + String(Int((flops / best / 1e9).rounded())))
        }
    }
}
