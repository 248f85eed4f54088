import Foundation

/// A string as a dictionary key, equal and hashed exactly as the `String` is, only quicker for the text
/// reports are written in.
///
/// `String` hashing and comparing bring a non-ASCII string to its canonical normal form (NFC) first,
/// and checking that a Cyrillic string already is in it costs many times its bytes' worth. A *plain*
/// string — every character ASCII, Latin-1, Cyrillic (U+0400–U+047F), a punctuation mark of
/// U+2002–U+206F or №, each its own normal form and no combining mark — is in NFC as it is, so the
/// bytes `String` would hash are its own UTF-8 bytes: the key hashes them directly (with the terminator
/// `String` adds), and two plain keys are equal when their bytes are. A key that is not plain is hashed
/// and compared as a `String`, so a plain spelling and a decomposed one of the same text are one key, as
/// they are one `String`.
///
/// ```swift
/// var counts: [PlainTextKey: Int] = [:]
/// counts[PlainTextKey("Средняя школа № 40"), default: 0] += 1
/// PlainTextKey("й") == PlainTextKey("и\u{306}")   // true, as for String
/// ```
/// - Complexity: O(n) in the UTF-8 bytes to make, hash and compare a plain key.
struct PlainTextKey: Hashable, Sendable {
    let text: String
    /// Whether the text is plain (see above): its bytes are what `String` hashes.
    let isPlain: Bool

    init(_ text: String) {
        self.text = text
        isPlain = PlainTextKey.isPlain(text)
    }

    static func == (a: PlainTextKey, b: PlainTextKey) -> Bool {
        a.isPlain && b.isPlain ? a.text.utf8Equals(b.text) : a.text == b.text
    }

    /// Whether `a` comes before `b` in `String` order: for two plain keys, the order of their bytes (the
    /// order of their scalars, which `String` compares in NFC).
    static func precedes(_ a: PlainTextKey, _ b: PlainTextKey) -> Bool {
        guard a.isPlain && b.isPlain else { return a.text < b.text }
        var x = a.text, y = b.text
        return x.withUTF8 { x in y.withUTF8 { y in
            let common = min(x.count, y.count)
            if common > 0, let first = x.baseAddress, let second = y.baseAddress {
                let order = memcmp(first, second, common)
                if order != 0 { return order < 0 }
            }
            return x.count < y.count
        } }
    }

    /// `texts` sorted in `String` order, each text once (the first of those equal as `String`s): what
    /// `Set(texts).sorted()` gives.
    /// - Complexity: O(n log n) comparisons, bytes for plain texts.
    static func sortedUnique(_ texts: [String]) -> [String] {
        let keys = texts.map(PlainTextKey.init).sorted(by: precedes)
        var result: [String] = []
        result.reserveCapacity(keys.count)
        var last: PlainTextKey?
        for key in keys where key != last {
            result.append(key.text)
            last = key
        }
        return result
    }

    func hash(into hasher: inout Hasher) {
        guard isPlain else {
            text.hash(into: &hasher)
            return
        }
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }

    /// Whether every character of `text` is plain: ASCII; U+0080–U+00FF; U+0400–U+047F; U+2002–U+203F;
    /// U+2116 (№). None of them decomposes or combines with a neighbour in NFC.
    /// - Complexity: O(n) in the UTF-8 bytes.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                } else if byte == 0xC2 || byte == 0xC3 || byte == 0xD0 || byte == 0xD1 {
                    index += 2
                } else if byte == 0xE2, index + 2 < count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    // U+2002–U+203F (U+2000 and U+2001 decompose), and U+2116.
                    guard (second == 0x80 && third >= 0x82) || (second == 0x84 && third == 0x96) else { return false }
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }
}
