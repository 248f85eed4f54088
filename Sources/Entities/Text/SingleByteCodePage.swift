/// Decoding and encoding for a code page of one byte per character whose lower half is ASCII
/// (Windows-1251, KOI8-R): the upper half maps through a table of 128 Unicode scalar values.
///
/// ```swift
/// SingleByteCodePage.decode([0xCE, 0xF2], upperHalf: Windows1251.upperHalf) // "От"
/// ```
/// - Complexity: O(n) in the number of bytes; the result is allocated once, at its exact size.
enum SingleByteCodePage {
    /// Decodes `bytes`; a table entry that is no scalar value decodes to U+FFFD.
    static func decode(_ bytes: [UInt8], upperHalf: [UInt32]) -> String {
        var lengths = [Int](repeating: 1, count: 128)
        for (offset, value) in upperHalf.enumerated() { lengths[offset] = value < 0x800 ? 2 : 3 }
        var size = 0
        for byte in bytes { size += byte < 0x80 ? 1 : lengths[Int(byte) - 0x80] }
        return String(unsafeUninitializedCapacity: size) { buffer in
            var at = 0
            for byte in bytes {
                if byte < 0x80 {
                    buffer[at] = byte
                    at += 1
                    continue
                }
                let value = upperHalf[Int(byte) - 0x80]
                if value < 0x800 {
                    buffer[at] = UInt8(0xC0 | (value >> 6))
                    buffer[at + 1] = UInt8(0x80 | (value & 0x3F))
                    at += 2
                } else {
                    buffer[at] = UInt8(0xE0 | (value >> 12))
                    buffer[at + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[at + 2] = UInt8(0x80 | (value & 0x3F))
                    at += 3
                }
            }
            return at
        }
    }

    /// Encodes `text`; characters the code page lacks become `?`. Used by tests and the benchmark.
    static func encode(_ text: String, upperHalf: [UInt32]) -> [UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        for (offset, value) in upperHalf.enumerated() where value != 0xFFFD { reverse[value] = UInt8(0x80 + offset) }
        return text.unicodeScalars.map { scalar in
            scalar.value < 0x80 ? UInt8(scalar.value) : (reverse[scalar.value] ?? UInt8(ascii: "?"))
        }
    }
}
