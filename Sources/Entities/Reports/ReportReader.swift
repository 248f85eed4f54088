import Foundation

/// Reads a report from bytes or a file, whatever its format: a Word document (.docx, recognised by its
/// ZIP signature, not its name) or text in UTF-8, UTF-16 or Windows-1251.
///
/// ```swift
/// let report = try ReportReader.read(path: "Examples/smolensk-municipal-2023-q4.txt")
/// report.items.count // 31
/// ```
public enum ReportReader {
    /// The largest input read, to keep a run bounded.
    public static let maximumInputBytes = 256 << 20

    public static func read(path: String) throws -> Report {
        try read(bytes: try readFile(path), source: path)
    }

    public static func read(bytes: [UInt8], source: String) throws -> Report {
        guard !bytes.isEmpty else {
            throw InputError(file: source, message: "the file is empty", hint: "give a report as .txt or .docx")
        }
        guard bytes.count <= maximumInputBytes else {
            throw InputError(file: source, message: "the file is larger than \(maximumInputBytes >> 20) MB",
                             hint: "split it into one file per report")
        }
        if DocxReader.looksLikeZip(bytes) {
            return try ReportAssembler.assemble(try DocxReader.document(bytes: bytes, source: source))
        }
        let text = try SourceText(bytes: bytes, name: source)
        if text.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw InputError(file: source, message: "the file holds only white space", hint: "give a report as .txt or .docx")
        }
        return try ReportAssembler.assemble(TextTableScanner.scan(text))
    }

    /// The bytes of a file, or of standard input for `-`.
    public static func readFile(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, message: "no such file", hint: "check the path")
        }
        guard !isDirectory.boolValue else {
            throw InputError(file: path, message: "this is a folder, not a file", hint: "name the report files in it, e.g. \(path)/*.txt")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "the file cannot be read", hint: "check its permissions")
        }
        return [UInt8](data)
    }
}
