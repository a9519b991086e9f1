import NN
import Tensors
import Testing

@testable import Notebook

@Suite struct RegularisationBuiltinTests {
    typealias R = RegularisationReference

    @Test func l1LossMatchesPyTorchWithTiesGettingZeroGradient() {
        let session = Session()
        run("p = \(R.prediction); loss = l1_loss(p, \(R.target)); backward loss", in: session)
        #expect(close(session.scalars("loss"), [R.l1Loss]))
        #expect(close(session.variable("p")?.grad?.scalars ?? [], R.l1LossGradient))
    }

    @Test func l1LossIsNotTheL1Penalty() {
        // mean |ŷ − y| of the predictions against Σ |w| of the weights given.
        #expect(run("l1_loss([1, -2], [0, 0])") == "1.5")
        #expect(run("l1([1, -2])") == "3")
        #expect(failure("l1_loss([1, 2, 3], [1, 2])").contains("l1_loss"))
    }

    @Test func softshrinkMatchesPyTorch() {
        let session = Session()
        run("x = \(R.shrinkInput); y = softshrink(x, \(R.shrinkT)); backward sum(y)", in: session)
        #expect(close(session.scalars("y"), R.softshrink))
        #expect(close(session.variable("x")?.grad?.scalars ?? [], R.softshrinkGradient))
        #expect(failure("softshrink([1, 2], -1)").contains("≥ 0"))
    }

    @Test func softshrinkIsTheProximalStepOfL1() {
        // argmin_w ½(w − v)² + t·|w| is softshrink(v, t): check it on a grid of candidates.
        let session = Session()
        run("v = 0.8; t = 0.3; w = linspace(-2, 2, 40001); cost = (w - v)^2 / 2 + t * abs(w)", in: session)
        run("best = w[argmin(cost)]", in: session)
        #expect(close(session.scalars("best"), [0.5], tolerance: 1e-4))
        #expect(run("softshrink(v, t)", in: session) == "0.5")
    }

    @Test func batchNormCumulativeAverageMatchesPyTorch() throws {
        let session = Session()
        run("bn = batchnorm1d(3, momentum = \"none\")", in: session)
        for batch in R.batches { run("bn(\(batch));", in: session) }
        let layer = try #require(session.network("bn") as? BatchNorm1d)
        #expect(layer.momentum == nil)
        #expect(close(layer.runningMean?.scalars ?? [], R.runningMean))
        #expect(close(layer.runningVar?.scalars ?? [], R.runningVar))
        #expect(layer.batchesTracked == R.batchesTracked)
        run("eval bn; out = bn(\(R.evalBatch))", in: session)
        #expect(close(session.scalars("out"), R.evalOutput))
        #expect(run("bn", in: session).contains("momentum=none"))
        #expect(failure("batchnorm1d(3, momentum = \"cumulative\")").contains("\"none\""))
    }
}
