/// Reads a Word (.docx) report into the same raw layout the text reader gives.
///
/// Placeholder until the ZIP, inflate and WordprocessingML reading lands: every .docx is refused with a
/// clear message.
enum DocxReader {
    /// True when the bytes start with a ZIP local-file signature (`PK\u{3}\u{4}`) or an empty-archive one.
    static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6)
    }

    static func document(bytes: [UInt8], source: String) throws -> RawDocument {
        throw InputError(file: source, message: "Word (.docx) input is not supported yet", hint: "save the report as text")
    }
}
