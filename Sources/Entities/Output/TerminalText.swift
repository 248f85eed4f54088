/// Text from reports, file names or the gazetteer made safe to print on a terminal: control characters
/// (C0 but none, DEL, C1) and the bidirectional overrides that can reorder what a reader sees are shown
/// as `\u{…}` escapes instead of reaching the terminal, where they could move the cursor, change colours
/// or hide text.
///
/// ```swift
/// TerminalText.escaped("Школа\u{1B}[2J № 5")   // "Школа\\u{1B}[2J № 5"
/// ```
public enum TerminalText {
    /// `text` with every unsafe scalar escaped; the same string when there is none.
    ///
    /// - Complexity: O(n) in the UTF-8 bytes; no allocation when nothing needs escaping.
    public static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Each line of `lines` escaped, joined with line breaks: a table whose cells cannot add lines.
    public static func lines(_ lines: [String]) -> String {
        lines.map(escaped).joined(separator: "\n")
    }

    /// Control characters (all of C0, tab and line breaks included, DEL and C1) and the bidirectional
    /// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
