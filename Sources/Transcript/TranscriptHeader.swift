import Notebook

/// The header line that pins what a replay starts from:
///
///     #! gradbook seed=0 width=80 digits=6 charset=unicode colour=off
///
/// Every option is optional and may come in any order; a missing one (or a missing header)
/// takes the default shown. `charset` is `unicode` or `ascii` (gradbook's `--ascii`); `colour`
/// (or `color`) can only be `off`, because transcripts never hold colour codes.
public struct TranscriptHeader: Sendable, Equatable {
    public static let marker = "#!"
    public static let options = ["seed", "width", "digits", "charset", "colour"]

    public var seed: UInt64 = 0
    public var settings = Settings()

    public init(seed: UInt64 = 0, settings: Settings = Settings()) {
        self.seed = seed
        self.settings = settings
    }

    /// The header as one line, every option written out.
    public var line: String {
        "\(Self.marker) gradbook seed=\(seed) width=\(settings.width) digits=\(settings.digits) charset=\(settings.ascii ? "ascii" : "unicode") colour=off"
    }

    /// Reads a `#!` line; `path` and `number` name it in errors.
    public init(parsing line: String, path: String, number: Int) throws {
        func failure(_ message: String) -> TranscriptError { TranscriptError(path: path, line: number, message) }
        let words = line.dropFirst(Self.marker.count).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.first == "gradbook" else {
            throw failure("a header reads '\(Self.marker) gradbook option=value …', got '\(line)'")
        }
        for word in words.dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            guard parts.count == 2 else { throw failure("header option '\(word)' needs a value: \(name)=…") }
            let value = String(parts[1])
            switch name {
            case "seed":
                guard let seed = UInt64(value) else {
                    throw failure("seed takes a whole number from 0 to \(UInt64.max), got '\(value)'")
                }
                self.seed = seed
            case "width":
                guard let width = Int(value), (20...1000).contains(width) else {
                    throw failure("width takes a whole number from 20 to 1000, got '\(value)'")
                }
                settings.width = width
            case "digits":
                guard let digits = Int(value), (1...17).contains(digits) else {
                    throw failure("digits takes a whole number from 1 to 17, got '\(value)'")
                }
                settings.digits = digits
            case "charset":
                guard value == "unicode" || value == "ascii" else {
                    throw failure("charset is unicode or ascii, got '\(value)'")
                }
                settings.ascii = value == "ascii"
            case "colour", "color":
                guard value == "off" else { throw failure("\(name) can only be off: transcripts hold no colour codes") }
            default:
                throw failure("unknown header option '\(name)' (known: \(Self.options.joined(separator: ", ")))")
            }
        }
    }
}
