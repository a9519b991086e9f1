import Foundation
import Notebook

/// `gradbook lesson check FILE|DIR`: what a lesson's author runs before anyone takes it. A
/// lesson passes when it parses; when `--auto` runs every step's code without an error; when
/// every exercise's answer evaluates, its solution is judged right and no `wrong:` answer is;
/// and when every line it prints fits the width. Problems read `file:line: message`.
public enum LessonCheck {
    /// The widest line a lesson may print: a terminal's default.
    public static let width = 80

    /// Every problem in the lesson files at `paths` (files, or directories of `*.md`).
    public static func problems(in paths: [String]) -> [LessonError] {
        var problems: [LessonError] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(LessonError("no such file or directory", path: path))
                continue
            }
            guard isDirectory.boolValue else {
                problems += Self.problems(inFile: path)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
            if names.isEmpty { problems.append(LessonError("no lesson files (*.md) here", path: path)) }
            for name in names { problems += Self.problems(inFile: (path as NSString).appendingPathComponent(name)) }
        }
        return problems
    }

    /// The problems of one lesson file, in the order a reader meets them.
    public static func problems(inFile path: String, width: Int = width) -> [LessonError] {
        let lesson: Lesson
        do { lesson = try LessonLibrary.read(path) } catch let error as LessonError { return [error] } catch {
            return [LessonError("\(error)", path: path)]
        }
        var problems: [(line: Int, message: String)] = []
        for ascii in [false, true] {
            let session = Session(seed: lesson.randomSeed, settings: Settings(width: width, ascii: ascii))
            let runner = LessonRunner(lesson: lesson)
            runner.observer = LessonObserver(
                printed: { line, outputs in
                    for text in outputs.flatMap(\.lines) {
                        if text.count > width {
                            problems.append(
                                (
                                    line,
                                    "a printed line is \(text.count) columns, more than \(width): \(text.prefix(40))…"
                                ))
                        }
                        if ascii, let odd = text.unicodeScalars.first(where: { !$0.isASCII }) {
                            problems.append(
                                (
                                    line,
                                    "--ascii output has the non-ASCII character '\(odd)' (U+\(String(odd.value, radix: 16, uppercase: true))): \(text.prefix(40))"
                                ))
                        }
                    }
                },
                failed: { line, message in if !ascii { problems.append((line, message)) } })
            let style = LessonRunner.Style(session.settings)
            _ = session.executeWithoutGuide(":seed \(lesson.randomSeed)")
            _ = runner.start(in: session, style: style) + runner.runToEnd(in: session, style: style)
        }
        var seen = Set<String>()
        // By line, and in the order found within a line.
        let ordered = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(
            \.element)
        return ordered.compactMap { problem in
            guard seen.insert("\(problem.line):\(problem.message)").inserted else { return nil }
            return LessonError(problem.message, path: path, line: problem.line)
        }
    }
}
