import Foundation
import Testing

/// The tree is formatted to `.swift-format`: `swift-format lint --strict` over every Swift
/// file of the package reports nothing. Fix a failure with
/// `swift format -i -r Sources Tests Plugins Benchmarks Package.swift`.
@Suite struct FormattingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `swift-format` on the PATH, or beside the toolchain's `swift` (it ships with the toolchain
    /// since Swift 6.0, though a `swift` linked into /usr/bin leaves it off the PATH).
    static var swiftFormat: URL? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map {
            URL(fileURLWithPath: String($0))
        }
        let beside = directories.map { $0.appendingPathComponent("swift") }
            .filter { FileManager.default.isExecutableFile(atPath: $0.path) }
            .map { $0.resolvingSymlinksInPath().deletingLastPathComponent() }
        return (directories + beside).map { $0.appendingPathComponent("swift-format") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test func theTreeFollowsTheFormatterConfiguration() throws {
        let formatter = try #require(
            Self.swiftFormat, "swift-format is not on the PATH; it comes with the Swift toolchain")
        let process = Process()
        process.executableURL = formatter
        process.currentDirectoryURL = Self.repository
        process.arguments = [
            "lint", "--strict", "--recursive", "--parallel", "--configuration", ".swift-format",
            "Sources", "Tests", "Plugins", "Benchmarks", "Package.swift",
        ]
        let report = Pipe()
        process.standardOutput = report
        process.standardError = report
        try process.run()
        let output = String(decoding: report.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let findings = output.split(separator: "\n")
        #expect(
            process.terminationStatus == 0 && findings.isEmpty,
            "\(findings.count) formatting findings, first: \(findings.prefix(10).joined(separator: "\n"))")
    }
}
