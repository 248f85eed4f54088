import Entities

/// Keeps one copy of each text it is given, so that the evidence of a million items that all read
/// "1 мая 2025 года" shares one string. Texts are told apart by a 64-bit FNV-1a hash of their bytes
/// and then compared byte by byte: cheaper than hashing a `String`, which normalizes as it goes.
///
/// ```swift
/// var interner = TextInterner()
/// let a = interner.intern("1 мая"), b = interner.intern("1 " + "мая")   // b shares a's storage
/// ```
/// - Complexity: O(m) in the bytes of the text.
struct TextInterner {
    private var texts: [UInt64: String] = [:]

    mutating func intern(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        if let kept = texts[hash] {
            // Two texts with one hash (never seen in practice): the later one is kept as it is.
            return kept.utf8Equals(text) ? kept : text
        }
        texts[hash] = text
        return text
    }
}
