import Testing

@testable import Notebook

@Suite struct GradientProbeTests {
    private func session() -> Session {
        let session = Session()
        run(
            """
            net = sequential(linear(weight = [[1, -1], [2, 0.5], [-0.5, 1.5]]), relu, linear(weight = [[1, -2, 0.5]]));
            X = [[1, 2], [3, -1], [0.5, 0.5], [-1, 0.25]];
            """, in: session)
        return session
    }

    private func cells(_ table: String) -> [[Double]] {
        table.split(separator: "\n").dropFirst().map { line in line.split(separator: " ").compactMap { Double($0) } }
    }

    @Test func matchesPyTorchPerExampleAndBatchGradients() throws {
        let session = session()
        run(":digits 17", in: session)
        let rows = cells(run("grad_stats(net, X)", in: session))
        try #require(rows.count == 2 && rows.allSatisfy { $0.count == 4 })
        for (k, row) in rows.enumerated() {
            #expect(abs(row[1] - GradientProbeReference.batchNorms[k]) < 1e-12)
            #expect(abs(row[2] - GradientProbeReference.perExampleNorms[k]) < 1e-12)
            #expect(abs(row[3] - GradientProbeReference.outputGradientRMS[k]) < 1e-12)
        }
    }

    @Test func batchColumnIsLayerStatsGradientAndNothingIsStored() {
        let session = session()
        let stats = run("layer_stats(net, X)", in: session).split(separator: "\n")
        let grads = run("grad_stats(net, X)", in: session).split(separator: "\n")
        for k in 1...2 {
            let norm = String(stats[k].split(separator: " ").last!)
            #expect(grads[k].split(separator: " ")[1] == norm)
        }
        #expect(failure("param(net, \"0.weight\").grad", in: session).contains("no gradient"))
    }

    @Test func perExampleMeanIsTheMeanOfSeparateBackwardPasses() {
        let session = session()
        run("s = 0", in: session)
        for i in 0..<4 {
            run(
                "zero net; backward mean(net(X[\(i):\(i + 1)])); s += sqrt(sum(param(net, \"0.weight\").grad ^ 2)) / 4",
                in: session)
        }
        let expected = run("s", in: session)
        let table = run("grad_stats(net, X)", in: session).split(separator: "\n")
        #expect(table[1].split(separator: " ")[2] == expected)
    }

    @Test func rejectsWhatItCannotMeasure() {
        let session = session()
        #expect(failure("grad_stats(linear(2, 2), X)", in: session).contains("takes a sequential network"))
        #expect(
            failure("grad_stats(sequential(linear(2, 2), batchnorm1d(2)), X)", in: session).contains(
                "more than 1 value per channel"))
    }

    @Test func ctrlCStopsBetweenExamples() {
        let session = session()
        run("Y = randn(50, 2);", in: session)
        // The session asks a few times on its own; only a per-example check reaches 10 polls.
        var polls = 0
        session.interruptRequested = {
            polls += 1
            return polls > 10
        }
        let result = session.execute("grad_stats(net, Y)")
        #expect(result.interrupted && result.text == "interrupted")
        session.interruptRequested = { false }
        #expect(run("X.shape", in: session) == "[4, 2]")
    }
}
