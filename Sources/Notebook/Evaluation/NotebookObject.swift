/// Something the notebook holds that is neither a tensor nor a plain value: a network, an
/// optimizer, a data set, a plot. Each kind prints itself and answers its own attributes, so a
/// new kind of object needs no change to the evaluator.
public protocol NotebookObject: AnyObject {
    /// What kind of thing this is (`network`, `optimizer`), for messages and `:vars`.
    var kindName: String { get }
    /// How the object prints on its own (`net` at the prompt).
    func render(settings: Settings) -> String
    /// The attributes `object.name` can read, for completion and error messages.
    var attributeNames: [String] { get }
    /// `object.name`; called only with a name from ``attributeNames``.
    func attribute(_ name: String, session: Session) throws -> Value
    /// `object(arguments)`; nil when objects of this kind cannot be called.
    func call(_ arguments: [Value], session: Session) throws -> Value?
}

extension NotebookObject {
    public var attributeNames: [String] { [] }
    public func attribute(_ name: String, session: Session) throws -> Value {
        throw NotebookError.evaluation("a \(kindName) has no attribute \(name)", at: nil)
    }
    public func call(_ arguments: [Value], session: Session) throws -> Value? { nil }
}
