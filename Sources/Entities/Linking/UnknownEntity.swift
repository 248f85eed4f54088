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
        var slug = keys.map(Transliteration.ascii).filter { !$0.isEmpty }.joined(separator: "-")
        if slug.count > 60 {
            slug = String(slug.prefix(60)) + "-" + Transliteration.shortHash(keys.joined(separator: " "))
        }
        if slug.isEmpty { slug = Transliteration.shortHash(keys.joined(separator: " ")) }
        return "x-\(kind.rawValue)-\(slug)" + (parent.map { "--\($0)" } ?? "")
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

    static func ascii(_ text: String) -> String {
        var result = ""
        for character in text {
            if let mapped = table[character] { result += mapped } else if character.isASCII, character.isLetter || character.isNumber {
                result += String(character).lowercased()
            } else if character == "-" || character == " " {
                result += "-"
            }
        }
        return result
    }

    /// Six hex digits of a 32-bit FNV-1a hash: stable across runs and platforms.
    static func shortHash(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 8 - hex.count)) + hex).prefix(6))
    }
}
