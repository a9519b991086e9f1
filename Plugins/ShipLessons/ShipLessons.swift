import Foundation
import PackagePlugin

/// Builds the lessons into the executable: `lessons/*.md` at the package root become Swift
/// source of the Lessons target, so that `gradbook lessons` works from any directory and after
/// the binary is copied elsewhere. Adding or removing a lesson is adding or removing its file:
/// the lessons directory is the input (its modification time changes then), and the embedder
/// lists it itself. Only the directory, not each file: a removed file would otherwise be a
/// missing input until the package is planned again. An editor that saves by renaming (most
/// do) also touches the directory; an edit in place that does not is caught by
/// ShippedLessonsTests, which compares the embedded lessons with the files.
@main
struct ShipLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appendingPathComponent("lessons")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("ShippedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding lessons/*.md",
                executable: try context.tool(named: "LessonEmbedder").url,
                arguments: [directory.path, output.path],
                inputFiles: [directory],
                outputFiles: [output])
        ]
    }
}
