/// Counting characters on UTF-8 bytes where every Unicode scalar is a character of its own: letters,
/// digits and punctuation that never join a neighbour into one grapheme cluster (no combining marks,
/// joiners, controls, emoji or Hangul). Text with anything else is left to `String`.
enum SimpleCharacters {
    /// The UTF-8 offset just past the first `count` characters of `bytes` (a `String`'s, so valid
    /// UTF-8), `bytes.count` when it has no more than `count`, or nil when a scalar it reads (up to the
    /// one after them) may not be a character of its own.
    /// - Complexity: O(count).
    static func offset(after count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0, characters = 0
        while index < bytes.count {
            let start = index
            let value = UTF8Scalars.decode(bytes, at: &index)
            guard standsAlone(value) else { return nil }
            if characters == count { return start }
            characters += 1
        }
        return bytes.count
    }

    /// Printable ASCII, Latin-1 and Latin Extended letters, Cyrillic letters, and the usual
    /// punctuation (dashes, quotes, the ellipsis, №): scalars that are a character of their own
    /// whatever stands around them.
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F,
             0x2010...0x2027, 0x2030...0x205E, 0x20AC, 0x2116: true
        default: false
        }
    }
}
