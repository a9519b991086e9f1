import NN
import Tensors
import Testing

@testable import Notebook

@Suite struct MemberAssignmentTests {
    @Test func parsesAttributeAndAccessorTargets() throws {
        guard case .memberAssignment(_, nil, _) = try parse("bn.weight = [1, 2]")[0].kind else {
            Issue.record("attribute")
            return
        }
        guard case .memberAssignment(_, .add, _) = try parse("param(net, \"0.bias\") += 1")[0].kind else {
            Issue.record("param")
            return
        }
        guard case .memberAssignment = try parse("buffer(net, \"1.running_mean\") = 0")[0].kind else {
            Issue.record("buffer")
            return
        }
        guard case .function = try parse("f(x) = x^2")[0].kind else {
            Issue.record("function")
            return
        }
    }

    @Test func settingAParameterKeepsTheSameVariable() {
        let session = Session()
        run("net = mlp(2, 3, 1); W = param(net, \"0.weight\"); opt = sgd(net, lr = 0.1)", in: session)
        let before = session.network("net")?.parameter(named: "0.weight")
        #expect(
            run("param(net, \"0.weight\") = [[1, 2], [3, 4], [5, 6]]", in: session).hasPrefix(
                "param(net, \"0.weight\") = [[1, 2],"))
        #expect(session.network("net")?.parameter(named: "0.weight") === before)
        #expect(session.scalars("W") == [1, 2, 3, 4, 5, 6])
        run("param(net, \"0.weight\") *= 2", in: session)
        #expect(session.scalars("W") == [2, 4, 6, 8, 10, 12])
        // The optimizer holds the same tensor, so it steps the new numbers.
        run("backward sum(net([[1, 0]])); step opt", in: session)
        #expect(session.scalars("W")[0] != 2 && session.scalars("W")[1] == 4)
    }

    @Test func aLayersParametersAndBuffersByAttribute() throws {
        let session = Session()
        run(
            "bn = batchnorm1d(2); bn.weight = [2, 3]; bn.bias = 1; bn.running_mean = [0.5, -0.5]; bn.running_var = [4, 1]",
            in: session)
        let layer = try #require(session.network("bn") as? BatchNorm1d)
        #expect(layer.weight?.value.scalars == [2, 3])
        #expect(layer.bias?.value.scalars == [1, 1])
        #expect(layer.runningMean?.scalars == [0.5, -0.5])
        run("eval bn; y = bn([[2.5, 0.5]])", in: session)
        // (2.5 − 0.5)/√(4 + 1e-5)·2 + 1 and (0.5 + 0.5)/√(1 + 1e-5)·3 + 1.
        let first: Double = 2 / (4 + 1e-5).squareRoot() * 2 + 1
        let second: Double = 1 / (1 + 1e-5).squareRoot() * 3 + 1
        #expect(close(session.scalars("y"), [first, second]))
        run(
            "net = sequential(linear(2, 2), batchnorm1d(2)); buffer(net, \"1.running_var\") = [2, 3]; buffer(net, \"1.num_batches_tracked\") = 7",
            in: session)
        #expect(run("buffer(net, \"1.running_var\")", in: session) == "[2, 3]")
        #expect(run("buffer(net, \"1.num_batches_tracked\")", in: session) == "7")
    }

    @Test func refusesWhatCannotBeSetAndKeepsTheState() {
        let session = Session()
        run("bn = batchnorm1d(2); net = mlp(2, 2, 1); opt = sgd(net); x = [1, 2]", in: session)
        #expect(failure("bn.weight = [1, 2, 3]", in: session).contains("weight has shape [2], got [3]"))
        #expect(failure("bn.running_var = [-1, 1]", in: session).contains("running_var must be ≥ 0"))
        #expect(failure("bn.running_mean = [nan, 1]", in: session).contains("finite"))
        #expect(failure("bn.num_batches_tracked = 1.5", in: session).contains("whole number"))
        #expect(failure("bn.training = 1", in: session).contains("settable are .weight, .bias, .running_mean"))
        #expect(failure("net.weight = 1", in: session).contains("param(net, \"0.weight\") = …"))
        #expect(failure("opt.lr = 0.5", in: session).contains("set_lr(opt, lr)"))
        #expect(failure("x.grad = 0", in: session).contains("zero x"))
        #expect(failure("param(net, \"9.weight\") = 1", in: session).contains("no parameter 9.weight"))
        #expect(failure("param(net) = 1", in: session).contains("takes a network and a name"))
        #expect(failure("batchnorm1d(2, affine = false).weight = 1", in: session).contains("cannot set .weight"))
        #expect(run("bn.weight", in: session) == "[1, 1]")
        #expect(run("bn.running_var", in: session) == "[1, 1]")
    }
}
