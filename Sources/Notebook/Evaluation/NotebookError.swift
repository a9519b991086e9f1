import Autograd
import Tensors

/// An error in a statement, with where it happened when that is known.
public struct NotebookError: Error, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The text is not a valid statement.
        case syntax
        /// The statement is valid but could not be evaluated.
        case evaluation
        /// Ctrl-C stopped the evaluation at a safe point.
        case interrupted
    }

    public let kind: Kind
    public let message: String
    /// Where the offending piece starts, if known.
    public var location: SourceLocation?
    /// The user functions the error came out of, innermost first; ``location`` is then the
    /// outermost call.
    public var frames: [CallFrame] = []

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    static func syntax(_ message: String, at location: SourceLocation) -> NotebookError {
        NotebookError(.syntax, message, at: location)
    }

    static func evaluation(_ message: String, at location: SourceLocation? = nil) -> NotebookError {
        NotebookError(.evaluation, message, at: location)
    }

    static let interrupted = NotebookError(.interrupted, "interrupted")

    /// `error` restated as part of a larger step (`train stopped at step 3 of 10: …`), at
    /// `location`, keeping the frames of the user functions it came out of.
    static func within(_ context: String, _ error: Error, at location: SourceLocation?) -> NotebookError {
        let inner = wrap(error, at: nil)
        var restated = NotebookError.evaluation(context + inner.message, at: location)
        restated.frames = inner.frames
        return restated
    }

    /// This error as seen from the call `f(…)` at `callSite`: the place inside `definition`'s
    /// body becomes a frame, and the error points at the call.
    func leaving(_ definition: FunctionDefinition, calledAt callSite: SourceLocation) -> NotebookError {
        guard kind == .evaluation, let location else { return self }
        var error = self
        error.frames.append(CallFrame(definition, at: location))
        error.location = callSite
        return error
    }

    /// Any error from the engines, as a notebook error located at `location` (kept if the
    /// error already has a more precise one).
    static func wrap(_ error: Error, at location: SourceLocation?) -> NotebookError {
        switch error {
        case var notebookError as NotebookError:
            if notebookError.location == nil { notebookError.location = location }
            return notebookError
        case is Interrupted:
            return .interrupted
        case let tensorError as TensorError:
            return .evaluation(tensorError.description, at: location)
        case AutogradError.interrupted:
            return .interrupted
        case let autogradError as AutogradError:
            return .evaluation(autogradError.description, at: location)
        default:
            return .evaluation("\(error)", at: location)
        }
    }
}
