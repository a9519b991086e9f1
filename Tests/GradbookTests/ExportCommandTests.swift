import Foundation
import Testing

/// `gradbook export torch SCRIPT.gb -o FILE.py`: runs the script quietly, then writes what
/// `:export torch FILE.py` writes; never replaces a file without --force.
@Suite struct ExportCommandTests {
    static let script =
        "net = mlp(2, 3, 1); opt = sgd(net, lr = 0.1); d = moons(10)\ntrain net on d with opt for 3 steps\n"

    @Test func writesTheScriptAfterRunningTheFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Self.script, to: "m.gb")
        let result = try GradbookProcess.run(["export", "torch", "m.gb", "-o", "m.py"], in: directory.url)
        #expect(result.status == 0)
        #expect(result.standardOutput == "exported 1 train run to m.py\n")
        let text = try String(contentsOf: directory.url.appendingPathComponent("m.py"), encoding: .utf8)
        #expect(text.contains("# Run 1: train net on d with opt for 3 steps"))
        #expect(
            text.contains(
                "opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False)"
            ))
        let again = try GradbookProcess.run(["export", "torch", "m.gb", "-o", "m.py"], in: directory.url)
        #expect(again.status == 1)
        #expect(again.standardOutput.contains("m.py exists; :export! torch m.py replaces it"))
        #expect(
            try GradbookProcess.run(["export", "torch", "m.gb", "-o", "m.py", "--force"], in: directory.url).status == 0
        )
    }

    @Test func aFailingScriptExportsNothing() throws {
        let directory = try TemporaryDirectory()
        try directory.write("net = nope\n", to: "bad.gb")
        let result = try GradbookProcess.run(["export", "torch", "bad.gb", "-o", "m.py"], in: directory.url)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("bad.gb:1:7: error: unknown name 'nope'"))
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("m.py").path))
        #expect(try GradbookProcess.run(["export", "onnx", "bad.gb", "-o", "m.py"], in: directory.url).status == 64)
    }
}
