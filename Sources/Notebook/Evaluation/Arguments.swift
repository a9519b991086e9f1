import Autograd
import Tensors

/// A call's arguments matched to a builtin's parameters, with typed accessors that throw a
/// clear error naming the builtin and the parameter.
struct Arguments {
    let callee: String
    let location: SourceLocation?
    /// The builtin's parameters, whose typed defaults fill in what the call left out.
    private let parameters: [Parameter]
    private var values: [String: (value: Value, location: SourceLocation)] = [:]
    /// What a variadic parameter collected, in order.
    private(set) var rest: [(value: Value, location: SourceLocation)] = []

    /// Matches `arguments` (already evaluated) to `parameters`: positional ones in order (a
    /// variadic parameter takes every remaining positional argument), then labels by name.
    init(
        callee: String, parameters: [Parameter], arguments: [(label: String?, value: Value, location: SourceLocation)],
        location: SourceLocation?
    ) throws {
        self.callee = callee
        self.location = location
        self.parameters = parameters
        var positional = parameters.filter { !$0.keywordOnly }.makeIterator()
        var variadicSeen = false
        for argument in arguments {
            if let label = argument.label {
                guard parameters.contains(where: { $0.name == label && !$0.variadic }) else {
                    let names = parameters.filter { !$0.variadic }.map(\.name)
                    let hint = Suggestions.nearest(to: label, in: names).map { " (did you mean \($0)?)" } ?? ""
                    throw NotebookError.evaluation(
                        "\(callee) has no parameter named \(label)\(hint)", at: argument.location)
                }
                guard values[label] == nil else {
                    throw NotebookError.evaluation("\(callee) got \(label) twice", at: argument.location)
                }
                values[label] = (argument.value, argument.location)
                continue
            }
            if variadicSeen {
                rest.append((argument.value, argument.location))
                continue
            }
            guard let parameter = positional.next() else {
                throw NotebookError.evaluation(
                    "\(callee) takes at most \(parameters.filter { !$0.keywordOnly }.count) argument(s) without a name; this one is extra",
                    at: argument.location)
            }
            if parameter.variadic {
                variadicSeen = true
                rest.append((argument.value, argument.location))
            } else {
                values[parameter.name] = (argument.value, argument.location)
            }
        }
        for parameter in parameters where parameter.required && values[parameter.name] == nil {
            if parameter.variadic && !rest.isEmpty { continue }
            throw NotebookError.evaluation(
                "\(callee) needs \(parameter.name): \(callee)\(Parameter.signature(parameters))", at: location)
        }
    }

    func has(_ name: String) -> Bool { values[name] != nil }

    func value(_ name: String) -> Value? { values[name]?.value }

    /// A tensor argument (numbers are rank-0 tensors).
    func variable(_ name: String) throws -> Variable { try required(name, nil, Arguments.variable) }
    func optionalVariable(_ name: String) throws -> Variable? { try optional(name, Arguments.variable) }

    /// A number argument, or the declared default when it was not given.
    func double(_ name: String) throws -> Double {
        try required(name, declared(name).flatMap { if case let .number(x) = $0 { x } else { nil } }, Arguments.number)
    }

    /// The argument as given, or else the value of its declared default (a string, a flag, a
    /// number), for parameters that take more than one kind of value (`bias = true` or a tensor).
    func givenOrDeclared(_ name: String) throws -> Value {
        guard let value = value(name) ?? declared(name)?.value else {
            throw NotebookError.evaluation("\(callee) needs \(name)", at: location)
        }
        return value
    }

    /// The default `name` was declared with.
    private func declared(_ name: String) -> Parameter.Default? { parameters.first { $0.name == name }?.defaultValue }

    /// Two numbers given as a tensor of two (`betas = [0.9, 0.999]`), or the declared default.
    func pair(_ name: String) throws -> (Double, Double) {
        guard let value = try optionalVariable(name) else {
            guard case let .pair(a, b)? = declared(name) else {
                throw NotebookError.evaluation("\(callee) needs \(name)", at: location)
            }
            return (a, b)
        }
        guard value.value.shape == [2] else {
            throw NotebookError.evaluation(
                "\(callee)'s \(name) are two numbers, \(name) = \(declared(name)?.text ?? "[a, b]"); got shape \(Shape.describe(value.value.shape))",
                at: location)
        }
        return (value.value.scalars[0], value.value.scalars[1])
    }
    func optionalDouble(_ name: String) throws -> Double? { try optional(name, Arguments.number) }

    /// A whole-number argument, or the declared default when it was not given.
    func int(_ name: String) throws -> Int {
        try required(
            name, declared(name).flatMap { if case let .number(x) = $0 { Int(exactly: x) } else { nil } },
            Arguments.integer)
    }
    func optionalInt(_ name: String) throws -> Int? { try optional(name, Arguments.integer) }

    /// A flag argument, or the declared default when it was not given.
    func bool(_ name: String) throws -> Bool {
        try required(name, declared(name).flatMap { if case let .flag(b) = $0 { b } else { nil } }) {
            value, what, location in
            guard case let .bool(b) = value else {
                throw NotebookError.evaluation("\(what) must be true or false, got a \(value.kindName)", at: location)
            }
            return b
        }
    }

    private typealias Conversion<T> = (Value, String, SourceLocation?) throws -> T

    private func required<T>(_ name: String, _ fallback: T?, _ convert: Conversion<T>) throws -> T {
        if let converted = try optional(name, convert) { return converted }
        if let fallback { return fallback }
        throw NotebookError.evaluation("\(callee) needs \(name)", at: location)
    }

    private func optional<T>(_ name: String, _ convert: Conversion<T>) throws -> T? {
        try values[name].map { try convert($0.value, "\(callee)'s \(name)", $0.location) }
    }

    /// The variadic arguments as tensors.
    func restVariables() throws -> [Variable] {
        try rest.enumerated().map { i, entry in
            try Arguments.variable(entry.value, describing: "\(callee)'s argument \(i + 1)", at: entry.location)
        }
    }

    /// A shape given either as whole numbers (`zeros(2, 3)`) or as one tensor (`zeros(x.shape)`).
    func shape() throws -> [Int] {
        if rest.count == 1, case let .tensor(variable) = rest[0].value, variable.value.rank == 1 {
            return try variable.value.scalars.map {
                try Arguments.wholeNumber($0, describing: "a dimension of \(callee)", at: rest[0].location)
            }
        }
        return try rest.map { try Arguments.integer($0.value, describing: "a dimension of \(callee)", at: $0.location) }
    }

    // MARK: Conversions, shared with the evaluator

    static func variable(_ value: Value, describing what: String, at location: SourceLocation?) throws -> Variable {
        switch value {
        case let .tensor(variable): return variable
        case let .bool(b): return Variable(b ? 1 : 0, requiresGrad: false)
        default:
            throw NotebookError.evaluation(
                "\(what) must be a tensor or a number, got a \(value.kindName)", at: location)
        }
    }

    static func number(_ value: Value, describing what: String, at location: SourceLocation?) throws -> Double {
        guard case let .tensor(variable) = value, let scalar = variable.value.scalar,
            variable.value.rank == 0 || variable.value.count == 1
        else {
            let got =
                if case let .tensor(v) = value { "a tensor of shape \(Shape.describe(v.value.shape))" } else {
                    "a \(value.kindName)"
                }
            throw NotebookError.evaluation("\(what) must be a number, got \(got)", at: location)
        }
        return scalar
    }

    static func integer(_ value: Value, describing what: String, at location: SourceLocation?) throws -> Int {
        try wholeNumber(number(value, describing: what, at: location), describing: what, at: location)
    }

    /// `x` as an Int, if it is a whole number that fits (never traps on NaN or 1e300).
    static func wholeNumber(_ x: Double, describing what: String, at location: SourceLocation?) throws -> Int {
        let text = NumberFormat(significantDigits: 17).string(x)
        guard x.isFinite, x == x.rounded() else {
            throw NotebookError.evaluation("\(what) must be a whole number, got \(text)", at: location)
        }
        guard Swift.abs(x) < 1e15, let n = Int(exactly: x) else {
            throw NotebookError.evaluation("\(what) is too large: \(text)", at: location)
        }
        return n
    }
}
