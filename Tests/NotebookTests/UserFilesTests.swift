import Foundation
import Testing

@testable import Notebook

/// `:save`, `:load` and the user's files: never overwritten without `:save!`, symbolic links
/// written through, only regular files, plain-worded errors, and no writes from a lesson's code.
@Suite struct UserFilesTests {
    /// A fresh folder, removed afterwards.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-files-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    }

    @Test func saveRefusesToOverwriteUnlessForced() throws {
        let folder = try Folder()
        let path = folder.path("s.gb")
        try "keep me\n".write(toFile: path, atomically: true, encoding: .utf8)
        let session = Session()
        run("x = 1", in: session)
        #expect(failure(":save \(path)", in: session).contains("error: \(path) exists; :save! \(path) replaces it"))
        #expect(try folder.text("s.gb") == "keep me\n")
        #expect(run(":save! \(path)", in: session) == "saved 1 statement(s) to \(path)")
        #expect(try folder.text("s.gb").hasSuffix(":seed 0\nx = 1\n"))
        #expect(failure(":save!", in: session).contains(":save! needs a file name: :save! file.gb"))
    }

    @Test func saveWritesThroughASymbolicLink() throws {
        let folder = try Folder()
        try "old\n".write(toFile: folder.path("real.gb"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.gb"), withDestinationPath: "real.gb")
        let session = Session()
        run("y = 2", in: session)
        run(":save! \(folder.path("link.gb"))", in: session)
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("link.gb")) == "real.gb",
            "the link stays a link")
        #expect(try folder.text("real.gb").hasSuffix("y = 2\n"), "the file it names is written")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path("dangling.gb"), withDestinationPath: "nowhere.gb")
        #expect(
            failure(":save \(folder.path("dangling.gb"))", in: session).contains(
                "it is a symbolic link to a file that does not exist"))
    }

    @Test(arguments: [
        ("/dev/null", "cannot write /dev/null: it is a character device, not a regular file"),
        ("FOLDER", "cannot write FOLDER: it is a directory, not a regular file"),
        ("FOLDER/fifo", "cannot write FOLDER/fifo: it is a FIFO (named pipe), not a regular file"),
        ("FOLDER/no/such/s.gb", "cannot write FOLDER/no/such/s.gb: there is no folder FOLDER/no/such"),
    ])
    func saveRefusesWhatIsNotARegularFileInPlainWords(_ target: String, _ message: String) throws {
        let folder = try Folder()
        #expect(mkfifo(folder.path("fifo"), 0o644) == 0)
        let path = target.replacingOccurrences(of: "FOLDER", with: folder.url.path)
        // Even :save! never replaces a device, a folder or a FIFO (as root it once replaced /dev/full).
        for command in [":save", ":save!"] {
            let text = failure("\(command) \(path)")
            #expect(text.contains(message.replacingOccurrences(of: "FOLDER", with: folder.url.path)), "\(text)")
            #expect(!text.contains("NSCocoaErrorDomain") && !text.contains("Error Domain"))
        }
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
    }

    @Test func loadSaysWhatIsWrongWithoutBlockingOnAFifo() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.path("fifo"), 0o644) == 0)
        try Data([0xFF, 0xFE, 0x41]).write(to: URL(fileURLWithPath: folder.path("binary.gb")))
        // A FIFO with no writer would block an open for reading forever; it must be refused first.
        #expect(
            failure(":load \(folder.path("fifo"))").contains(
                "cannot read \(folder.path("fifo")): it is a FIFO (named pipe), not a regular file"))
        #expect(
            failure(":load \(folder.url.path)").contains(
                "cannot read \(folder.url.path): it is a directory, not a regular file"))
        #expect(failure(":load /dev/null").contains("it is a character device, not a regular file"))
        #expect(failure(":load \(folder.path("binary.gb"))").contains("not a UTF-8 text file"))
        #expect(
            failure(":load \(folder.path("none.gb"))").contains("cannot read \(folder.path("none.gb")): no such file"))
        #expect(
            failure(":load /etc/passwd/x").contains("cannot read /etc/passwd/x: a part of the path is not a directory"))
        #if os(Linux)
        // A file that cannot be read even by root: reading /proc/self/mem from offset 0 fails.
        #expect(failure(":load /proc/self/mem").contains("cannot read /proc/self/mem: input/output error"))
        #endif
        if geteuid() != 0 {  // root reads whatever the mode says
            try "x = 1\n".write(toFile: folder.path("secret.gb"), atomically: true, encoding: .utf8)
            #expect(chmod(folder.path("secret.gb"), 0) == 0)
            #expect(
                failure(":load \(folder.path("secret.gb"))").contains(
                    "cannot read \(folder.path("secret.gb")): permission denied"))
        }
    }

    @Test func foundationErrorsAreDescribedByTheirPosixCause() {
        let posix = NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))
        #expect(UserFiles.describe(posix) == "permission denied")
        let cocoa = NSError(
            domain: NSCocoaErrorDomain, code: 512,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(UserFiles.describe(cocoa) == "no space left on device")
        #expect(UserFiles.describe(UserFileError(message: "it exists", exists: true)) == "it exists")
    }

    @Test func aSessionWhoseInputComesFromElsewhereWritesNoFiles() throws {
        let folder = try Folder()
        var settings = Settings()
        settings.fileWritesRefused = "in a replayed transcript"
        let session = Session(settings: settings)
        run("x = 1", in: session)
        let text = failure(":save! \(folder.path("s.gb"))", in: session)
        #expect(
            text.contains(
                ":save! writes no files in a replayed transcript: input from elsewhere must not overwrite your files"))
        #expect(
            failure(":record \(folder.path("s.t"))", in: session).contains(
                ":record writes no files in a replayed transcript"))
        #expect(
            !FileManager.default.fileExists(atPath: folder.path("s.gb"))
                && !FileManager.default.fileExists(atPath: folder.path("s.t")))
    }

    /// A guide whose lesson code is a `:save`, as a lesson from elsewhere could hold.
    final class SavingGuide: Guide {
        let path: String
        init(path: String) { self.path = path }
        func run(_ command: GuideCommand, argument: String, session: Session) throws -> [Output] {
            session.execute(":save \(path)").outputs
        }
        func answer(_ source: String, session: Session, evaluate: (String) -> Execution) -> Execution? { nil }
    }

    @Test func aLessonsCodeWritesNoFilesButTheLearnerMay() throws {
        let folder = try Folder()
        let session = Session()
        session.guide = SavingGuide(path: folder.path("lesson.gb"))
        run("x = 1", in: session)
        #expect(run(":next", in: session).contains(":save writes no files in a lesson's code"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("lesson.gb")))
        #expect(
            run(":save \(folder.path("mine.gb"))", in: session).hasPrefix("saved"),
            "the learner's own :save still writes")
    }
}
