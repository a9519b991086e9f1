import Testing

@testable import Notebook

/// The language has no methods; `b.reshape(3, 1)` is told the call it means, and that call runs.
@Suite struct MethodCallTests {
    @Test func aMethodCallOnABuiltinSuggestsTheCallThatRuns() throws {
        let session = Session()
        run("b = [1, 2, 3]; W = ones(2, 3)", in: session)
        let error = failure("b.reshape(3, 1)", in: session)
        #expect(
            error.hasPrefix(
                "error: there are no methods: write reshape(b, 3, 1) (a function takes the tensor as its first argument)\n  b.reshape(3, 1)\n    ^"
            ), "\(error)")
        #expect(run("reshape(b, 3, 1).shape", in: session) == "[3, 1]")
        #expect(failure("W.sum(axis = 0)", in: session).contains("write sum(W, axis = 0) ("))
        #expect(run("sum(W, axis = 0)", in: session) == "[2, 2, 2]")
    }

    @Test func aMisspeltMethodSuggestsTheNearestBuiltin() {
        let session = Session()
        run("b = [1, 2, 3]", in: session)
        #expect(
            failure("b.reshap(3, 1)", in: session).hasPrefix(
                "error: there are no methods and no function reshap; did you mean reshape(b, 3, 1)?"))
        #expect(
            failure("(b + 1).frobnicate(2)", in: session).hasPrefix(
                "error: there are no methods: a function takes the value as its first argument, as frobnicate(b + 1, 2)"
            ))
    }

    @Test func aBuiltinNameAsAnAttributeSaysItIsAFunction() {
        let session = Session()
        run("b = [1, 2, 3]", in: session)
        #expect(
            failure("b.sum", in: session).hasPrefix(
                "error: tensors have no attribute .sum: sum is a function, sum(b)\n"))
        #expect(failure("b.shpe", in: session).contains("did you mean .shape?"))
    }

    @Test func otherCalleesStillNeedAName() {
        #expect(failure("[1, 2](0)").hasPrefix("error: only a named function can be called"))
    }
}
