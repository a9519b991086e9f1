import Autograd
import NN
import Tensors
import Testing

@testable import Notebook

/// Each optimizer builtin declares its hyperparameters once (OptimizerBuiltins.swift); `:help`
/// and the call both read that declaration. What can still drift is the engine's own Swift
/// default: this compares every declared default with what the engine reports when made with
/// no arguments.
@Suite struct OptimizerDefaultsTests {
    /// Each builtin's engine, made with the engine's own defaults.
    static let engines: [String: @Sendable ([Variable]) throws -> any Optimizer] = [
        "sgd": { try SGD($0) }, "adagrad": { try Adagrad($0) }, "rmsprop": { try RMSprop($0) },
        "adadelta": { try Adadelta($0) }, "adam": { try Adam($0) }, "adamw": { try Adam.adamW($0) },
        "nadam": { try NAdam($0) }, "adamax": { try Adamax($0) },
    ]

    static var optimizerBuiltins: [Builtin] {
        BuiltinTable.functions.filter { $0.topic == .optimizers && $0.parameters.first?.name == "params" }
    }

    @Test func everyOptimizerBuiltinHasAnEngineHere() {
        #expect(Set(Self.optimizerBuiltins.map(\.name)) == Set(Self.engines.keys))
    }

    @Test(arguments: optimizerBuiltins.map(\.name))
    func helpDefaultsAreTheEnginesDefaults(_ name: String) throws {
        let builtin = try #require(BuiltinTable.function(named: name))
        let make = try #require(Self.engines[name])
        let engine = try make([Variable(Tensor([1.0]))])
        let reported = Dictionary(uniqueKeysWithValues: engine.hyperparameters.map { ($0.name, $0.value) })
        for parameter in builtin.parameters.dropFirst() {
            let declared: HyperparameterValue? =
                switch parameter.defaultValue {
                case let .number(x)?: .number(x)
                case let .flag(b)?: .flag(b)
                case let .pair(a, b)?: .pair(a, b)
                default: nil
                }
            #expect(declared != nil, "\(name)'s \(parameter.name) has no typed default")
            #expect(
                reported[parameter.name] == declared,
                "\(name)'s \(parameter.name): help says \(parameter.defaultText ?? "?"), the engine uses \(String(describing: reported[parameter.name]))"
            )
            #expect(parameter.doc != nil, "\(name)'s \(parameter.name) is not documented")
        }
        // the call without keywords gives the same optimizer as the engine's defaults
        let session = Session()
        run("w = [1.0]; opt = \(name)(w)", in: session)
        let made = try #require(session.optimizer("opt"))
        #expect(made.hyperparameters.map(\.name) == engine.hyperparameters.map(\.name))
        #expect(made.hyperparameters.map(\.value) == engine.hyperparameters.map(\.value))
    }
}
