import Foundation

/// The text of an input file, decoded to UTF-8, with the encoding that was detected.
///
/// Detection: a UTF-8 byte-order mark, or bytes that are valid UTF-8, mean UTF-8; a UTF-16 byte-order
/// mark means UTF-16; anything else is read as Windows-1251, the usual code page of Russian office files.
/// Every offset linkgraph reports is a UTF-8 byte offset into ``text`` (the BOM removed).
///
/// ```swift
/// let source = try SourceText(bytes: Array("\u{FEFF}Отчет".utf8), name: "a.txt")
/// source.encoding // .utf8
/// ```
/// - Complexity: O(n) in the number of bytes.
public struct SourceText: Sendable {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", utf16 = "UTF-16", windows1251 = "Windows-1251" }

    /// The name the input was given by (a path, or `-` for standard input).
    public let name: String
    /// The decoded text.
    public let text: String
    public let encoding: Encoding

    public init(bytes: [UInt8], name: String) throws {
        self.name = name
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            encoding = .utf8
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let data = Data(bytes)
            guard let decoded = String(data: data, encoding: .utf16) else {
                throw InputError(file: name, message: "the file starts like UTF-16 text but is not valid UTF-16",
                                 hint: "save it as UTF-8 text")
            }
            text = decoded
            encoding = .utf16
        } else if let decoded = String(validatingUTF8Bytes: bytes) {
            text = decoded
            encoding = .utf8
        } else {
            text = Windows1251.decode(bytes)
            encoding = .windows1251
        }
        var text = self.text
        let hasNUL = text.withUTF8 { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
        if hasNUL {
            throw InputError(file: name, message: "this is a binary file, not a text report (it contains NUL bytes)",
                             hint: "give a report as .txt or .docx")
        }
    }
}

extension String {
    /// Decodes `bytes` as UTF-8, or returns nil when they are not valid UTF-8.
    /// - Complexity: O(n), validating many bytes at a time.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        self.init(validating: bytes, as: UTF8.self)
    }
}
