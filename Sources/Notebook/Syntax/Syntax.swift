/// An expression, as written: kept as a tree so that a function definition stays symbolic
/// (callable now; derivable and plottable later).
public struct Expression: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case bool(Bool)
        case name(String)
        /// `[a, b, …]`, nested for higher ranks.
        case list([Expression])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        /// `low..high`, a closed interval.
        case range(Expression, Expression)
        case call(name: String, arguments: [Argument])
        case index(Expression, [IndexItem])
        case attribute(Expression, String)
    }

    public let kind: Kind
    public let location: SourceLocation
    /// How many levels the tree has below and including this node. The parser refuses trees
    /// deeper than ``Expression/maximumDepth``, because printing, converting and freeing a tree
    /// recurse once per level (evaluation walks a flat chain without recursing).
    public let depth: Int

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
        self.depth = 1 + kind.children.map(\.depth).reduce(0, Swift.max)
    }

    /// A flat sum of 1000 terms is fine; the parser's nesting limit (256) is what bounds
    /// brackets, signs and powers.
    public static let maximumDepth = 1_000
}

extension Expression.Kind {
    /// The sub-expressions, in order.
    var children: [Expression] {
        switch self {
        case .number, .string, .bool, .name: return []
        case let .list(elements): return elements
        case let .unary(_, operand): return [operand]
        case let .binary(_, lhs, rhs): return [lhs, rhs]
        case let .range(low, high): return [low, high]
        case let .call(_, arguments): return arguments.map(\.value)
        case let .index(base, items):
            return [base]
                + items.flatMap { item -> [Expression] in
                    switch item {
                    case let .single(e): return [e]
                    case let .slice(start, end, step): return [start, end, step].compactMap { $0 }
                    }
                }
        case let .attribute(base, _): return [base]
        }
    }
}

public enum UnaryOperator: String, Sendable, Equatable {
    case negate = "-"
    case plus = "+"
}

public enum BinaryOperator: String, Sendable, Equatable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"
    case matmul = "@"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "=="
    case notEqual = "!="
}

/// A call argument, positional or `name = value`.
public struct Argument: Sendable, Equatable {
    public let label: String?
    public let value: Expression
}

/// One entry of a subscript: `i` or `start:end:step` with any part left out.
public enum IndexItem: Sendable, Equatable {
    case single(Expression)
    case slice(start: Expression?, end: Expression?, step: Expression?)
}

/// One statement of the notebook language.
public struct Statement: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case expression(Expression)
        /// `name = value`, `name += value`, `name[i, j] = value`.
        case assignment(name: String, indices: [IndexItem]?, compound: BinaryOperator?, value: Expression)
        /// `layer.weight = value`, `param(net, "0.weight") = value`, `buffer(net, "1.running_mean") = value`:
        /// sets a part of an object in place (the target is an attribute or a param/buffer call).
        case memberAssignment(target: Expression, compound: BinaryOperator?, value: Expression)
        /// `f(x, y) = body`.
        case function(FunctionDefinition)
        /// A command such as `backward loss with g`: positional arguments, then clauses
        /// introduced by the command's own keywords.
        case command(name: String, arguments: [Argument], clauses: [Clause])
        /// `repeat n { … }`.
        case repeatLoop(count: Expression, body: [Statement])
        /// `while condition { … }`.
        case whileLoop(condition: Expression, body: [Statement])
        /// `:name argument`.
        case meta(name: String, argument: String)
    }

    public let kind: Kind
    public let location: SourceLocation
    /// A trailing `;` asks for no printed result.
    public let silent: Bool
    /// The statement's text as typed (for `:save` and error display).
    public let text: String
}

/// `keyword arguments…` inside a command statement.
public struct Clause: Sendable, Equatable {
    public let keyword: String
    public let arguments: [Argument]
}

/// A user-defined function: parameters and a body expression.
public struct FunctionDefinition: Sendable, Equatable {
    public let name: String
    public let parameters: [String]
    public let body: Expression
    /// The definition as typed (`f(x) = x @ W`), which an error inside the body is shown in.
    public var source = ""
    /// Where ``source`` starts in the text it was parsed from: the body's locations count from there.
    public var origin = SourceLocation(line: 1, column: 1)

    public init(name: String, parameters: [String], body: Expression) {
        self.name = name
        self.parameters = parameters
        self.body = body
    }

    /// `location`, a place in the body, counted from the start of ``source`` instead (`1:8`).
    func withinSource(_ location: SourceLocation) -> SourceLocation {
        let line = location.line - origin.line + 1
        return SourceLocation(line: line, column: line == 1 ? location.column - origin.column + 1 : location.column)
    }
}
