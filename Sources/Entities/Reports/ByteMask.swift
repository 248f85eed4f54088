/// Tests on eight bytes at once, read as one 64-bit word: each gives a word with the high bit of every
/// byte that passes set, and no other bit (exact, not an estimate).
enum ByteMask {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The bytes equal to `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zero(word ^ (ones &* UInt64(byte)))
    }

    /// The zero bytes.
    @inline(__always)
    static func zero(_ word: UInt64) -> UInt64 {
        ~(((word & lowSevenBits) &+ lowSevenBits) | word | lowSevenBits)
    }

    /// The bytes below `limit` (at most 0x80).
    @inline(__always)
    static func less(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        ~(((word & lowSevenBits) &+ ones &* UInt64(0x80 - limit)) | word) & highBits
    }
}
