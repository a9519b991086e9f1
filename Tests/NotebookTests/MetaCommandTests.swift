import Foundation
import Testing

@testable import Notebook

@Suite struct MetaCommandTests {
    @Test func helpListsTopicsAndShowsOneEntryWithItsExampleRun() {
        let overview = run(":help")
        let populated = Topic.allCases.filter { topic in BuiltinTable.helpEntries.contains { $0.topic == topic } }
        for topic in populated { #expect(overview.contains(topic.rawValue)) }
        #expect(overview.contains("relu") && overview.contains(":vars") && overview.contains("backward"))
        let relu = run(":help relu")
        #expect(relu.hasPrefix("relu(x)    (activations)"))
        #expect(relu.contains("relu′(x) = 1 if x > 0 else 0"))
        #expect(relu.contains("gb> relu([-1, 0, 2])\n    [0, 0, 2]"), "the example ran: \(relu)")
        #expect(run(":help :vars").contains(":vars"))
        #expect(run(":help vars").contains("name, kind, shape"))
        #expect(run(":help reductions").contains("argmax"))
        #expect(run(":help syntax").contains("-x^2 is -(x^2)"))
        #expect(run(":help rleu").contains("did you mean relu?"))
    }

    @Test func helpExamplesDoNotTouchTheSession() {
        let session = Session()
        run("x = 1", in: session)
        run(":help backward", in: session)
        #expect(run("x", in: session) == "1")
        #expect(session.names == ["x"])
    }

    @Test func varsListsNameKindShapeAndPreview() {
        let session = Session()
        #expect(run(":vars", in: session) == "no variables yet")
        run("W = ones(2, 3); b = 0.5; f(x) = 2 * x", in: session)
        let lines = run(":vars", in: session).split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "name  kind      shape   value",
                "W     tensor    [2, 3]  [[1, 1, 1], [1, 1, 1]]",
                "b     number    []      0.5",
                "f     function          f(x) = 2 * x",
            ])
    }

    @Test func seedRestartsTheStream() {
        let session = Session()
        run(":seed 7", in: session)
        let first = run("randn(4)", in: session)
        run(":seed 7", in: session)
        #expect(run("randn(4)", in: session) == first)
        #expect(run(":seed", in: session) == "seed 7")
        #expect(failure(":seed -1", in: session).contains("whole number from 0"))
    }

    @Test func digitsSeventeenReadsBackExactly() {
        let session = Session()
        #expect(run("1 / 3", in: session) == "0.333333")
        run(":digits 17", in: session)
        let printed = run("x = 1 / 3; x", in: session).split(separator: "\n").last!
        #expect(Double(String(printed)) == 1.0 / 3.0)
        #expect(run("0.1", in: session) == "0.1")
        #expect(failure(":digits 0", in: session).contains("from 1 to 17"))
    }

    @Test func resetForgetsVariablesAndRestartsTheSeed() {
        let session = Session(seed: 5)
        let first = run("randn(2)", in: session)
        run("x = 1\n:seed 9", in: session)
        run(":reset", in: session)
        #expect(session.names.isEmpty)
        #expect(run("randn(2)", in: session) == first)
    }

    @Test func saveThenLoadReplaysTheSession() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("s.gb").path
        let session = Session(seed: 3)
        run("w = randn(2); f(x) = x + 1", in: session)  // the ; stays in the script: it replays silently
        _ = failure("oops + 1", in: session)
        run(":help relu", in: session)
        #expect(run(":save \(path)", in: session) == "saved 2 statement(s) to \(path)")
        let script = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            script == "# gradbook session; replay with: gradbook run \(path)\n:seed 3\nw = randn(2);\nf(x) = x + 1\n")
        let replay = Session()
        run(":load \(path)", in: replay)
        #expect(run("w", in: replay) == run("w", in: session))
        #expect(run("f(1)", in: replay) == "2")
    }

    @Test func saveKeepsWhatEachMetaCommandDeclares() {
        let session = Session()
        run("x = 1\n:digits 3\n:vars\n:help relu\n:time y = 2\n:width 60\n:seed 4", in: session)
        // :time is left out but the statement it ran is kept, once
        #expect(session.savedInput == ["x = 1", ":digits 3", "y = 2", ":width 60", ":seed 4"])
        #expect(
            BuiltinTable.metaCommands.filter { $0.saving == .kept }.map(\.name) == [
                "seed", "digits", "width", "load", "memory",
            ])
    }

    @Test func loadReportsFileLineAndColumnAndStops() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).gb").path
        try "a = 1\nb = a +* 2\nc = 3\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let session = Session()
        let text = failure(":load \(path)", in: session)
        #expect(text.hasPrefix("\(path):2:8: error: expected an expression, found '*'"))
        #expect(session.names.isEmpty, "a script with a syntax error runs nothing")
        #expect(failure(":load /no/such/file.gb").contains("cannot read /no/such/file.gb: no such file"))
    }

    @Test func selfLoadingScriptStops() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("loop-\(UUID().uuidString).gb").path
        try ":load \(path)\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(failure(":load \(path)").contains("nested more than"))
    }

    @Test func quitAndUnknownCommands() {
        let result = Session().execute("a = 1\n:quit\nb = 2")
        #expect(result.quit && result.text == "a = 1")
        #expect(failure(":vasr").contains("unknown command :vasr; did you mean :vars?"))
    }
}
