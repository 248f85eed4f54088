/// Little-endian integers read from a byte array, as ZIP stores them.
///
/// A read that would reach outside the bytes gives 0 instead of trapping; callers check their ranges
/// first, so 0 only ever shows up for input that is already refused.
///
/// ```swift
/// ByteReader(bytes: [0x50, 0x4B, 0x03, 0x04]).uint32(at: 0) // 0x04034B50
/// ```
struct ByteReader {
    let bytes: [UInt8]

    /// The 16-bit little-endian value at `offset`, or 0 when it is not all inside the bytes.
    func uint16(at offset: Int) -> UInt16 {
        guard offset >= 0, offset <= bytes.count - 2 else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// The 32-bit little-endian value at `offset`, or 0 when it is not all inside the bytes.
    func uint32(at offset: Int) -> UInt32 {
        guard offset >= 0, offset <= bytes.count - 4 else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
            | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
