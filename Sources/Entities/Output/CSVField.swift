/// One CSV cell (RFC 4180), safe to open in a spreadsheet: a cell that a spreadsheet would take as a
/// formula — starting with `=`, `+`, `-`, `@`, a tab or a carriage return — gets a leading `'`, as OWASP
/// advises against CSV injection; a cell with a comma, quote or line break is quoted.
///
/// ```swift
/// CSVField.escaped("=HYPERLINK(\"x\")")   // "\"'=HYPERLINK(\"\"x\"\")\""
/// CSVField.escaped("Витебск, BY")         // "\"Витебск, BY\""
/// ```
public enum CSVField {
    /// - Complexity: O(n) in the cell's length.
    public static func escaped(_ value: String) -> String {
        var value = value
        if let first = value.utf8.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D {
            value = "'" + value
        }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
