import Testing

@testable import Notebook

@Suite struct LayerProbeTests {
    /// A network small enough to work by hand: two blocks, known weights, zero biases.
    private func session() -> Session {
        let session = Session()
        run(
            """
            net = sequential(linear(weight = [[1, -1], [2, 0.5]]), relu, linear(weight = [[1, 1]]));
            X = [[1, 2], [3, -1], [0.5, 0.5]];
            """, in: session)
        return session
    }

    @Test func statisticsAreThoseOfEachBlocksOutput() {
        let session = session()
        let table = run("layer_stats(net, X)", in: session).split(separator: "\n").map(String.init)
        // Block 1 is relu(X Wᵀ) = [[0, 3], [4, 5.5], [0, 1.25]], mean 13.75/6; block 2 sums each row:
        // [3, 9.5, 1.25], mean 13.75/3, biased std √(37.79/3).
        #expect(table[0].hasPrefix("block  layers"))
        #expect(table[1].contains("Linear(2 → 2) + ReLU  2.29167  2.05354"))
        #expect(run("std(relu(X @ [[1, -1], [2, 0.5]].T), unbiased = false)", in: session) == "2.05354")
        #expect(table[2].contains("Linear(2 → 1)         4.58333  3.54926"))
    }

    @Test func gradientNormsEqualBackwardsAndLeaveNoGradient() {
        let session = session()
        let table = run("layer_stats(net, X)", in: session)
        #expect(failure("param(net, \"0.weight\").grad", in: session).contains("no gradient"))
        run("backward mean(net(X))", in: session)
        let first = run("sqrt(sum(param(net, \"0.weight\").grad ^ 2))", in: session)
        let second = run("sqrt(sum(param(net, \"2.weight\").grad ^ 2))", in: session)
        #expect(table.split(separator: "\n")[1].hasSuffix(first))
        #expect(table.split(separator: "\n")[2].hasSuffix(second))
    }

    @Test func activationIsOneBlocksOutput() {
        let session = session()
        #expect(run("activation(net, X, 1)", in: session) == "[[0,    3   ],\n [4,    5.5 ],\n [0,    1.25]]")
        #expect(
            failure("activation(net, X, 3)", in: session).contains(
                "block 3 is out of range: the network has blocks 1 to 2"))
        #expect(failure("layer_stats(linear(2, 2), X)", in: session).contains("takes a sequential network"))
        #expect(failure("layer_stats(sequential(relu), X)", in: session).contains("needs a network with linear layers"))
    }
}
