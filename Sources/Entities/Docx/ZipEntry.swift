/// One file in a ZIP archive, as its central-directory record describes it.
///
/// The sizes and CRC are the central directory's, which are right even when the local header leaves
/// them zero and a data descriptor follows the data (flag bit 3).
struct ZipEntry: Sendable, Equatable {
    /// The name as stored, decoded as UTF-8 (invalid bytes replaced); Word writes ASCII names.
    var name: String
    /// General-purpose flags: bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name.
    var flags: UInt16
    /// 0 stored, 8 deflated; anything else is refused when extracted.
    var method: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    /// Where the entry's local header starts.
    var localHeaderOffset: Int
    /// Where the entry's data starts, past its local header.
    var dataOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
    var hasDataDescriptor: Bool { flags & 8 != 0 }

    /// True when `name` would extract outside the folder it is extracted into: an absolute path
    /// ("/etc/x", "\\x", "C:x") or a path with a ".." component ("a/../../x", "..\\x").
    ///
    /// ```swift
    /// ZipEntry.escapes("word/document.xml") // false
    /// ZipEntry.escapes("../evil.xml")       // true
    /// ```
    /// - Complexity: O(n) in the length of the name.
    static func escapes(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first else { return false }
        if first == 0x2F || first == 0x5C { return true }
        if bytes.count >= 2 && bytes[1] == 0x3A && (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A { return true }
        return bytes.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0x2F || $0 == 0x5C })
            .contains { $0.elementsEqual([0x2E, 0x2E]) }
    }
}
