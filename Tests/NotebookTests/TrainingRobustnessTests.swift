import Testing

@testable import Notebook

/// Networks, optimizers, data sets and train in hostile and careless input: an error message,
/// never a crash, and the session goes on with its bindings.
@Suite struct TrainingRobustnessTests {
    static let setup =
        "net = mlp(2, 3, 1); opt = sgd(net, lr = 0.1); d = moons(10, signed = true); w = [1.0]; o1 = adam(w)"

    @Test(arguments: [
        "net + 1", "net[0]", "-net", "net(1, 2)", "net(moons(3))", "net(ones(2, 2, 2))", "net(zeros(0, 2))", "net.foo",
        "opt(3)", "opt.exp_avg", "o1.exp_avg", "d(1)", "d.w", "net = net; net(ones(1, 2))", "mlp()", "mlp(2)",
        "mlp(2, 0)",
        "mlp(2, 1e9, 1e9)", "mlp(2, 1e300)", "mlp(2, 1, act = sum)", "mlp(2, 1, act = 3)", "mlp(2, 1, init = 3)",
        "mlp(2, 1, init = relu)", "linear(0, 1)", "linear(2, 2, bias = [1, 2])", "linear(weight = 3)",
        "linear(weight = zeros(2, 0))",
        "linear(weight = [[1]], bias = true)(ones(1, 1))", "linear(2, 3, 4)", "dropout(2)", "dropout(nan)",
        "dropout(-0.1)(ones(2))",
        "batchnorm1d(0)", "batchnorm1d(2, momentum = 2)", "batchnorm1d(2, eps = -1)", "batchnorm1d(2)(ones(1, 2))",
        "batchnorm1d(2)(ones(3))", "sequential()", "sequential(1)", "sequential(relu)(ones(2))",
        "sgd(sequential(relu))",
        "layer(net, -1)", "layer(net, 1e300)", "layer(linear(1, 1), 0)", "param(net, 3)", "param(3, \"a\")",
        "buffer(net, \"x\")",
        "uniform(1, 0)", "uniform(nan, 1)", "normal(0, inf)", "constant(nan)", "u = uniform(); u(-1)",
        "u = uniform(); u(1e9, 1e9)",
        "u = uniform(); u(\"a\")", "kaiming_normal(-1, 2)", "kaiming_normal(3, 2, a = nan)",
        "kaiming_normal(3, 2, nonlinearity = 3)",
        "kaiming_uniform(0, 0)", "xavier_uniform(3, 2, gain = -1)", "gain(\"bogus\")", "gain(3)",
        "gain(\"leaky_relu\", nan)",
        "moons(-1)", "moons(1e300)", "moons(0)", "moons(10, noise = -1)", "spirals(1e9, classes = 1e9)",
        "spirals(5, classes = 0)",
        "blobs(10, centers = 0)", "blobs(10, features = 1e12)", "xor(0)", "regression(10, features = 0)",
        "regression(1e15)",
        "split(d, 1)", "split(d, 0.99)", "split(moons(1), 0.5)", "split(3)", "mse(net, 1)", "hinge()",
        "cross_entropy(ones(2), [0, 1])",
        "cross_entropy(zeros(0, 3), zeros(0))", "accuracy(zeros(0), zeros(0))", "accuracy(ones(2, 2), ones(3))", "l1()",
        "l2(net, d)",
        "sgd()", "sgd(net, net)", "sgd(net, lr = nan)", "adam(net, betas = [1, 0.9])", "rmsprop(net, alpha = -1)",
        "adadelta(net, rho = 2)", "nadam(net, momentum_decay = -1)", "adagrad(net, eps = inf)", "set_lr(3, 1)",
        "set_lr(opt, inf)",
        "state(opt, 3)", "state(opt, \"0.weight\", 3)", "state(opt, \"nope\")", "step_lr(opt, step_size = 0)",
        "step_lr(opt, step_size = 1e300)", "exponential_lr(opt, -1)", "inverse_time_lr(opt, nan)",
        "inverse_time_lr(3, 1)",
        "ravine(w)", "ravine([1, 2], kappa = 0)", "rosenbrock(ones(3))", "cubic(ones(2))", "saddle(net)",
        "step", "step opt, 3", "step d", "eval", "eval 3", "eval net, net", "train", "train net on",
        "train net on d with opt for",
        "train net on d with opt for 1e20 steps", "train net on d with opt for nan steps",
        "train net on d with opt for 2 steps batch 1e300",
        "train net on d with opt for 2 steps batch -1",
        "train net on d with opt for 2 steps val moons(5, signed = true) val d",
        "train net on d with opt for 2 steps val xor(5)", "train net on d with opt for 2 steps val spirals(3)",
        "train net on d, d with opt for 2 steps", "train net on ones(3), ones(3) with opt for 2 steps",
        "train net on zeros(0, 2), zeros(0) with opt for 2 steps", "train net on d with opt for 2 steps loss L",
        "L(a) = a; train net on d with opt for 2 steps loss L",
        "L(a, b) = 3; train net on d with opt for 2 steps loss L",
        "L(a, b) = a; train net on d with opt for 2 steps loss L",
        "L(a, b) = d; train net on d with opt for 2 steps loss L",
        "L(a, b) = L(a, b); train net on d with opt for 2 steps loss L",
        "train net on d with opt for 2 steps loss \"mse\" batch 3",
        "zero d", "zero net, opt, w", "history", "plot history", "plot net", "plot opt", "x = net; zero x",
        "repeat 3 { train net on d with opt for 2 steps }",
        "train net on d with opt for 2 steps; plot history size 30, 5",
    ])
    func neverCrashes(_ source: String) {
        let session = Session(seed: 1)
        run(Self.setup + "; keep = 41", in: session)
        _ = session.execute(source)
        #expect(run("keep + 1", in: session) == "42")
        #expect(session.network("net") != nil)
    }
}
