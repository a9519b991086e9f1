import NN
import Tensors
import Testing

@testable import Notebook

@Suite struct AugmentationBuiltinTests {
    @Test func datasetTakesTensorsAndInfersTheTargets() {
        let session = Session()
        run("d = dataset([[0, 0], [1, 1], [2, 0]], [[0], [1], [0]])", in: session)
        #expect(run("d.y", in: session) == "[0, 1, 0]")
        #expect(run("d.classes", in: session) == "2")
        #expect(run("r = dataset([[0], [1]], [0.5, 1.5]); r", in: session).contains("real-valued targets"))
        #expect(failure("dataset([[0, 0], [1, 1]], [1, 0, 1])", in: session).contains("got [2, 2] and [3]"))
        #expect(failure("dataset([[0, 0]], [[1, 2]])", in: session).contains("one target per row"))
    }

    @Test func augmentedCopiesTrainAndValidate() {
        let session = Session()
        run(
            """
            X = [[1, 0], [0, 2], [-1, 0], [0, -2]]; y = [1, 0, 1, 0];
            rot(X, t) = X @ [[cos(t), sin(t)], [-sin(t), cos(t)]]
            A = dataset(concat(X, rot(X, pi / 2), axis = 0), concat(y, y, axis = 0));
            net = mlp(2, 4, 1); o = sgd(net, lr = 0.1);
            train net on A with o for 5 steps loss bce_with_logits val dataset(X, y);
            """, in: session)
        #expect(run("A.size", in: session) == "8")
        #expect(run("history.val_loss.shape", in: session) == "[5]")
    }

    @Test func anOptimizerOverOneLayerLeavesTheOthersFrozen() {
        let session = Session()
        run(
            """
            data = moons(20);
            net = mlp(2, 4, 4, 1);
            before0 = param(net, "0.weight") + 0; before2 = param(net, "2.weight") + 0; head = param(net, "4.weight") + 0;
            o = sgd(layer(net, 4), lr = 0.5);
            train net on data with o for 10 steps loss bce_with_logits;
            """, in: session)
        #expect(
            run(
                "max(abs(param(net, \"0.weight\") - before0)) + max(abs(param(net, \"2.weight\") - before2))",
                in: session) == "0")
        #expect(run("max(abs(param(net, \"4.weight\") - head)) > 0", in: session) == "1")
    }
}
