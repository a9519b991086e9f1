import Testing

@testable import Notebook

/// Tab completion by context, from the text before the cursor alone (the pseudo-terminal test
/// in GradbookTests drives it through readline).
@Suite struct CompletionTests {
    private func candidates(_ prefix: String, in session: Session = Session()) -> [String] {
        session.completion(before: prefix).candidates
    }

    // MARK: Attributes after `.`

    @Test func afterADotATensorOffersTheAttributesTheEvaluatorReads() {
        let session = Session()
        run("W = randn(2, 3); backward sum(W^2);", in: session)
        #expect(candidates("W.", in: session) == Evaluator.tensorAttributes.sorted())
        let completion = session.completion(before: "y = 2 * W.sh")
        #expect(
            completion.word == "sh" && completion.candidates == ["shape"] && !completion.endsWord,
            "W.shape goes on: no space")
        // Every one of them evaluates.
        for attribute in candidates("W.", in: session) { run("W.\(attribute);", in: session) }
        // Chains and indexing keep a tensor; so do literals, numbers, constants and the last value.
        for prefix in ["W.T.", "W.T[0].", "W[0, :].", "[1, 2].", "pi."] {
            #expect(candidates(prefix, in: session) == Evaluator.tensorAttributes.sorted(), "\(prefix)")
        }
        #expect(
            candidates("2.s", in: session) == ["shape", "size"] && candidates("2.", in: session) == [],
            "2. is a number still being typed")
        run("2 + 3", in: session)
        #expect(candidates("_.s", in: session) == ["shape", "size"])
    }

    @Test func afterADotAnObjectOffersItsOwnAttributes() {
        let session = Session()
        run("data = moons(20); parts = split(data, 0.25); net = mlp(2, 4, 1); opt = adam(net, lr = 0.1);", in: session)
        for (name, prefix) in [("data", "data."), ("parts", "parts."), ("net", "net."), ("opt", "opt.")] {
            guard case let .object(object) = session.value(of: name) else {
                Issue.record("\(name) is not an object")
                continue
            }
            #expect(candidates(prefix, in: session) == object.attributeNames.sorted(), "\(prefix)")
            for attribute in object.attributeNames { run("\(name).\(attribute);", in: session) }
        }
        #expect(candidates("parts.train.fe", in: session) == ["features"])
        #expect(candidates("opt.l", in: session) == ["lr"])
        #expect(candidates("net.parameters.", in: session) == [], "a table has no attributes")
    }

    @Test func afterADotOfWhatHasNoAttributesOrIsNotComputedNothing() {
        let session = Session()
        run("f(x) = x^2; W = randn(2, 2);", in: session)
        for prefix in ["relu.", "f.", "unknown.", "f(W).", "(W + 1).", "\"text\".", "W.nope.", "W.T.sh.x"] {
            #expect(candidates(prefix, in: session) == [], "\(prefix)")
        }
    }

    // MARK: Keyword arguments

    @Test func insideACallTheParametersNotGivenYetComplete() {
        let completion = Session().completion(before: "net = mlp(2, 16, 1, a")
        #expect(completion.word == "a" && completion.candidates == ["act="] && !completion.endsWord)
        #expect(candidates("adam(lr") == ["lr="])
        // Named or filled by position: not offered again; params is variadic, never named.
        let adam = candidates("adam(net, lr = 0.1, ")
        #expect(!adam.contains("lr=") && !adam.contains("params=") && adam.contains("betas=") && adam.contains("eps="))
        #expect(candidates("sum(W, axis = 0, ") == ["keepdims="])
        #expect(candidates("split(d, ") == ["fraction="])
        #expect(!candidates("split(d, 0.2, ").contains("fraction="), "filled by position: names complete instead")
        #expect(candidates("sum(mlp(2, 1, a") == ["act="], "the innermost call")
        #expect(candidates("sum([1, 2], k") == ["keepdims="])
        #expect(
            Session().completion(before: "  l", after: "opt = adam(net,\n  betas = [0.9, 0.99],").candidates == ["lr="],
            "on a ..> line of a call")
        #expect(Session().completion(before: ":he", after: "x = [1,").candidates == [":help"])
    }

    @Test func everyDeclaredParameterOfEveryBuiltinCompletes() {
        let session = Session()
        for builtin in BuiltinTable.functions {
            let offered = Set(candidates("\(builtin.name)(", in: session))
            for parameter in builtin.parameters where !parameter.variadic {
                #expect(offered.contains(parameter.name + "="), "\(builtin.name)(\(parameter.name)=")
            }
        }
    }

    @Test func aUserFunctionsParametersComplete() {
        let session = Session()
        run("f(x, scale) = scale * x", in: session)
        #expect(candidates("f(1, ", in: session) == ["scale="])
        #expect(candidates("f(s", in: session) == ["scale="])
    }

    @Test func whereNoParameterFitsNamesComplete() {
        let session = Session()
        run("learning_rate = 0.1", in: session)
        #expect(candidates("adam(net, learn", in: session) == ["learning_rate"])
        #expect(candidates("mlp(2, 1, act = re", in: session).contains("relu"))
        #expect(candidates("(learn", in: session) == ["learning_rate"], "brackets that are not a call")
        #expect(candidates("W[learn", in: session) == ["learning_rate"])
        let names = candidates("", in: session)
        #expect(
            names.contains("relu") && names.contains("backward") && names.contains("learning_rate")
                && names.contains("_"))
        #expect(!names.contains { $0.hasPrefix(":") }, "meta commands only at the start of a line")
        #expect(candidates("plot \"learn", in: session) == [], "inside a string")
        #expect(candidates("x2", in: session) == [] && candidates("3", in: session) == [])
        #expect(
            !session.completion(before: "y = rel").endsWord && session.completion(before: "backw").endsWord,
            "a space follows a command word only")
    }

    // MARK: Meta commands and help

    @Test func metaCommandsAndTheirArgumentsComplete() {
        let session = Session()
        session.guide = LessonList(ids: ["backprop", "gradient-descent", "neuron"])
        #expect(candidates(":he", in: session) == [":help"])
        #expect(candidates("  :res", in: session) == [":reset", ":reset!"])
        let lesson = session.completion(before: ":lesson gradient-d")
        #expect(lesson.word == "gradient-d" && lesson.candidates == ["gradient-descent"])
        #expect(candidates(":lesson ", in: session) == ["backprop", "gradient-descent", "neuron"])
        #expect(candidates(":lesson backprop --", in: session) == ["--auto", "--fresh", "--keep", "--restart"])
        #expect(candidates(":lesson backprop n", in: session) == [], "one id")
        #expect(candidates(":export t", in: session) == ["torch"])
        #expect(candidates(":time W.sh", in: Self.withTensor()) == ["shape"])
        #expect(candidates(":vars x", in: session) == [] && candidates(":nonsense x", in: session) == [])
    }

    @Test func fileNamesAreLeftToTheTerminal() {
        for (prefix, word) in [
            (":load no", "no"), (":save ", ""), (":save! dir/f", "dir/f"), (":record s", "s"),
            (":export torch out", "out"),
        ] {
            let completion = Session().completion(before: prefix)
            #expect(completion.isFileName && completion.word == word && completion.candidates.isEmpty, "\(prefix)")
        }
    }

    @Test func everyMetaCommandThatTakesAFileCompletesOne() {
        for meta in BuiltinTable.metaCommands where meta.help.signature.contains("file") {
            #expect(Session.metaArguments[meta.name]?.contains(.fileName) == true, ":\(meta.name)")
        }
    }

    @Test func helpCompletesEveryEntryAndTopicWord() {
        let session = Session()
        let help = candidates(":help ", in: session)
        for entry in BuiltinTable.helpEntries { #expect(help.contains(entry.name), "\(entry.name)") }
        #expect(
            help.contains("syntax") && help.contains("layers") && help.contains("optimizers") && !help.contains("and"))
        #expect(candidates(":help lay", in: session) == ["layer", "layer_stats", "layers"])
        #expect(run(":help layers", in: session).hasPrefix("layers and networks"))
        #expect(candidates(":h :sa", in: session) == [":save", ":save!"], "an alias of :help")
        #expect(candidates("?rel", in: session) == candidates(":help rel", in: session))
        #expect(candidates("? rel", in: session).contains("relu"))
        #expect(candidates("?relu x", in: session) == [])
    }

    private static func withTensor() -> Session {
        let session = Session()
        run("W = [1, 2];", in: session)
        return session
    }

    /// A guide that only knows its lessons' ids.
    final class LessonList: Guide {
        let lessonIDs: [String]
        init(ids: [String]) { lessonIDs = ids }
        func run(_ command: GuideCommand, argument: String, session: Session) throws -> [Output] { [] }
        func answer(_ source: String, session: Session, evaluate: (String) -> Execution) -> Execution? { nil }
    }
}
