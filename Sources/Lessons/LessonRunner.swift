import Notebook

/// One lesson under way in a session: which step is shown, which exercise waits for an answer
/// and how many of its hints are out. It returns what to print and never prints.
final class LessonRunner {
    let lesson: Lesson
    private(set) var stepIndex = 0
    /// The next block of the step to show.
    private var blockIndex = 0
    private(set) var open: (exercise: Exercise, hintsShown: Int)?
    /// Steps whose code has run; showing one of them again does not run it twice.
    private var stepsRun = Set<Int>()
    private(set) var finished = false

    init(lesson: Lesson) { self.lesson = lesson }

    var step: Step { lesson.steps[stepIndex] }

    // MARK: Moving through the lesson

    /// The lesson's title and introduction, then its first step.
    func start(in session: Session, style: Style) -> [Output] {
        let about = [lesson.minutes.map { "about \($0) min" }, lesson.seeds.isEmpty ? nil : "notes " + lesson.seeds.joined(separator: ", ")]
            .compactMap { $0 }.joined(separator: "; ")
        var outputs = [Output(lesson.title + (about.isEmpty ? "" : " (\(about))"), .heading)]
        outputs += render(lesson.introduction, in: session, style: style, run: true).outputs
        outputs += show(step: 0, in: session, style: style)
        return outputs
    }

    /// Shows step `index` from its beginning, running its code unless it ran before.
    func show(step index: Int, in session: Session, style: Style) -> [Output] {
        stepIndex = index
        blockIndex = 0
        open = nil
        let header = style.rule("Step \(index + 1) of \(lesson.steps.count): \(step.title)")
        return [Output(header, .heading)] + continueStep(in: session, style: style)
    }

    /// Shows the step's blocks from `blockIndex` up to its next exercise, which opens.
    func continueStep(in session: Session, style: Style) -> [Output] {
        let firstVisit = !stepsRun.contains(stepIndex)
        let rest = Array(step.blocks[blockIndex...])
        let shown = render(rest, in: session, style: style, run: firstVisit)
        blockIndex += shown.consumed
        if let exercise = shown.exercise {
            if firstVisit {
                open = (exercise, 0)
                return shown.outputs + question(exercise, style: style)
            }
            // Seen before: show it answered and go on.
            return shown.outputs + question(exercise, style: style, answered: true) + continueStep(in: session, style: style)
        }
        stepsRun.insert(stepIndex)
        let last = stepIndex == lesson.steps.count - 1
        return shown.outputs + [Output(last ? "(:next finishes the lesson)" : "(:next goes on; the prompt is yours to experiment)", .info)]
    }

    func next(in session: Session, style: Style) -> [Output] {
        if let exercise = open?.exercise {
            return [Output("first answer the exercise at the prompt (or :hint, or :skip)", .info)] + question(exercise, style: style)
        }
        guard stepIndex + 1 < lesson.steps.count else {
            finished = true
            return [Output(style.rule("\(lesson.title): done"), .heading),
                    Output("You finished the lesson. :lessons lists the others.", .info)]
        }
        return show(step: stepIndex + 1, in: session, style: style)
    }

    func back(in session: Session, style: Style) -> [Output] {
        guard stepIndex > 0 else { return [Output("this is the first step", .info)] }
        if open != nil { stepsRun.remove(stepIndex) }  // its exercise is still to be answered
        return show(step: stepIndex - 1, in: session, style: style)
    }

    func hint(style: Style) -> [Output] {
        guard let (exercise, shown) = open else { return [Output("no exercise is open", .info)] }
        guard shown < exercise.hints.count else {
            return [Output(exercise.hints.isEmpty ? "this exercise has no hints; :skip shows the answer" : "no more hints; :skip shows the answer", .info)]
        }
        open = (exercise, shown + 1)
        return style.wrapped("hint \(shown + 1) of \(exercise.hints.count): " + exercise.hints[shown], .info)
    }

    func skip(in session: Session, style: Style) -> [Output] {
        guard let exercise = open?.exercise else { return [Output("no exercise is open; :next goes on", .info)] }
        open = nil
        return style.wrapped("the answer: " + answerText(exercise, in: session), .info) + explanation(exercise, style: style)
            + continueStep(in: session, style: style)
    }

    /// Judges what the learner typed while an exercise is open.
    func answer(_ input: String, in session: Session, style: Style, evaluate: (String) -> Execution) -> Execution {
        guard let exercise = open?.exercise else { return Execution() }
        var outputs: [Output] = []
        if exercise.kind == .command {
            let ran = evaluate(input)
            outputs += ran.outputs
            if ran.failed { return Execution(outputs: outputs + [Output("not yet: try again, :hint or :skip", .info)], failed: true) }
        }
        switch AnswerCheck.judge(input, for: exercise, in: session) {
        case .right:
            open = nil
            outputs += [Output(style.right + " right", .info)] + explanation(exercise, style: style) + continueStep(in: session, style: style)
            return Execution(outputs: outputs)
        case let .wrong(reason):
            outputs.append(Output("\(style.wrong) \(reason): try again, :hint or :skip", .info))
            return Execution(outputs: outputs)
        }
    }

    /// Every remaining step without pausing, each exercise answered with its own answer.
    func runToEnd(in session: Session, style: Style) -> [Output] {
        var outputs: [Output] = []
        while !finished {
            if let exercise = open?.exercise {
                let input = exercise.kind == .command ? exercise.solution ?? exercise.answer : exercise.answer
                outputs += Self.echo(input)
                outputs += answer(input, in: session, style: style) { source in
                    var ran = session.execute(source)
                    ran.outputs = ran.outputs.flatMap(Self.indented)
                    return ran
                }.outputs
                if open?.exercise == exercise { outputs += skip(in: session, style: style) }  // the lesson's answer failed its own check
            } else {
                outputs += next(in: session, style: style)
            }
        }
        return outputs
    }

    /// Runs the code of steps before `index` quietly, so that resuming there finds their
    /// variables; returns the first failure's text, if any.
    func replay(upTo index: Int, in session: Session) -> String? {
        for i in 0..<index {
            for block in lesson.steps[i].blocks {
                let source: String?
                switch block {
                case let .code(code, _): source = code
                case let .exercise(e) where e.kind == .command: source = e.solution
                default: source = nil
                }
                if let source {
                    let ran = session.execute(source)
                    if ran.failed { return ran.text }
                }
            }
            stepsRun.insert(i)
        }
        return nil
    }

    var position: String {
        "\(lesson.id): step \(stepIndex + 1) of \(lesson.steps.count), \(step.title)" + (open == nil ? "" : " (an exercise is open)")
    }

    // MARK: Rendering

    /// Prose, code with its output, up to and not including the first exercise, which is returned.
    private func render(_ blocks: [Block], in session: Session, style: Style, run: Bool) -> (outputs: [Output], consumed: Int, exercise: Exercise?) {
        var outputs: [Output] = []
        for (i, block) in blocks.enumerated() {
            switch block {
            case let .prose(text):
                outputs += ProseRenderer(width: session.settings.width, ascii: session.settings.ascii).render(text)
            case let .code(code, _):
                for entry in Self.entries(code) {
                    outputs += Self.echo(entry)
                    if run { outputs += session.execute(entry).outputs.flatMap(Self.indented) }
                }
                if !run { outputs.append(Output("(ran before; its results are in your session)", .info)) }
            case let .exercise(exercise):
                return (outputs, i + 1, exercise)
            }
        }
        return (outputs, blocks.count, nil)
    }

    private func question(_ exercise: Exercise, style: Style, answered: Bool = false) -> [Output] {
        var outputs = style.wrapped(style.exercise + " " + exercise.question, .heading)
        outputs += exercise.choices.enumerated().flatMap { style.wrapped("\($0.offset + 1). \($0.element)", .result) }
        if answered { return outputs + [Output("(answered before)", .info)] }
        let how = switch exercise.kind {
        case .number: "type a number (or an expression) at the prompt"
        case .expression: "type an expression at the prompt"
        case .choice: "type the number of your choice"
        case .command: "run a statement that binds \(exercise.binding ?? "the answer")"
        }
        return outputs + style.wrapped("(\(how); :hint for a hint, :skip for the answer)", .info)
    }

    private func explanation(_ exercise: Exercise, style: Style) -> [Output] {
        exercise.explanation.map { style.wrapped($0, .result) } ?? []
    }

    private func answerText(_ exercise: Exercise, in session: Session) -> String {
        switch exercise.kind {
        case .choice: return Int(exercise.answer).map { "\($0). " + exercise.choices[$0 - 1] } ?? exercise.answer
        case .command: return exercise.solution ?? exercise.answer
        case .number, .expression:
            let value = (try? session.evaluateTensor(exercise.answer)).flatMap { $0.count == 1 ? session.format($0.scalars[0]) : nil }
            return exercise.answer + (value.map { $0 == exercise.answer ? "" : " = \($0)" } ?? "")
        }
    }

    /// A code block split into the entries a learner would type, continuation lines included.
    static func entries(_ code: String) -> [String] {
        var buffer = EntryBuffer()
        var entries: [String] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !buffer.isOpen, line.trimmingCharacters(in: " ").isEmpty { continue }
            entries += buffer.add(line).map(\.text)
        }
        if let entry = buffer.finish() { entries.append(entry.text) }
        return entries
    }

    /// Output lines indented under the code that made them.
    static func indented(_ output: Output) -> [Output] {
        output.lines.map { Output("  " + $0, output.style) }
    }

    /// An entry as the prompt shows it, indented so that a transcript of a lesson does not
    /// read it as input.
    static func echo(_ entry: String) -> [Output] {
        Screen.echo(entry).map { Output("  " + $0, .info) }
    }

    /// How a lesson prints: its marks in Unicode or ASCII, and text wrapped to the width.
    struct Style {
        let ascii: Bool
        let width: Int

        init(_ settings: Settings) {
            ascii = settings.ascii
            width = settings.width
        }

        /// Lesson text (maths and all) wrapped to the width, in one style.
        func wrapped(_ text: String, _ style: Output.Style) -> [Output] {
            ProseRenderer(width: width, ascii: ascii).render(text).map { Output($0.text, style) }
        }
        var right: String { ascii ? "[ok]" : "✓" }
        var wrong: String { ascii ? "[x]" : "✗" }
        var exercise: String { ascii ? "Exercise:" : "✎ Exercise:" }
        func rule(_ title: String) -> String { ascii ? "-- \(title) --" : "── \(title) ──" }
    }
}
