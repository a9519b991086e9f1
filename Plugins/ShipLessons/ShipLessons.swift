import Foundation
import PackagePlugin

/// Builds the lessons into the executable: `lessons/*.md` at the package root become Swift
/// source of the Lessons target at every build, so that `gradbook lessons` works from any
/// directory and after the binary is copied elsewhere. Adding a lesson is adding its file:
/// the lessons directory is an input (its modification time changes when a file is added),
/// and the embedder lists it itself.
@main
struct ShipLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appendingPathComponent("lessons")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { directory.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("ShippedLessons.swift")
        return [.buildCommand(displayName: "Embedding \(files.count) lessons",
                              executable: try context.tool(named: "LessonEmbedder").url,
                              arguments: [directory.path, output.path],
                              inputFiles: [directory] + files,
                              outputFiles: [output])]
    }
}
