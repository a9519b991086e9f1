import Notebook

/// One lesson under way in a session. It runs the lesson's code once, in order, up to the
/// furthest point reached, and keeps what each step printed: `:back` and `:next` over steps
/// already seen show that record and never run code again, so the session's state is always
/// the lesson's code up to the furthest point plus the learner's own statements. It returns
/// what to print and never prints.
final class LessonRunner {
    let lesson: Lesson
    /// The furthest step reached: the one whose code ran last.
    private(set) var stepIndex = 0
    /// The step on screen: below `stepIndex` after `:back`.
    private(set) var viewing = 0
    /// The next block of the furthest step to show.
    private var blockIndex = 0
    private(set) var open: OpenExercise?
    /// How each exercise went, in lesson order, for the summary and the saved progress.
    private(set) var outcomes: [ExerciseOutcome] = []
    /// What each step printed when it ran, for `:back`.
    private var record: [[Output]]
    private(set) var finished = false
    /// Watches every output and failure with its line in the lesson file (`lesson check`).
    var observer: LessonObserver?

    init(lesson: Lesson) {
        self.lesson = lesson
        record = Array(repeating: [], count: lesson.steps.count)
    }

    var step: Step { lesson.steps[stepIndex] }

    /// Exercises answered or skipped so far in the furthest step.
    var exercisesDoneInStep: Int { outcomes.count - exercisesBefore(step: stepIndex) }

    /// The number of exercises in the steps before `index`.
    func exercisesBefore(step index: Int) -> Int { lesson.steps[..<index].reduce(0) { $0 + $1.exercises.count } }

    var exerciseCount: Int { exercisesBefore(step: lesson.steps.count) }

    // MARK: Moving through the lesson

    /// The lesson's title and introduction, then its first step.
    func start(in session: Session, style: Style) -> [Output] {
        let about = [
            lesson.minutes.map { "about \($0) min" },
            lesson.seeds.isEmpty ? nil : "notes " + lesson.seeds.joined(separator: ", "),
        ]
        .compactMap { $0 }.joined(separator: "; ")
        var outputs = emit(
            style.wrapped(lesson.title + (about.isEmpty ? "" : " (\(about))"), .heading), line: 1, style: style)
        outputs += render(lesson.introduction, in: session, style: style)
        return outputs + enter(step: 0, in: session, style: style)
    }

    /// Runs the furthest step's next blocks up to its next exercise, which opens.
    private func continueStep(in session: Session, style: Style) -> [Output] {
        var outputs: [Output] = []
        while blockIndex < step.blocks.count {
            let block = step.blocks[blockIndex]
            blockIndex += 1
            if case let .exercise(exercise) = block {
                open = OpenExercise(exercise, number: outcomes.count + 1, in: session, observer: observer)
                let shown = question(open!, style: style)
                record[stepIndex] += shown
                return outputs + shown
                    + emit(style.wrapped(howToAnswer(exercise), .info), line: exercise.line, style: style)
            }
            let shown = render([block], in: session, style: style)
            record[stepIndex] += shown
            outputs += shown
        }
        let last = stepIndex == lesson.steps.count - 1
        return outputs + [
            Output(last ? "(:next finishes the lesson)" : "(:next goes on; the prompt is yours to experiment)", .info)
        ]
    }

    private func enter(step index: Int, in session: Session, style: Style) -> [Output] {
        stepIndex = index
        viewing = index
        blockIndex = 0
        open = nil
        let header = emit([Output(style.rule(stepTitle(index)), .heading)], line: step.line, style: style)
        record[index] = header
        return header + continueStep(in: session, style: style)
    }

    private func stepTitle(_ index: Int) -> String {
        "Step \(index + 1) of \(lesson.steps.count): \(lesson.steps[index].title)"
    }

    func next(in session: Session, style: Style) -> [Output] {
        if viewing < stepIndex {
            viewing += 1
            return replayed(viewing, style: style)
        }
        if let current = open {
            return [Output("first answer the exercise at the prompt (or :hint, or :skip)", .info)]
                + asking(current, style: style)
        }
        guard stepIndex + 1 < lesson.steps.count else {
            finished = true
            return emit(
                [Output(style.rule("\(lesson.title): done"), .heading)] + summary(style: style), line: step.line,
                style: style)
        }
        return enter(step: stepIndex + 1, in: session, style: style)
    }

    func back(in session: Session, style: Style) -> [Output] {
        guard viewing > 0 else { return [Output("this is the first step", .info)] }
        viewing -= 1
        return replayed(viewing, style: style)
    }

    /// A step as it printed when it ran; nothing runs again.
    private func replayed(_ index: Int, style: Style) -> [Output] {
        var outputs = record[index]
        if index < stepIndex {
            outputs.append(
                Output("(step \(index + 1) as it ran; nothing ran again. :next shows step \(index + 2))", .info))
        } else if let current = open {
            outputs +=
                [Output("(the exercise is still open)", .info)] + style.wrapped(howToAnswer(current.exercise), .info)
        } else {
            outputs.append(Output("(back where you were; :next goes on)", .info))
        }
        return outputs
    }

    func hint(style: Style) -> [Output] {
        guard let exercise = open?.exercise, let shown = open?.hintsShown else {
            return [Output("no exercise is open", .info)]
        }
        guard shown < exercise.hints.count else {
            return [
                Output(
                    exercise.hints.isEmpty
                        ? "this exercise has no hints; :skip shows the answer"
                        : "no more hints; :skip shows the answer", .info)
            ]
        }
        open?.hintsShown += 1
        return style.wrapped("hint \(shown + 1) of \(exercise.hints.count): " + exercise.hints[shown], .info)
    }

    func skip(in session: Session, style: Style) -> [Output] {
        guard let exercise = open?.exercise else { return [Output("no exercise is open; :next goes on", .info)] }
        var outputs = style.wrapped("the answer: " + answerText(exercise, in: session), .info)
        if exercise.kind == .command, let solution = exercise.solution, let binding = exercise.binding,
            let binds = open?.solutionBinds
        {
            // Later steps use what the solution binds, as if the learner had typed it when the
            // exercise opened (scratch work since then does not change it).
            outputs += Self.echo(solution) + session.bind(binding, to: binds).flatMap(Self.indented)
        }
        return close(.skipped, outputs, in: session, style: style)
    }

    /// Takes what the learner typed while an exercise is open: an answer is judged; anything
    /// else is scratch work, for the session to run as usual (nil). A command exercise is
    /// answered by the statement that binds its name: it runs, then everything else it changed
    /// is undone, so that the lesson's later steps find the state they expect.
    func answer(_ input: String, in session: Session, style: Style, evaluate: (String) -> Execution) -> Execution? {
        guard let current = open else { return nil }
        let exercise = current.exercise
        var outputs: [Output] = []
        let verdict: AnswerCheck.Verdict
        if exercise.kind == .command {
            guard let binding = exercise.binding else { return nil }
            let before = session.boundObject(binding)
            let snapshot = SessionSnapshot(session)
            let ran = evaluate(input)
            // A statement that leaves the name alone is scratch work, and stays.
            guard !ran.failed, let object = session.boundObject(binding), object !== before else { return ran }
            let stepped = snapshot.restore(session, keeping: [binding])
            outputs += ran.outputs
            if !stepped.isEmpty {
                outputs.append(
                    Output(
                        "(\(stepped.joined(separator: ", ")) took a step, which cannot be undone; everything else the answer changed was)",
                        .info))
            }
            verdict =
                session.boundTensor(binding).map { current.judge($0, in: session) }
                ?? .wrong("\(binding) is not bound to a tensor")
        } else {
            guard current.isAnswer(input, in: session) else { return nil }
            verdict = current.judge(input, in: session)
        }
        return Execution(outputs: judged(verdict, outputs, in: session, style: style))
    }

    private func judged(_ verdict: AnswerCheck.Verdict, _ outputs: [Output], in session: Session, style: Style)
        -> [Output]
    {
        guard let current = open else { return outputs }
        switch verdict {
        case .right:
            let outcome: ExerciseOutcome =
                current.hintsShown > 0 ? .withHints : current.tries == 0 ? .firstTry : .afterTries
            return close(outcome, outputs + [Output(style.right + " right", .info)], in: session, style: style)
        case let .wrong(reason):
            open?.tries += 1
            return outputs + style.wrapped("\(style.wrong) \(reason): try again, :hint or :skip", .info)
        }
    }

    /// Ends the open exercise and goes on with its step.
    private func close(_ outcome: ExerciseOutcome, _ outputs: [Output], in session: Session, style: Style) -> [Output] {
        guard let exercise = open?.exercise else { return outputs }
        open = nil
        outcomes.append(outcome)
        viewing = stepIndex
        let closing = emit(outputs, line: exercise.line, style: style) + explanation(exercise, style: style)
        record[stepIndex] += closing
        return closing + continueStep(in: session, style: style)
    }

    /// Every remaining step without pausing, each exercise answered with its own answer.
    func runToEnd(in session: Session, style: Style) -> [Output] {
        var outputs: [Output] = []
        while !finished {
            guard let exercise = open?.exercise else {
                outputs += next(in: session, style: style)
                continue
            }
            let input = exercise.kind == .command ? exercise.solution ?? exercise.answer : exercise.answer
            let echo = emit(Self.echo(input), line: exercise.line, style: style)
            let answered = answer(input, in: session, style: style) { source in
                var ran = session.executeWithoutGuide(source)
                ran.outputs = ran.outputs.flatMap(Self.indented)
                return ran
            }
            outputs += echo + (answered?.outputs ?? [])
            if open?.exercise == exercise {
                let why = answered?.outputs.last?.text ?? "it is not read as an answer"
                observer?.failed(
                    exercise.line,
                    "the lesson's own \(exercise.kind == .command ? "solution" : "answer") is not judged right: \(why)")
                outputs += skip(in: session, style: style)
            }
        }
        return outputs
    }

    /// Runs the lesson quietly up to exercise `exercise` of step `index` (or the step's end),
    /// as if the learner had answered what comes before with `outcomes`, so that resuming
    /// finds the variables and shows the step as it ran. Returns the failures' text, if any.
    func fastForward(
        toStep index: Int, exercise: Int, outcomes saved: [ExerciseOutcome], in session: Session, style: Style
    ) -> String? {
        var failures: [String] = []
        let watching = observer
        observer = LessonObserver(printed: { _, _ in }, failed: { _, why in failures.append(why) })
        defer { observer = watching }
        _ = start(in: session, style: style)
        while stepIndex < index || (stepIndex == index && exercisesDoneInStep < exercise && open != nil) {
            if open != nil {
                let outcome = saved.indices.contains(outcomes.count) ? saved[outcomes.count] : .skipped
                var outputs: [Output] = []
                if let exercise = open?.exercise, exercise.kind == .command, let solution = exercise.solution {
                    let ran = session.executeWithoutGuide(solution)
                    if ran.failed { failures.append(ran.text) }
                    outputs = Self.echo(solution) + ran.outputs.flatMap(Self.indented)
                }
                _ = close(outcome, outputs + [Output(outcome.mark(style), .info)], in: session, style: style)
            } else {
                _ = enter(step: stepIndex + 1, in: session, style: style)
            }
        }
        return failures.isEmpty ? nil : failures.joined(separator: "\n")
    }

    /// Shows the furthest step as it ran so far, with its open exercise (after resuming).
    func current(style: Style) -> [Output] {
        guard let current = open else {
            return record[stepIndex] + [Output("(:next goes on; the prompt is yours to experiment)", .info)]
        }
        return record[stepIndex] + style.wrapped(howToAnswer(current.exercise), .info)
    }

    var position: String {
        var text = "\(lesson.id): step \(viewing + 1) of \(lesson.steps.count), \(lesson.steps[viewing].title)"
        if viewing < stepIndex { text += " (you reached step \(stepIndex + 1))" }
        if let current = open { text += "; exercise \(current.number) of \(exerciseCount) is open" }
        return text
    }

    /// Outputs made for line `line` of the lesson file, fitted to the width (and ASCII), and
    /// passed to the observer.
    func emit(_ outputs: [Output], line: Int, style: Style) -> [Output] {
        let fitted = OutputFit.fit(outputs, width: style.width, ascii: style.ascii)
        observer?.printed(line, fitted)
        return fitted
    }
}

/// What `gradbook lesson check` hears from a run: every output with the line of the lesson
/// file it comes from, and every failure.
struct LessonObserver {
    var printed: (_ line: Int, _ outputs: [Output]) -> Void
    var failed: (_ line: Int, _ message: String) -> Void
}
