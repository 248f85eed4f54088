/// The CRC-32 checksum of ZIP, gzip and PNG (IEEE 802.3: reflected polynomial `0xEDB88320`, initial value
/// and final XOR `0xFFFFFFFF`), computed from lookup tables eight bytes at a time ("slicing-by-8").
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8)) // 0xCBF43926
/// var crc = CRC32()
/// crc.update(Array("1234".utf8)); crc.update(Array("56789".utf8))
/// crc.value                             // 0xCBF43926
/// ```
/// - Complexity: O(n) in the bytes checked: eight table lookups per eight bytes.
struct CRC32 {
    /// Eight tables of 256 entries, one after the other. Table 0 is the classic byte-at-a-time table:
    /// `tables[b]` is the register update for the low byte `b`. Table k advances a byte's contribution
    /// by k more bytes: `tables[k * 256 + b] = tables[(k - 1) * 256 + b] >> 8 ^ tables[that & 0xFF]`.
    static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 {
                value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
            }
            tables[index] = value
        }
        for slice in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(slice - 1) * 256 + index]
                tables[slice * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The register, kept inverted between updates.
    private var register: UInt32 = 0xFFFF_FFFF

    init() {}

    /// The checksum of all bytes given so far.
    var value: UInt32 { register ^ 0xFFFF_FFFF }

    /// Adds `bytes` to the checksum.
    ///
    /// - Complexity: O(n) in `bytes.count`.
    mutating func update(_ bytes: [UInt8]) {
        var crc = register
        CRC32.tables.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { buffer in
                var index = 0
                let count = buffer.count
                while count - index >= 8 {
                    let low = crc ^ (UInt32(buffer[index]) | UInt32(buffer[index + 1]) << 8
                        | UInt32(buffer[index + 2]) << 16 | UInt32(buffer[index + 3]) << 24)
                    crc = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                        ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                        ^ table[3 * 256 + Int(buffer[index + 4])] ^ table[2 * 256 + Int(buffer[index + 5])]
                        ^ table[256 + Int(buffer[index + 6])] ^ table[Int(buffer[index + 7])]
                    index += 8
                }
                while index < count {
                    crc = table[Int((crc ^ UInt32(buffer[index])) & 0xFF)] ^ (crc >> 8)
                    index += 1
                }
            }
        }
        register = crc
    }

    /// The checksum of `bytes`.
    ///
    /// - Complexity: O(n) in `bytes.count`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }
}
