import Notebook
import Tensors

/// An exercise waiting for the learner's answer: what the right and the known wrong answers
/// are, worked out once when it opened from the session as it was then, and how the learner
/// is doing (hints out, tries so far).
struct OpenExercise {
    let exercise: Exercise
    let expected: AnswerCheck.Expected
    let wrong: [(AnswerCheck.Expected, String)]
    /// For a command exercise: what its solution binds, run on the state the exercise opened
    /// with; `:skip` binds it.
    let solutionBinds: Value?
    /// Its place among the lesson's exercises, from 1.
    let number: Int
    var hintsShown = 0
    var tries = 0

    /// Works out the answers; an observer hears of any the lesson's author must fix.
    init(_ exercise: Exercise, number: Int, in session: Session, observer: LessonObserver? = nil) {
        self.exercise = exercise
        self.number = number
        var binds: Value?
        if exercise.kind == .command, let solution = exercise.solution {
            expected = AnswerCheck.expected(solution, for: exercise, in: session, solutionBinds: &binds)
        } else {
            expected = AnswerCheck.expected(exercise.answer, for: exercise, in: session)
        }
        solutionBinds = binds
        wrong = exercise.wrong.map { (AnswerCheck.expected($0.answer, for: exercise, in: session), $0.message) }
        guard let observer else { return }
        if case let .broken(why) = expected { observer.failed(exercise.line, "the answer does not evaluate: \(why)") }
        for (known, entry) in zip(wrong, exercise.wrong) {
            switch (known.0, expected) {
            case let (.broken(why), _): observer.failed(entry.line, "this wrong answer does not evaluate: \(why)")
            case let (.choice(a), .choice(b)) where a == b:
                observer.failed(entry.line, "this wrong answer is the right answer")
            case let (.value(a), .value(b)) where AnswerCheck.matches(a, b, tolerance: exercise.tolerance):
                observer.failed(entry.line, "this wrong answer would be judged right")
            default: break
            }
        }
    }

    /// Whether `source` answers this exercise rather than being scratch work: a bare
    /// expression for number and expression exercises, a whole number for choices. (Command
    /// exercises are answered by whatever statement binds their name.)
    func isAnswer(_ source: String, in session: Session) -> Bool {
        switch exercise.kind {
        case .choice: Int(source.trimmingCharacters(in: " \t\n")) != nil
        case .number, .expression: session.isBareExpression(source)
        case .command: false
        }
    }

    /// Judges a typed answer without changing the session.
    func judge(_ source: String, in session: Session) -> AnswerCheck.Verdict {
        if exercise.kind == .choice {
            return AnswerCheck.judge(choice: source, exercise, expected: expected, wrong: wrong)
        }
        do {
            let given = try session.withoutSideEffects { try session.evaluateTensor(source) }
            return judge(given, in: session)
        } catch {
            return .wrong(AnswerCheck.message(error))
        }
    }

    /// Judges a value the learner's statement bound.
    func judge(_ given: Tensor, in session: Session) -> AnswerCheck.Verdict {
        AnswerCheck.judge(value: given, exercise, expected: expected, wrong: wrong, session: session)
    }
}
