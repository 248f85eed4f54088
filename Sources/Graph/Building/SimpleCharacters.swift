/// Counting characters on UTF-8 bytes where every Unicode scalar is a character of its own: letters,
/// digits and punctuation that never join a neighbour into one grapheme cluster (no combining marks,
/// joiners, controls, emoji or Hangul). Text with anything else is left to `String`.
enum SimpleCharacters {
    /// The UTF-8 offset just past the first `count` characters of `bytes`, `bytes.count` when it has no
    /// more than `count`, or nil when a scalar it reads (up to the one after them) may not be a
    /// character of its own.
    /// - Complexity: O(count).
    static func offset(after count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0, characters = 0
        while index < bytes.count {
            let start = index
            guard let value = decode(bytes, at: &index), standsAlone(value) else { return nil }
            if characters == count { return start }
            characters += 1
        }
        return bytes.count
    }

    /// The scalar at `index` (moving past it), or nil for bytes that are not valid UTF-8 there.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32? {
        let lead = UInt32(bytes[index])
        // ASCII and two-byte characters (Cyrillic) first.
        if lead < 0x80 {
            index += 1
            return lead
        }
        if lead >= 0xC2 && lead < 0xE0 && index + 1 < bytes.count && bytes[index + 1] & 0xC0 == 0x80 {
            defer { index += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        }
        let length = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return nil }
        var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        index += length
        return value
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
