/// A ZIP archive read from memory: its directory at once, an entry's contents on demand.
///
/// Opening finds the end-of-central-directory record (searching backwards past an archive comment),
/// reads every central-directory record and checks that each entry's local header and data lie inside
/// the file, before the directory. It refuses what it cannot read safely, each time with an
/// ``InputError`` naming the file: not a ZIP, a truncated or damaged archive, ZIP64 and split archives,
/// entry names that are absolute or climb with "..", and declared sizes past ``ZipLimits/totalBytes``.
///
/// Extracting an entry (stored or deflated) checks the ``ZipLimits`` first, never writes more than the
/// declared size, and verifies the size and CRC-32 of what came out. Encrypted entries and other
/// methods are refused.
///
/// ```swift
/// let archive = try ZipArchive(bytes: bytes, source: "q1.docx")
/// let xml = try archive.contents(named: "word/document.xml")
/// ```
/// - Complexity: opening is O(e + c) for e entries and a comment of c bytes; extracting is O(n + m)
///   in the entry's compressed and uncompressed sizes.
struct ZipArchive {
    let bytes: [UInt8]
    /// The name the archive was given by, for messages.
    let source: String
    let limits: ZipLimits
    /// The entries in central-directory order.
    let entries: [ZipEntry]

    static let endOfDirectorySignature: UInt32 = 0x0605_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    static let directorySignature: UInt32 = 0x0201_4B50
    static let localHeaderSignature: UInt32 = 0x0403_4B50

    /// Reads the directory of the archive in `bytes`.
    ///
    /// - Complexity: O(e + c) for e entries and an archive comment of c bytes.
    init(bytes: [UInt8], source: String, limits: ZipLimits = .standard) throws {
        self.bytes = bytes
        self.source = source
        self.limits = limits
        let reader = ByteReader(bytes: bytes)
        let end = try ZipArchive.endOfDirectory(reader, source: source)

        if end.offset >= 20, reader.uint32(at: end.offset - 20) == ZipArchive.zip64LocatorSignature {
            throw ZipArchive.zip64Error(source)
        }
        let (disk, directoryDisk, entriesHere, entryCount) = (reader.uint16(at: end.offset + 4),
                                                              reader.uint16(at: end.offset + 6),
                                                              reader.uint16(at: end.offset + 8),
                                                              reader.uint16(at: end.offset + 10))
        let directorySize = reader.uint32(at: end.offset + 12), directoryOffset = reader.uint32(at: end.offset + 16)
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw ZipArchive.zip64Error(source)
        }
        guard disk == 0, directoryDisk == 0, entriesHere == entryCount else {
            throw InputError(file: source, message: "this is one part of a split ZIP archive",
                             hint: "join the parts into one file, or save the document again from Word")
        }
        let start = Int(directoryOffset), size = Int(directorySize)
        guard start <= end.offset, size <= end.offset - start else {
            throw ZipArchive.damaged(source, "its central directory lies outside the file")
        }

        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(entryCount))
        var offset = start, declaredTotal = 0
        for _ in 0..<entryCount {
            let entry = try ZipArchive.directoryRecord(reader, at: &offset, end: start + size,
                                                       directoryStart: start, source: source)
            declaredTotal += entry.uncompressedSize
            guard declaredTotal <= limits.totalBytes else {
                throw InputError(file: source,
                                 message: "the archive's entries claim more than \(ZipArchive.megabytes(limits.totalBytes)) when uncompressed",
                                 hint: "this is not a report saved by Word (it may be a zip bomb); do not open it")
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The entry called `name`, compared ignoring ASCII case as OPC part names are.
    func entry(named name: String) -> ZipEntry? {
        let wanted = name.lowercased()
        return entries.first { $0.name.lowercased() == wanted }
    }

    /// The uncompressed contents of the entry called `name`.
    ///
    /// - Throws: an ``InputError`` when there is no such entry or it cannot be extracted.
    /// - Complexity: O(n + m) in the entry's compressed and uncompressed sizes.
    func contents(named name: String) throws -> [UInt8] {
        let wanted = name.lowercased()
        let matches = entries.filter { $0.name.lowercased() == wanted }
        guard let entry = matches.first else {
            throw InputError(file: source, message: "this ZIP archive is not a Word document: it has no \(name)",
                             hint: "give a report saved by Word as .docx, or as .txt")
        }
        guard matches.count == 1 else {
            throw ZipArchive.damaged(source, "it holds \(name) \(matches.count) times")
        }
        return try contents(of: entry)
    }

    /// The uncompressed contents of `entry`, checked against its declared size and CRC-32.
    ///
    /// - Complexity: O(n + m) in the entry's compressed and uncompressed sizes.
    func contents(of entry: ZipEntry) throws -> [UInt8] {
        guard !entry.isEncrypted else {
            throw InputError(file: source, message: "\(entry.name) in the archive is encrypted",
                             hint: "remove the password in Word and save the document again")
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw InputError(file: source,
                             message: "\(entry.name) in the archive is compressed with method \(entry.method), which only stored (0) and deflated (8) are read",
                             hint: "save the document again from Word")
        }
        try checkLimits(entry)
        guard entry.dataOffset >= 0, entry.compressedSize >= 0, entry.dataOffset <= bytes.count,
              entry.compressedSize <= bytes.count - entry.dataOffset else {
            throw ZipArchive.damaged(source, "the data of \(entry.name) runs past the end of the file")
        }
        let data = Array(bytes[entry.dataOffset..<entry.dataOffset + entry.compressedSize])
        let contents: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else {
                throw ZipArchive.damaged(source, "\(entry.name) is stored uncompressed but its two sizes differ")
            }
            contents = data
        } else {
            do {
                contents = try Inflate.decompress(data, limit: entry.uncompressedSize, expectedSize: entry.uncompressedSize)
            } catch InflateError.outputLimit {
                throw ZipArchive.damaged(source, "\(entry.name) expands past the \(entry.uncompressedSize) bytes its header declares")
            } catch let error as InflateError {
                throw ZipArchive.damaged(source, "\(entry.name) cannot be decompressed: \(error)")
            }
        }
        guard contents.count == entry.uncompressedSize else {
            throw ZipArchive.damaged(source, "\(entry.name) expands to \(contents.count) bytes, its header says \(entry.uncompressedSize)")
        }
        let crc = CRC32.checksum(contents)
        guard crc == entry.crc32 else {
            throw ZipArchive.damaged(source, "\(entry.name) fails its CRC-32 check (\(ZipArchive.hex(crc)) instead of \(ZipArchive.hex(entry.crc32)))")
        }
        return contents
    }

    /// Refuses an entry whose declared size or compression ratio passes the limits.
    private func checkLimits(_ entry: ZipEntry) throws {
        if entry.uncompressedSize > limits.entryBytes {
            throw InputError(file: source,
                             message: "\(entry.name) in the archive claims \(entry.uncompressedSize) bytes uncompressed, more than the \(ZipArchive.megabytes(limits.entryBytes)) read",
                             hint: "this is not a report saved by Word (it may be a zip bomb); do not open it")
        }
        if entry.uncompressedSize > limits.ratioThreshold,
           entry.uncompressedSize / max(entry.compressedSize, 1) > limits.ratio {
            throw InputError(file: source,
                             message: "\(entry.name) in the archive expands \(entry.uncompressedSize / max(entry.compressedSize, 1)) times (\(entry.compressedSize) to \(entry.uncompressedSize) bytes), more than the \(limits.ratio):1 allowed",
                             hint: "this is not a report saved by Word (it may be a zip bomb); do not open it")
        }
    }

    // MARK: Directory records

    /// The end-of-central-directory record: the last signature whose comment length reaches exactly to
    /// the end of the file.
    private static func endOfDirectory(_ reader: ByteReader, source: String) throws -> (offset: Int, comment: Int) {
        let count = reader.bytes.count
        if count >= 22 {
            let lowest = max(0, count - 22 - 0xFFFF)
            var offset = count - 22
            while offset >= lowest {
                if reader.uint32(at: offset) == endOfDirectorySignature,
                   Int(reader.uint16(at: offset + 20)) == count - offset - 22 {
                    return (offset, count - offset - 22)
                }
                offset -= 1
            }
        }
        if DocxReader.looksLikeZip(reader.bytes) {
            throw InputError(file: source, message: "the archive is truncated: its end-of-central-directory record is missing",
                             hint: "the file may be cut short; copy it again")
        }
        throw InputError(file: source, message: "this is not a ZIP archive, so not a Word .docx document",
                         hint: "give a report saved by Word as .docx, or as .txt")
    }

    /// Reads the central-directory record at `offset` (advancing it) and checks the local header and data
    /// it points to.
    private static func directoryRecord(_ reader: ByteReader, at offset: inout Int, end: Int,
                                        directoryStart: Int, source: String) throws -> ZipEntry {
        guard end - offset >= 46, reader.uint32(at: offset) == directorySignature else {
            throw damaged(source, "its central directory is cut short or has a bad record")
        }
        let nameLength = Int(reader.uint16(at: offset + 28)), extraLength = Int(reader.uint16(at: offset + 30))
        let commentLength = Int(reader.uint16(at: offset + 32))
        let recordLength = 46 + nameLength + extraLength + commentLength
        guard recordLength <= end - offset else {
            throw damaged(source, "its central directory is cut short or has a bad record")
        }
        let name = String(decoding: reader.bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
        let compressed = reader.uint32(at: offset + 20), uncompressed = reader.uint32(at: offset + 24)
        let localOffset = reader.uint32(at: offset + 42)
        if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
            throw zip64Error(source)
        }
        if ZipEntry.escapes(name) {
            throw InputError(file: source,
                             message: "the archive holds an entry named \"\(name)\", a path that points outside the document",
                             hint: "this is not a document saved by Word; do not open it")
        }
        let local = Int(localOffset)
        guard local <= directoryStart, directoryStart - local >= 30,
              reader.uint32(at: local) == localHeaderSignature else {
            throw damaged(source, "the local header of \(name) is missing")
        }
        let dataOffset = local + 30 + Int(reader.uint16(at: local + 26)) + Int(reader.uint16(at: local + 28))
        guard dataOffset <= directoryStart, Int(compressed) <= directoryStart - dataOffset else {
            throw damaged(source, "the data of \(name) runs past the end of its space")
        }
        let entry = ZipEntry(name: name, flags: reader.uint16(at: offset + 8), method: reader.uint16(at: offset + 10),
                             crc32: reader.uint32(at: offset + 16), compressedSize: Int(compressed),
                             uncompressedSize: Int(uncompressed), localHeaderOffset: local, dataOffset: dataOffset)
        offset += recordLength
        return entry
    }

    // MARK: Messages

    private static func zip64Error(_ source: String) -> InputError {
        InputError(file: source, message: "this is a ZIP64 archive, which is not read (a report needs no files over 4 GB)",
                   hint: "save the document again from Word")
    }

    private static func damaged(_ source: String, _ detail: String) -> InputError {
        InputError(file: source, message: "the archive is damaged: \(detail)", hint: "the file may be cut short or corrupted; copy it again or save it again from Word")
    }

    /// `count` bytes as people read them: "64 MB" for whole mebibytes, else "50000 bytes".
    static func megabytes(_ count: Int) -> String {
        count > 0 && count % (1 << 20) == 0 ? "\(count >> 20) MB" : "\(count) bytes"
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
