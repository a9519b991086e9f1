import Tensors
import Testing

@testable import Notebook

/// Losses, penalties and accuracy, on numbers worked by hand.
@Suite struct TrainingLossTests {
    @Test(arguments: [
        // ((1−1)² + (2−2)² + (3−5)²)/3 = 4/3
        ("mse([1, 2, 3], [1, 2, 5])", "1.33333"),
        // −(log 0.9 + log 0.8)/2 = 0.164252
        ("bce([0.9, 0.2], [1, 0])", "0.164252"),
        // p = 0 costs the clamp, 100: (100 + 0)/2
        ("bce([0, 0], [1, 0])", "50"),
        // (log(1 + e^−2) + log(1 + e^−1))/2 = (0.126928 + 0.313262)/2
        ("bce_with_logits([2, -1], [1, 0])", "0.220095"),
        // mean(relu(1 − y·s)) = (0 + 0.5 + 1.3)/3
        ("hinge([2, -0.5, 0.3], [1, -1, -1])", "0.6"),
        // row 0: −0 + log(1 + 1) = 0.693147 (logits [0, 0], target 0); row 1: −3 + log(e⁰ + e³) = 0.0485874
        ("cross_entropy([[0, 0], [0, 3]], [0, 1])", "0.370867"),
        ("l2([1, -2, 3])", "14"),
        ("l1([1, -2, 3], [[0.5]])", "6.5"),
        ("accuracy([2, -1, 0.5], [1, -1, -1])", "0.666667"),
        ("accuracy([0.7, 0.2, 0.6], [1, 0, 0], threshold = 0.5)", "0.666667"),
        ("accuracy([[1, 3], [2, 0], [0, 1]], [1, 0, 0])", "0.666667"),
    ])
    func workedNumbers(_ source: String, _ expected: String) {
        #expect(run(source) == expected, "\(source)")
    }

    @Test func penaltiesOfANetworkCoverEveryParameterOnce() throws {
        let session = Session()
        run("a = linear(weight = [[1, 2]], bias = [3]); net = sequential(a, a)", in: session)
        // 1 + 4 + 9, counted once though the layer appears twice
        #expect(run("l2(net)", in: session) == "14")
        #expect(run("l2(net, param(net, \"0.weight\"))", in: session) == "14")
        run("p = l2(net); backward p", in: session)
        #expect(run("grad param(net, \"0.bias\")", in: session) == "[6]")
    }

    @Test func lossErrorsNameTheProblem() {
        #expect(failure("hinge([1, 2], [0, 1])").contains("labels must be −1 or +1"))
        #expect(failure("mse([1, 2, 3], [1, 2])").contains("prediction shape [3] and target shape [2]"))
        #expect(failure("cross_entropy([[1, 2]], [2])").contains("class indices must be whole numbers from 0 to 1"))
        #expect(failure("accuracy([1, 2], [3, 4])").contains("needs labels −1/+1 or 0/1"))
        #expect(failure("l2(moons(4))").contains("l2's argument 1 must be a tensor"))
    }
}
