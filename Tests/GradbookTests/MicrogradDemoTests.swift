import Foundation
import Testing

/// examples/micrograd-demo.gb through the built executable: micrograd's demo trains to 100%.
@Suite struct MicrogradDemoTests {
    static let demo: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/"
            && !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path)
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("examples/micrograd-demo.gb")
    }()

    /// The numbers of one printed matrix row, `[[ 0,  0.45422,  0.77 ],` or ` [10, …]]`.
    static func numbers(_ line: String) -> [Double] {
        line.trimmingCharacters(in: CharacterSet(charactersIn: "[], "))
            .split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    @Test func theDemoReachesFullTrainAccuracyWithTheLossFalling() throws {
        let result = try GradbookProcess.run(["run", Self.demo.path])
        #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
        let lines = result.lines.filter { !$0.isEmpty }
        // The end of the output: the time of the loop (the one line that varies), a table of
        // step, loss and accuracy every 10 steps, then the loss and accuracy after the last step.
        try #require(lines.count >= 13)
        let tail = Array(lines.suffix(13))
        #expect(tail[0].hasPrefix("time: ") && tail[0].hasSuffix(" ms"), "\(tail[0])")
        let table = tail[1...10].map(Self.numbers)
        #expect(table.map { $0.first } == (0..<10).map { Double($0 * 10) })
        let losses = table.map { $0.count == 3 ? $0[1] : .nan }
        let accuracies = table.map { $0.count == 3 ? $0[2] : .nan }
        // The numbers PyTorch and micrograd reproduce from the same data and initial weights
        // (scripts/bench/run_benchmark.py checks all 100 steps to ~1e-16).
        #expect(
            losses == [
                0.45422, 0.178392, 0.0964585, 0.055194, 0.0300486, 0.0405011, 0.0168385, 0.0141057, 0.0117687,
                0.0106438,
            ])
        #expect(accuracies == [0.77, 0.92, 0.95, 0.98, 1, 0.99, 1, 1, 1, 1])
        #expect(tail[11] == "0.0105021")
        #expect(tail[12] == "1")
    }
}
