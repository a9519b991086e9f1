import Testing

@testable import Notebook

/// Hostile and careless input is an error message, never a crash, and the session goes on.
@Suite struct RobustnessTests {
    @Test(arguments: [
        "zeros(1e300)", "zeros(100000, 100000)", "randn(-1)", "ones(2.5)", "eye(1e6)", "arange(0, 1e300)",
        "arange(0, 1, 0)", "linspace(0, 1, 1e10)", "linspace(0, 1, -3)", "randperm(-5)", "randperm(1e9)",
        "ones(3)[1e20]", "ones(3)[nan]", "ones(3)[::0]", "ones(3)[0, 0]", "ones(2, 2)[0.5]", "reshape(ones(6), 4, -1)",
        "reshape(ones(6), -1, -1)", "reshape(zeros(0), -1)", "permute(ones(2, 3), 0, 0)", "permute(ones(2, 3), 0)",
        "concat()", "stack()", "concat(1, 2)", "stack([1, 2], [1])", "sum(ones(2), axis = 5)", "max(zeros(0))",
        "softmax(ones(2), axis = 3)", "repeat 1e30 { }", "repeat -1 { }", "repeat inf { }", "bernoulli(3, p = 2)",
        "rand(2, low = 1, high = 0)", "randn(2, std = -1)", "full(2)", "clamp()", "relu(1, 2)", "relu(x = 1, x = 2)",
        "\"a\" + 1", "true * 2", "(1..2) + 1", "relu.shape", "[1, [2]]", "f(", ")", "]", "}", "x = ", "= 3",
        ":digits 99999999999999999999999", ":width 5", ":seed abc", ":load", ":save", "backward", "grad",
        "backward 1, 2", "pi = 3; pi(2)", "1 / 0", "log(-1)", "0 ^ -1", "matmul(1, 2)", "ones(2) @ ones(3)",
        "x[0] = 1", "undefined += 1", "W = ones(2); W[5] = 1", "W = ones(2); W[0] = [1, 2, 3]",
        "\u{0}", "x = 1e999999", "😀 = 1", "repeat 3 { backward }",
    ])
    func neverCrashes(_ source: String) {
        let session = Session()
        run("keep = 41", in: session)
        _ = session.execute(source)
        #expect(run("keep + 1", in: session) == "42")
    }
}
