import Foundation

// Writes every `*.md` of a lessons directory into a Swift source file as raw string literals,
// for the ShipLessons build plugin: `LessonEmbedder <lessons directory> <output.swift>`.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: LessonEmbedder <lessons directory> <output.swift>\n".utf8))
    exit(64)
}
let directory = URL(fileURLWithPath: arguments[1])
let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
    .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()

/// A raw string literal that holds `text` exactly: more `#`s than any run in the text.
func literal(_ text: String) -> String {
    var longest = 0
    var run = 0
    for c in text {
        run = c == "#" ? run + 1 : 0
        longest = max(longest, run)
    }
    let hashes = String(repeating: "#", count: longest + 1)
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

var source = "// Generated at build time from lessons/*.md by LessonEmbedder (the ShipLessons plugin).\n"
source += "// Do not edit: edit the lesson files.\n\n"
source += "/// The lessons built into gradbook: each file's name and text.\n"
source += "let shippedLessonFiles: [(name: String, text: String)] = [\n"
for name in names {
    let data = try Data(contentsOf: directory.appendingPathComponent(name))
    guard let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(name): not UTF-8 text\n".utf8))
        exit(65)
    }
    source += "    (\"\(name)\", \(literal(text))),\n"
}
source += "]\n"
let output = URL(fileURLWithPath: arguments[2])
// Rewrite only on change, so that an untouched lesson set does not recompile the target.
if (try? String(contentsOf: output, encoding: .utf8)) != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
}
