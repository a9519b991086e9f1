/// What Tab offers at the cursor: the word just before it and the candidates that replace it,
/// chosen by context (an attribute after `.`, a keyword argument inside a call, a lesson id
/// after `:lesson`, a help entry after `:help` or `?`, a file name after `:load`).
///
/// Computed from the text alone, so that it is tested without a terminal; the REPL hands the
/// result to readline.
public struct Completion: Sendable, Equatable {
    /// The text just before the cursor that a candidate replaces (`sh` in `W.sh`); a suffix
    /// of the text completed.
    public let word: String
    /// Whole replacements for ``word``, sorted; empty when nothing fits.
    public let candidates: [String]
    /// Whether a single candidate ends the word, so that a space follows it (not after `act=`).
    public let endsWord: Bool
    /// The word is a file name: the terminal's own file-name completion completes it, and
    /// ``candidates`` is empty.
    public let isFileName: Bool

    init(word: Substring, candidates: [String], endsWord: Bool = true, isFileName: Bool = false) {
        self.word = String(word)
        // the set only removes duplicates
        self.candidates = Array(Set(candidates.filter { $0.hasPrefix(word) })).sorted()
        self.endsWord = endsWord
        self.isFileName = isFileName
    }

    /// Nothing to offer for `word`.
    static func nothing(_ word: Substring = "") -> Completion { Completion(word: word, candidates: []) }

    /// A file name to complete.
    static func fileName(_ word: Substring) -> Completion { Completion(word: word, candidates: [], isFileName: true) }
}

extension Session {
    /// What Tab completes at the end of `prefix`, the line typed so far up to the cursor, on
    /// the lines `openEntry` of an entry still open (`adam(net,` then `l` completes `lr=`).
    public func completion(before prefix: String, after openEntry: String = "") -> Completion {
        let text = prefix.drop { $0 == " " || $0 == "\t" }
        if text.first == ":" { return completeMetaCommand(text) }
        if text.first == "?" { return completeHelpRequest(text.dropFirst()) }
        return completeStatement(openEntry.isEmpty ? prefix : openEntry + "\n" + prefix)
    }

    /// The names a statement can start with or use: builtins, constants, commands, the last
    /// value and the session's own names (meta commands complete only at the start of a line).
    var statementWords: [String] {
        BuiltinTable.completionWords.filter { !$0.hasPrefix(":") } + Session.lastValueNames + names
    }
}
