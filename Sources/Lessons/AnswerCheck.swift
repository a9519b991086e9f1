import Notebook
import Tensors

/// Whether the learner's answer to an exercise is right, judged on values, not on text: for an
/// expression exercise, `2*x` and `x + x` are both right. What the answer should be is worked
/// out once, when the exercise opens (``Expected``), so that what the learner does meanwhile —
/// `zero`, `backward`, an assignment — cannot move the target.
enum AnswerCheck {
    enum Verdict: Equatable {
        case right
        case wrong(String)
    }

    /// An answer's value, or why the lesson's own answer has none.
    enum Expected {
        case choice(Int)
        case value(Tensor)
        case broken(String)
    }

    /// The value of the lesson's `source` (an answer or a `wrong:` answer) in the session as it
    /// is now, worked out without changing the session. A command exercise's value is what its
    /// solution binds, run on the state as it is now and then undone.
    static func expected(_ source: String, for exercise: Exercise, in session: Session) -> Expected {
        var unused: Value?
        return expected(source, for: exercise, in: session, solutionBinds: &unused)
    }

    /// The same for a command exercise's solution, whose binding (graph and all) is handed back
    /// in `solutionBinds`, for `:skip` to bind.
    static func expected(_ source: String, for exercise: Exercise, in session: Session, solutionBinds: inout Value?)
        -> Expected
    {
        if exercise.kind == .choice {
            return Int(source).map(Expected.choice) ?? .broken("'\(source)' is not a choice's number")
        }
        let snapshot = SessionSnapshot(session)
        let expected: Expected
        do {
            if exercise.kind == .command, let binding = exercise.binding {
                let ran = session.executeWithoutGuide(source)
                if ran.failed { throw NotebookError(.evaluation, ran.text) }
                guard let bound = session.boundTensor(binding) else {
                    throw NotebookError(.evaluation, "the solution does not bind \(binding) to a tensor")
                }
                expected = .value(bound)
                solutionBinds = session.value(of: binding)
            } else {
                expected = .value(try session.evaluateTensor(source))
            }
        } catch {
            expected = .broken(message(error))
        }
        let stepped = snapshot.restore(session)
        guard stepped.isEmpty else {
            return .broken(
                "it steps \(stepped.joined(separator: ", ")), which judging cannot undo; ask for a value instead")
        }
        return expected
    }

    /// What the learner typed as a choice, judged against the right choice and the known wrong ones.
    static func judge(choice input: String, _ exercise: Exercise, expected: Expected, wrong: [(Expected, String)])
        -> Verdict
    {
        guard let chosen = Int(input.trimmingCharacters(in: " \t")), (1...exercise.choices.count).contains(chosen)
        else {
            return .wrong("answer with the number of a choice, 1 to \(exercise.choices.count)")
        }
        guard case let .choice(right) = expected else { return broken(expected) }
        if chosen == right { return .right }
        if let (_, message) = wrong.first(where: {
            if case .choice(chosen) = $0.0 { return true } else { return false }
        }) {
            return .wrong(message)
        }
        return .wrong("not choice \(chosen)")
    }

    /// A value the learner gave (an expression's, or what a command bound), judged against the
    /// answer, then against the known wrong answers, then for why it is not right.
    static func judge(
        value given: Tensor, _ exercise: Exercise, expected: Expected, wrong: [(Expected, String)], session: Session
    ) -> Verdict {
        guard case let .value(answer) = expected else { return broken(expected) }
        if matches(given, answer, tolerance: exercise.tolerance) { return .right }
        for case let (.value(known), message) in wrong where matches(given, known, tolerance: exercise.tolerance) {
            return .wrong(message)
        }
        if exercise.kind == .number, given.count != 1 {
            return .wrong("the answer is one number; this has shape \(Shape.describe(given.shape))")
        }
        guard sameShape(given, answer) else {
            return .wrong(
                "the shape is \(Shape.describe(given.shape)), the answer's is \(Shape.describe(answer.shape))")
        }
        if let closeness = close(given, answer, tolerance: exercise.tolerance, session: session) {
            return .wrong(closeness)
        }
        return .wrong(
            given.count == 1 ? "\(session.format(given.scalars[0])) is not it" : "some entries differ from the answer")
    }

    /// "Close" is within 1% of the answer: said so, with the tolerance that was missed, when the
    /// tolerance asks for more.
    private static let closeFraction = 0.01

    private static func close(_ given: Tensor, _ answer: Tensor, tolerance: Double, session: Session) -> String? {
        guard tolerance < closeFraction else { return nil }
        let near = zip(given.scalars, answer.scalars).allSatisfy { a, b in
            a.isFinite && b.isFinite && abs(a - b) <= closeFraction * Swift.max(abs(b), tolerance)
        }
        guard near else { return nil }
        let what = given.count == 1 ? "\(session.format(given.scalars[0])) is close" : "every entry is close"
        return "\(what) (within 1%), but the answer needs to be within \(session.format(tolerance)); "
            + "give more digits, or type it as an expression"
    }

    private static func broken(_ expected: Expected) -> Verdict {
        guard case let .broken(why) = expected else { return .wrong("this answer cannot be judged") }
        return .wrong("the lesson's own answer does not evaluate (\(why)); please report it, and :skip")
    }

    static func matches(_ given: Tensor, _ answer: Tensor, tolerance: Double) -> Bool {
        sameShape(given, answer)
            && zip(given.scalars, answer.scalars).allSatisfy { close($0, $1, tolerance: tolerance) }
    }

    /// One number matches one number whatever its rank (`[2]` and `2`).
    private static func sameShape(_ a: Tensor, _ b: Tensor) -> Bool {
        a.shape == b.shape || (a.count == 1 && b.count == 1)
    }

    /// |a − b| ≤ tol·max(1, |b|): absolute for small answers, relative for large ones.
    static func close(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    static func message(_ error: any Error) -> String {
        (error as? NotebookError)?.message ?? "\(error)"
    }
}
