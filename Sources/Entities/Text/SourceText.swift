import Foundation

/// The text of an input file, decoded to UTF-8, with the encoding that was detected.
///
/// Detection, in order:
/// - a UTF-8 byte-order mark, or bytes that are all valid UTF-8: UTF-8;
/// - a UTF-16 byte-order mark, or (without one) NUL bytes standing in every other byte the way UTF-16
///   writes ASCII and Cyrillic: UTF-16; any other NUL byte: a binary file, refused;
/// - bytes that are UTF-8 but for a few ill-formed sequences (at least ten well-formed multi-byte
///   characters for each bad one): UTF-8, each bad sequence replaced by U+FFFD and each line holding one
///   named in ``replacedLines``;
/// - Windows-1251 or KOI8-R, whichever the text reads as Russian in (see ``RussianReading``);
/// - text that reads as Russian in neither, but has bad bytes on at most 1% of its lines (or ten): UTF-8
///   with replacements, as above;
/// - anything else is refused, naming the file.
///
/// Every offset linkgraph reports is a UTF-8 byte offset into ``text`` (the BOM removed).
///
/// ```swift
/// let source = try SourceText(bytes: Array("\u{FEFF}Отчет".utf8), name: "a.txt")
/// source.encoding // .utf8
/// ```
/// - Complexity: O(n) in the number of bytes.
public struct SourceText: Sendable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16 = "UTF-16", windows1251 = "Windows-1251", koi8r = "KOI8-R"
    }

    /// The name the input was given by (a path, or `-` for standard input).
    public let name: String
    /// The decoded text.
    public let text: String
    public let encoding: Encoding
    /// UTF-8 text with bytes that are not UTF-8: the 1-based numbers of the lines where they were
    /// replaced by U+FFFD (the first thousand), in order.
    public let replacedLines: [Int]
    /// All lines with replaced bytes (``replacedLines`` keeps only the first thousand).
    public let replacedLineCount: Int

    /// A text read as valid UTF-8 already (see ``InputFile/readUTF8Text(_:limit:)``).
    init(utf8Text text: String, name: String) {
        self.name = name
        self.text = text
        encoding = .utf8
        replacedLines = []
        replacedLineCount = 0
    }

    public init(bytes: [UInt8], name: String) throws {
        self.name = name
        var replacedLines: [Int] = [], replacedLineCount = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let valid = String(validating: bytes[3...], as: UTF8.self) {
                text = valid
            } else {
                let body = Array(bytes[3...])
                text = String(decoding: body, as: UTF8.self)
                let damage = UTF8Damage(body)
                (replacedLines, replacedLineCount) = (damage.badLines, damage.badLineCount)
            }
            encoding = .utf8
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = try Self.utf16(bytes, encoding: .utf16, name: name, hint: "the file starts like UTF-16 text but is not valid UTF-16")
            encoding = .utf16
        } else if bytes.withUnsafeBufferPointer({ $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }) {
            guard let order = Self.utf16WithoutBOM(bytes) else {
                throw InputError(file: name, message: "this is a binary file, not a text report (it contains NUL bytes)",
                                 hint: "give a report as .txt or .docx")
            }
            text = try Self.utf16(bytes, encoding: order, name: name, hint: "the file looks like UTF-16 without a byte-order mark but is not valid UTF-16")
            encoding = .utf16
        } else if let decoded = String(validatingUTF8Bytes: bytes) {
            text = decoded
            encoding = .utf8
        } else {
            let damage = UTF8Damage(bytes)
            let windows = RussianReading(bytes, upperHalf: Windows1251.upperHalf)
            let koi = RussianReading(bytes, upperHalf: KOI8R.upperHalf)
            if damage.goodSequences >= 10 * damage.badSequences {
                text = String(decoding: bytes, as: UTF8.self)
                encoding = .utf8
                (replacedLines, replacedLineCount) = (damage.badLines, damage.badLineCount)
            } else if windows.readsAsRussian, !koi.readsAsRussian || windows.score >= koi.score {
                text = Windows1251.decode(bytes)
                encoding = .windows1251
            } else if koi.readsAsRussian {
                text = KOI8R.decode(bytes)
                encoding = .koi8r
            } else if damage.badLineCount <= max(10, damage.lines / 100) {
                text = String(decoding: bytes, as: UTF8.self)
                encoding = .utf8
                (replacedLines, replacedLineCount) = (damage.badLines, damage.badLineCount)
            } else {
                throw InputError(file: name, message: "this is not UTF-8, Windows-1251 or KOI8-R text: it reads as Russian in none of them",
                                 hint: "save it as UTF-8 text, or give the .docx")
            }
        }
        self.replacedLines = replacedLines
        self.replacedLineCount = replacedLineCount
        var text = self.text
        let hasNUL = text.withUTF8 { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
        if hasNUL {
            throw InputError(file: name, message: "this is a binary file, not a text report (it contains NUL bytes)",
                             hint: "give a report as .txt or .docx")
        }
    }

    /// Decodes UTF-16 (a BOM, when present, says the byte order and is dropped).
    private static func utf16(_ bytes: [UInt8], encoding: String.Encoding, name: String, hint message: String) throws -> String {
        guard let decoded = String(data: Data(bytes), encoding: encoding) else {
            throw InputError(file: name, message: message, hint: "save it as UTF-8 text")
        }
        return decoded
    }

    /// The byte order of UTF-16 text without a byte-order mark, or nil when the bytes do not look like
    /// it: an even length, and in the first 64 KB the high bytes (odd offsets for little-endian) nearly all
    /// 0x00 or 0x04 (ASCII and Cyrillic), with NULs among them, while the low bytes are hardly ever NUL.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> String.Encoding? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(1 << 16)
        var highLike = [0, 0], nul = [0, 0]
        for (offset, byte) in sample.enumerated() {
            if byte == 0x00 || byte == 0x04 { highLike[offset & 1] += 1 }
            if byte == 0x00 { nul[offset & 1] += 1 }
        }
        let units = sample.count / 2
        for (high, low, order) in [(1, 0, String.Encoding.utf16LittleEndian), (0, 1, .utf16BigEndian)] {
            if highLike[high] * 10 >= units * 9, nul[high] > 0, nul[low] * 20 <= units { return order }
        }
        return nil
    }
}

extension String {
    /// Decodes `bytes` as UTF-8, or returns nil when they are not valid UTF-8.
    /// - Complexity: O(n), validating many bytes at a time.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        self.init(validating: bytes, as: UTF8.self)
    }
}
