import Notebook
import Tensors

/// Whether the learner's answer to an exercise is right, judged on values, not on text: for an
/// expression exercise, `2*x` and `x + x` are both right.
enum AnswerCheck {
    enum Verdict: Equatable {
        case right
        case wrong(String)
    }

    /// Judges `input` typed at the prompt (for command exercises, after it ran).
    static func judge(_ input: String, for exercise: Exercise, in session: Session) -> Verdict {
        let expected: Tensor
        do {
            if exercise.kind == .choice { return judgeChoice(input, exercise) }
            expected = try session.evaluateTensor(exercise.answer)
        } catch {
            return .wrong("the lesson's own answer does not evaluate (\(message(error))); please report it, and :skip")
        }
        let given: Tensor
        switch exercise.kind {
        case .command:
            guard let binding = exercise.binding, let bound = session.boundTensor(binding) else {
                return .wrong("\(exercise.binding ?? "the answer") is not bound to a tensor yet")
            }
            given = bound
        default:
            do { given = try session.evaluateTensor(input) } catch { return .wrong(message(error)) }
        }
        if exercise.kind == .number, given.count != 1 {
            return .wrong("the answer is one number; this has shape \(Shape.describe(given.shape))")
        }
        guard given.shape == expected.shape || (given.count == 1 && expected.count == 1) else {
            return .wrong("the shape is \(Shape.describe(given.shape)), the answer's is \(Shape.describe(expected.shape))")
        }
        for (a, b) in zip(given.scalars, expected.scalars) where !close(a, b, tolerance: exercise.tolerance) {
            return .wrong(given.count == 1 ? "\(session.format(a)) is not it" : "some entries differ from the answer")
        }
        return .right
    }

    /// |a − b| ≤ tol·max(1, |b|): absolute for small answers, relative for large ones.
    static func close(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    private static func judgeChoice(_ input: String, _ exercise: Exercise) -> Verdict {
        let text = input.trimmingCharacters(in: " \t")
        guard let chosen = Int(text), (1...exercise.choices.count).contains(chosen) else {
            return .wrong("answer with the number of a choice, 1 to \(exercise.choices.count)")
        }
        return chosen == Int(exercise.answer) ? .right : .wrong("not choice \(chosen)")
    }

    static func message(_ error: any Error) -> String {
        (error as? NotebookError)?.message ?? "\(error)"
    }
}
