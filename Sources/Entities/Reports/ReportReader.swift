import Foundation

/// Reads a report from bytes or a file, whatever its format: a Word document (.docx, recognised by its
/// ZIP signature, not its name) or text in UTF-8, UTF-16, Windows-1251 or KOI8-R (see ``SourceText``),
/// from a regular file or a stream (see ``InputFile``), up to a size limit.
///
/// ```swift
/// let report = try ReportReader.read(path: "Examples/smolensk-municipal-2023-q4.txt")
/// report.items.count // 31
/// ```
public enum ReportReader {
    /// The largest input read by default (256 MiB), to keep a run bounded; a caller may pass another.
    public static let maximumInputBytes = 256 << 20

    /// Reads the report at `path` (`-`: standard input; a FIFO or `/dev/stdin` is read as a stream),
    /// refusing an input over `maximumBytes` before reading it (a regular file) or as soon as it passes
    /// the limit (a stream).
    public static func read(path: String, maximumBytes: Int = maximumInputBytes) throws -> Report {
        if let text = try InputFile.readUTF8Text(path, limit: maximumBytes) {
            return try read(SourceText(utf8Text: text, name: path))
        }
        var bytes = try readFile(path, maximumBytes: maximumBytes)
        return try read(consuming: &bytes, source: path, maximumBytes: maximumBytes)
    }

    /// - Complexity: O(n) in the number of bytes; see ``SourceText`` for how the encoding is chosen.
    public static func read(bytes: [UInt8], source: String, maximumBytes: Int = maximumInputBytes) throws -> Report {
        var bytes = bytes
        return try read(consuming: &bytes, source: source, maximumBytes: maximumBytes)
    }

    /// Reads a report from `bytes`, emptying them as soon as a text is decoded, so that a large text
    /// is not held as the input's bytes while it is read.
    static func read(consuming bytes: inout [UInt8], source: String, maximumBytes: Int) throws -> Report {
        guard !bytes.isEmpty else {
            throw InputError(file: source, message: "the file is empty", hint: "give a report as .txt or .docx")
        }
        guard bytes.count <= maximumBytes else { throw InputFile.tooLarge(source, limit: maximumBytes, stream: false) }
        if DocxReader.looksLikeZip(bytes) {
            return try ReportAssembler.assemble(try DocxReader.document(bytes: bytes, source: source))
        }
        let text = try SourceText(bytes: bytes, name: source)
        bytes = []
        return try read(text)
    }

    /// Reads a report from its decoded text.
    static func read(_ text: SourceText) throws -> Report {
        // Items keep their offsets in 32 bits (``ReportItems``): far beyond any report, and checked.
        guard text.text.utf8.count < Int(UInt32.max) / 2 else {
            throw InputFile.tooLarge(text.name, limit: Int(UInt32.max) / 2, stream: false)
        }
        if text.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw InputError(file: text.name, message: "the file holds only white space", hint: "give a report as .txt or .docx")
        }
        return try ReportAssembler.assemble(TextTableScanner.scan(text))
    }

    /// The bytes of a file, or of standard input for `-` (see ``InputFile``).
    public static func readFile(_ path: String, maximumBytes: Int = maximumInputBytes) throws -> [UInt8] {
        try InputFile.read(path, limit: maximumBytes)
    }
}
