/// Text from outside (scripts, strings, names in error messages) made safe for a terminal:
/// control characters are shown as `U+001B`, never sent, so that an escape sequence in a script
/// can neither retitle nor clear the screen. Line feeds and tabs stay what they are.
enum VisibleText {
    /// `text` with every control character but `\n` and `\t` written as `U+XXXX`.
    static func of(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars { result += visible(scalar) }
        return result
    }

    /// How one scalar shows: itself, or `U+XXXX` for a C0 or C1 control character or DEL.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        guard scalar.properties.generalCategory == .control, scalar != "\n", scalar != "\t" else {
            return String(scalar)
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: Swift.max(4 - hex.count, 0)) + hex
    }
}
