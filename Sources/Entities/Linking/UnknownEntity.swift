/// An entity recognized by its shape but not in the gazetteer. Its id is made from the folded keys of
/// its name (so every grammatical case of a name gives the same id) and its parent.
public struct UnknownEntity: Sendable, Equatable {
    public var id: String
    public var kind: EntityKind
    /// Every way it was written, with how often.
    public var spellings: [String: Int]
    public var country: String?
    public var parent: String?

    /// The name shown: the shortest spelling (usually the nominative), then the alphabetically first.
    public var name: String {
        spellings.keys.min { ($0.count, $0) < ($1.count, $1) } ?? id
    }

    /// Adds what another report saw of the same entity.
    mutating func merge(_ other: UnknownEntity) {
        for (spelling, count) in other.spellings { spellings[spelling, default: 0] += count }
        if country == nil { country = other.country }
        if parent == nil { parent = other.parent }
    }

    /// `x-KIND-slug[--parent]`: lower-case ASCII, stable across runs and grammatical cases.
    static func makeID(kind: EntityKind, keys: [String], parent: String?) -> String {
        // The slug is ASCII: built as bytes, its length in bytes is its length in characters.
        var slug: [UInt8] = []
        slug.reserveCapacity(64)
        for key in keys {
            let mark = slug.count
            if !slug.isEmpty { slug.append(0x2D) }
            let start = slug.count
            Transliteration.appendASCII(key, to: &slug)
            if slug.count == start { slug.removeSubrange(mark...) }
        }
        if slug.count > 60 {
            slug.removeSubrange(60...)
            slug.append(0x2D)
            slug += Transliteration.shortHash(keys.joined(separator: " ")).utf8
        }
        if slug.isEmpty { slug = Array(Transliteration.shortHash(keys.joined(separator: " ")).utf8) }
        return "x-\(kind.rawValue)-" + String(decoding: slug, as: UTF8.self) + (parent.map { "--\($0)" } ?? "")
    }
}

/// Russian letters to ASCII for ids (the scheme the gazetteer's ids use).
enum Transliteration {
    static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "і": "i", "ў": "u", "є": "e", "ї": "i",
    ]

    /// Lower-case ASCII for a key: Russian letters by ``table``, ASCII letters and digits as they are
    /// (lower-cased), "-" for hyphens and spaces, nothing for anything else.
    /// - Complexity: O(n) in the length of the text.
    static func ascii(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        appendASCII(text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// ``ascii(_:)``'s bytes, appended to `result`.
    static func appendASCII(_ text: String, to result: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: result.append(UInt8(value + 0x20))
                case 0x61...0x7A, 0x30...0x39: result.append(UInt8(value))
                case 0x2D, 0x20: result.append(0x2D)
                default: break
                }
            } else if value >= cyrillicBase, value - cyrillicBase < UInt32(cyrillicTable.letters) {
                cyrillicTable.append(letter: Int(value - cyrillicBase), to: &result)
            }
        }
    }

    /// ``table`` as ASCII bytes, indexed by scalar value from ``cyrillicBase`` (U+0400) on: one lookup
    /// per letter. Letters the table lacks map to nothing.
    static let cyrillicTable = FlatTable(letters: 0x60, table.map { (Int($0.key.unicodeScalars.first!.value - cyrillicBase), Array($0.value.utf8)) })
    static let cyrillicBase: UInt32 = 0x400

    /// Six hex digits of a 32-bit FNV-1a hash: stable across runs and platforms.
    static func shortHash(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 8 - hex.count)) + hex).prefix(6))
    }
}

/// Byte strings by small integer, stored one after another: string `i` is
/// `bytes[starts[i]..<starts[i + 1]]`, so appending one copies bytes without touching an array of arrays.
struct FlatTable: Sendable {
    let letters: Int
    private let bytes: [UInt8]
    private let starts: [Int]

    init(letters: Int, _ entries: [(Int, [UInt8])]) {
        var byLetter = [[UInt8]](repeating: [], count: letters)
        for (letter, value) in entries { byLetter[letter] = value }
        self.letters = letters
        bytes = byLetter.flatMap { $0 }
        var starts = [0]
        for value in byLetter { starts.append(starts[starts.count - 1] + value.count) }
        self.starts = starts
    }

    @inline(__always)
    func append(letter: Int, to result: inout [UInt8]) {
        for index in starts[letter]..<starts[letter + 1] { result.append(bytes[index]) }
    }
}
