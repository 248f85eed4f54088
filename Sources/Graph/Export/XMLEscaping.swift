/// XML 1.0 text and attribute escaping shared by the GraphML and GEXF writers.
///
/// Text is written as UTF-8 (Cyrillic and emoji stay characters, never character references). What XML 1.0
/// cannot carry is removed: C0 control characters other than tab, line feed and carriage return, DEL, the C1
/// controls U+0080–U+009F (allowed by XML 1.0 but they abort some importers, Gephi's among them) and the
/// non-characters U+FFFE and U+FFFF. The five markup characters become entity references; a carriage
/// return becomes `&#13;` everywhere, and in attribute values line feed and tab become `&#10;` and `&#9;`,
/// so that a parser's end-of-line and attribute-value normalization gives back exactly the text written.
///
/// ```swift
/// XMLEscaping.text("Tom & \"Jerry\" <b>")   // Tom &amp; &quot;Jerry&quot; &lt;b&gt;
/// XMLEscaping.attribute("a\nb")            // a&#10;b
/// ```
enum XMLEscaping {
    /// Whether XML output keeps `scalar` (see the type's summary for what it drops).
    static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0x7F...0x9F: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `value` without the characters XML output drops.
    static func sanitized(_ value: String) -> String {
        guard !value.unicodeScalars.allSatisfy(isKept) else { return value }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: value.unicodeScalars.lazy.filter(isKept))
        return String(scalars)
    }

    /// Element content.
    /// - Complexity: O(n) in the length of `value`.
    static func text(_ value: String) -> String { escape(value, inAttribute: false) }

    /// An attribute value, to be written between double quotes.
    /// - Complexity: O(n) in the length of `value`.
    static func attribute(_ value: String) -> String { escape(value, inAttribute: true) }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars where isKept(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t" where inAttribute: out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
