import XCTest
@testable import Entities

final class ZipArchiveTests: XCTestCase {
    static let documentPart = "word/document.xml"
    let sampleXML = Array(DocxFixtures.documentXML(title: ["Отчет"], rows: [[["<w:r><w:t>1.</w:t></w:r>"]]]).utf8)

    // MARK: Reading

    func testEmptyArchive() throws {
        let empty = TestZipWriter(entries: []).bytes()
        XCTAssertEqual(empty.count, 22)
        let archive = try ZipArchive(bytes: empty, source: "empty.zip")
        XCTAssertTrue(archive.entries.isEmpty)
        let error = refusal(empty, source: "empty.zip")
        XCTAssertEqual(error?.message, "this ZIP archive is not a Word document: it has no word/document.xml")
    }

    func testOneStoredEntryWrittenByHand() throws {
        let bytes = TestZipWriter(entries: [.stored(Self.documentPart, sampleXML)]).bytes()
        let archive = try ZipArchive(bytes: bytes, source: "one.zip")
        XCTAssertEqual(archive.entries.map(\.name), [Self.documentPart])
        XCTAssertEqual(try archive.contents(named: Self.documentPart), sampleXML)
    }

    func testNamesAreComparedIgnoringCase() throws {
        let bytes = TestZipWriter(entries: [.stored("Word/Document.XML", sampleXML)]).bytes()
        XCTAssertEqual(try ZipArchive(bytes: bytes, source: "case.zip").contents(named: Self.documentPart), sampleXML)
    }

    func testTheExampleDirectories() throws {
        for name in DocxFixtures.reportNames {
            let archive = try ZipArchive(bytes: try DocxFixtures.bytes(of: DocxFixtures.docxExample(name)), source: name)
            XCTAssertEqual(archive.entries.count, 17, name)
            let document = try XCTUnwrap(archive.entry(named: Self.documentPart), name)
            XCTAssertEqual(document.method, 8, name)
            XCTAssertEqual(try archive.contents(of: document).count, document.uncompressedSize, name)
        }
        let archive = try ZipArchive(bytes: try DocxFixtures.bytes(of: DocxFixtures.docxExample("smolensk-municipal-2023-q4")), source: "q4")
        XCTAssertEqual(archive.entry(named: Self.documentPart)?.uncompressedSize, 53_600)
        XCTAssertEqual(archive.entry(named: "word/styles.xml")?.uncompressedSize, 349_458)
    }

    func testArchiveCommentIsSkipped() throws {
        var writer = TestZipWriter(entries: [.stored(Self.documentPart, sampleXML)])
        writer.comment = Array("PK\u{5}\u{6} a comment that looks like an end record".utf8)
        XCTAssertEqual(try ZipArchive(bytes: writer.bytes(), source: "comment.zip").contents(named: Self.documentPart), sampleXML)

        writer.comment = [UInt8](repeating: 0x20, count: 65_535)  // the longest comment there can be
        XCTAssertEqual(try ZipArchive(bytes: writer.bytes(), source: "comment.zip").contents(named: Self.documentPart), sampleXML)
    }

    func testCommentAddedByTheZipTool() throws {
        let folder = try DocxFixtures.temporaryFolder(for: self)
        let copy = folder.appendingPathComponent("commented.docx")
        try FileManager.default.copyItem(atPath: DocxFixtures.docxExample("smolensk-municipal-2023-q4"), toPath: copy.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DocxFixtures.zipTool)
        process.arguments = ["-q", "-z", copy.path]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data("Отчет, присланный по почте\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let bytes = try DocxFixtures.bytes(of: copy.path)
        XCTAssertNotEqual(Array(bytes.suffix(2)), [0, 0], "the end record has a comment")
        XCTAssertEqual(try ZipArchive(bytes: bytes, source: "commented.docx").contents(named: Self.documentPart).count, 53_600)
    }

    func testDataDescriptorsFromAStreamingZip() throws {
        let files: [(path: String, contents: [UInt8])] = [(Self.documentPart, sampleXML), ("word/styles.xml", Array("<styles/>".utf8))]
        let bytes = try DocxFixtures.zip(files, options: ["-9"], streamed: true, test: self)
        let archive = try ZipArchive(bytes: bytes, source: "streamed.zip")
        let entry = try XCTUnwrap(archive.entry(named: Self.documentPart))
        XCTAssertTrue(entry.hasDataDescriptor)
        XCTAssertEqual(try archive.contents(of: entry), sampleXML)
    }

    func testDataDescriptorWrittenByHand() throws {
        var entry = TestZipWriter.Entry.stored(Self.documentPart, sampleXML)
        entry.flags = 8
        let bytes = TestZipWriter(entries: [entry]).bytes()
        XCTAssertEqual(try ZipArchive(bytes: bytes, source: "descriptor.zip").contents(named: Self.documentPart), sampleXML)
    }

    // MARK: Not a ZIP, cut short, damaged

    func testNotAZip() throws {
        let text = try DocxFixtures.bytes(of: DocxFixtures.textExample("smolensk-municipal-2023-q4"))
        var generator = SeededGenerator(seed: 3)
        for (bytes, label) in [([UInt8](), "nothing"), (text, "text"), (generator.bytes(5000), "random bytes"), (Array("PK".utf8), "PK")] {
            let error = refusal(bytes, source: "\(label).docx")
            XCTAssertEqual(error?.message, "this is not a ZIP archive, so not a Word .docx document", label)
        }
    }

    func testTruncatedAtSeveralPoints() throws {
        let bytes = try DocxFixtures.bytes(of: DocxFixtures.docxExample("smolensk-municipal-2023-q4"))
        for cut in [4, 30, 100, bytes.count / 2, bytes.count - 1_000, bytes.count - 23, bytes.count - 1] {
            let error = refusal(Array(bytes[0..<cut]), source: "cut-\(cut).docx")
            XCTAssertEqual(error?.message, "the archive is truncated: its end-of-central-directory record is missing", "cut at \(cut)")
            XCTAssertEqual(error?.hint, "the file may be cut short; copy it again")
        }
    }

    func testMiddleCutOut() throws {
        let bytes = try DocxFixtures.bytes(of: DocxFixtures.docxExample("smolensk-municipal-2023-q4"))
        let damaged = Array(bytes[0..<1_000] + bytes[3_000...])
        XCTAssertTrue(refusal(damaged)?.message.hasPrefix("the archive is damaged:") == true)
    }

    func testBadCRCOfStoredData() throws {
        var bytes = try DocxFixtures.docx(xml: String(decoding: sampleXML, as: UTF8.self), options: ["-0"], test: self)
        let entry = try XCTUnwrap(try ZipArchive(bytes: bytes, source: "stored.docx").entry(named: Self.documentPart))
        XCTAssertEqual(entry.method, 0)
        bytes[entry.dataOffset + 100] ^= 0x20
        let error = refusal(bytes)
        XCTAssertTrue(error?.message.contains("word/document.xml fails its CRC-32 check") == true, "\(String(describing: error))")
    }

    func testBadCRCOfDeflatedData() throws {
        let original = try DocxFixtures.bytes(of: DocxFixtures.docxExample("smolensk-municipal-2023-q4"))
        let entry = try XCTUnwrap(try ZipArchive(bytes: original, source: "q4.docx").entry(named: Self.documentPart))
        for offset in [0, 17, entry.compressedSize / 2, entry.compressedSize - 5] {
            var bytes = original
            bytes[entry.dataOffset + offset] ^= 0x55
            let error = refusal(bytes)
            XCTAssertTrue(error?.message.hasPrefix("the archive is damaged: word/document.xml") == true, "byte \(offset): \(String(describing: error))")
        }
        var wrongChecksum = TestZipWriter.Entry.stored(Self.documentPart, sampleXML)
        wrongChecksum.crc32 ^= 1
        let error = refusal(TestZipWriter(entries: [wrongChecksum]).bytes())
        XCTAssertTrue(error?.message.contains("fails its CRC-32 check") == true)
    }

    func testDeclaredSizeDisagreesWithTheData() throws {
        var bigger = TestZipWriter.Entry.stored(Self.documentPart, sampleXML)
        bigger.method = 0
        bigger.compressedSize = UInt32(sampleXML.count - 1)
        XCTAssertTrue(refusal(TestZipWriter(entries: [bigger]).bytes())?.message.contains("stored uncompressed but its two sizes differ") == true)

        let original = try DocxFixtures.bytes(of: DocxFixtures.docxExample("smolensk-municipal-2023-q4"))
        var bytes = original
        let central = try XCTUnwrap(centralRecord(of: Self.documentPart, in: bytes))
        bytes.setLE32(60_000, at: central + 24)
        XCTAssertEqual(refusal(bytes)?.message, "the archive is damaged: word/document.xml expands to 53600 bytes, its header says 60000")
    }

    func testLocalHeaderMissing() throws {
        var bytes = TestZipWriter(entries: [.stored(Self.documentPart, sampleXML)]).bytes()
        let central = try XCTUnwrap(centralRecord(of: Self.documentPart, in: bytes))
        bytes.setLE32(7, at: central + 42)
        XCTAssertEqual(refusal(bytes)?.message, "the archive is damaged: the local header of word/document.xml is missing")
    }

    // MARK: Refused on purpose

    func testEncryptedByTheZipTool() throws {
        let bytes = try DocxFixtures.docx(xml: String(decoding: sampleXML, as: UTF8.self), options: ["-P", "secret"], test: self)
        XCTAssertEqual(refusal(bytes)?.message, "word/document.xml in the archive is encrypted")
    }

    func testEncryptedFlagSetByHand() throws {
        var entry = TestZipWriter.Entry.stored(Self.documentPart, sampleXML)
        entry.flags = 1
        let error = refusal(TestZipWriter(entries: [entry]).bytes())
        XCTAssertEqual(error?.message, "word/document.xml in the archive is encrypted")
        XCTAssertEqual(error?.hint, "remove the password in Word and save the document again")
    }

    func testZip64ByTheZipTool() throws {
        let bytes = try DocxFixtures.docx(xml: String(decoding: sampleXML, as: UTF8.self), options: ["-fz"], test: self)
        XCTAssertTrue(refusal(bytes)?.message.hasPrefix("this is a ZIP64 archive") == true)
    }

    func testZip64SizesByHand() throws {
        var entry = TestZipWriter.Entry.stored(Self.documentPart, sampleXML)
        entry.uncompressedSize = 0xFFFF_FFFF
        XCTAssertTrue(refusal(TestZipWriter(entries: [entry]).bytes())?.message.hasPrefix("this is a ZIP64 archive") == true)
    }

    func testUnknownMethod() throws {
        let bytes = try DocxFixtures.docx(xml: String(decoding: sampleXML, as: UTF8.self), options: ["-Z", "bzip2"], test: self)
        XCTAssertEqual(refusal(bytes)?.message,
                       "word/document.xml in the archive is compressed with method 12, which only stored (0) and deflated (8) are read")
    }

    func testSplitArchive() throws {
        var bytes = TestZipWriter(entries: [.stored(Self.documentPart, sampleXML)]).bytes()
        bytes.setLE16(1, at: bytes.count - 22 + 4)
        XCTAssertEqual(refusal(bytes)?.message, "this is one part of a split ZIP archive")
    }

    func testNamesThatLeaveTheFolder() throws {
        for name in ["../evil.xml", "word/../../evil.xml", "/etc/passwd", "\\evil.xml", "..\\evil.xml", "C:evil.xml", "word/.."] {
            let bytes = TestZipWriter(entries: [.stored(Self.documentPart, sampleXML), .stored(name, [0x41])]).bytes()
            let error = refusal(bytes)
            XCTAssertEqual(error?.message, "the archive holds an entry named \"\(name)\", a path that points outside the document", name)
        }
    }

    func testEscapingNames() {
        for name in ["word/document.xml", "a..b/c", "..a", "./word/x.xml", "", "word/.../x"] {
            XCTAssertFalse(ZipEntry.escapes(name), name)
        }
        for name in ["..", "../x", "a/../../x", "a\\..\\x", "/x", "\\x", "c:x", "Z:/x"] {
            XCTAssertTrue(ZipEntry.escapes(name), name)
        }
    }

    func testDuplicateDocumentPart() throws {
        let bytes = TestZipWriter(entries: [.stored(Self.documentPart, sampleXML), .stored("WORD/document.xml", [0x3C])]).bytes()
        XCTAssertEqual(refusal(bytes)?.message, "the archive is damaged: it holds word/document.xml 2 times")
    }

    func testEntryClaimingAHugeSize() throws {
        var entry = TestZipWriter.Entry.stored(Self.documentPart, sampleXML)
        entry.method = 8
        entry.uncompressedSize = 100 << 20
        let error = refusal(TestZipWriter(entries: [entry]).bytes())
        XCTAssertEqual(error?.message, "word/document.xml in the archive claims 104857600 bytes uncompressed, more than the 64 MB read")
    }

    func testEntriesClaimingTooMuchInAll() throws {
        let entries = (0..<10).map { index -> TestZipWriter.Entry in
            var entry = TestZipWriter.Entry.stored("media/image\(index).png", [0x41])
            entry.method = 8
            entry.uncompressedSize = 60 << 20
            return entry
        }
        let error = refusal(TestZipWriter(entries: [.stored(Self.documentPart, sampleXML)] + entries).bytes())
        XCTAssertEqual(error?.message, "the archive's entries claim more than 512 MB when uncompressed")
    }

    /// A real zip bomb: 100 MiB of zeros through `zip -9` (about 100 KB). Refused before inflating.
    func testZipBombOfZeros() throws {
        let bytes = try zeroBomb(megabytes: 100)
        XCTAssertLessThan(bytes.count, 200 << 10)
        let error = refusal(bytes)
        XCTAssertEqual(error?.message, "word/document.xml in the archive claims 104857600 bytes uncompressed, more than the 64 MB read")
        XCTAssertEqual(error?.hint, "this is not a report saved by Word (it may be a zip bomb); do not open it")
    }

    func testCompressionRatioLimit() throws {
        let bytes = try zeroBomb(megabytes: 8)
        let error = refusal(bytes)
        XCTAssertTrue(error?.message.contains("more than the 200:1 allowed") == true, "\(String(describing: error))")

        // Under the size threshold the ratio is not checked.
        let lenient = ZipLimits(entryBytes: 64 << 20, totalBytes: 512 << 20, ratio: 200, ratioThreshold: 16 << 20)
        XCTAssertEqual(try ZipArchive(bytes: bytes, source: "zeros.docx", limits: lenient).contents(named: Self.documentPart).count, 8 << 20)
    }

    /// A bomb that lies: its header says 1 MiB (within every limit) but the data expands to 8 MiB.
    /// Inflating stops at the declared size.
    func testEntryExpandingPastItsDeclaredSize() throws {
        var bytes = try zeroBomb(megabytes: 8)
        for record in [try XCTUnwrap(centralRecord(of: Self.documentPart, in: bytes))] {
            bytes.setLE32(1 << 20, at: record + 24)
        }
        let error = refusal(bytes)
        XCTAssertEqual(error?.message, "the archive is damaged: word/document.xml expands past the 1048576 bytes its header declares")
    }

    func testTighterLimits() throws {
        let bytes = try DocxFixtures.bytes(of: DocxFixtures.docxExample("smolensk-municipal-2023-q4"))
        let tight = ZipLimits(entryBytes: 50_000, totalBytes: 512 << 20, ratio: 200, ratioThreshold: 1 << 20)
        let error = refusal(bytes, limits: tight)
        XCTAssertEqual(error?.message, "word/document.xml in the archive claims 53600 bytes uncompressed, more than the 50000 bytes read")
        let tinyTotal = ZipLimits(entryBytes: 64 << 20, totalBytes: 100_000, ratio: 200, ratioThreshold: 1 << 20)
        XCTAssertNotNil(refusal(bytes, limits: tinyTotal))
    }

    // MARK: Never traps

    func testCorruptedArchivesThrowInputErrorsOrReadButNeverTrap() throws {
        let original = try DocxFixtures.bytes(of: DocxFixtures.docxExample("smolensk-municipal-2023-q4"))
        var generator = SeededGenerator(seed: 11)
        var refused = 0
        for round in 0..<300 {
            var bytes = original
            // Half the rounds hit the directory and end record, where every byte matters.
            let range = round.isMultiple(of: 2) ? 0..<bytes.count : (bytes.count - 1_200)..<bytes.count
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                bytes[Int.random(in: range, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            }
            do {
                _ = try ZipArchive(bytes: bytes, source: "fuzz.docx").contents(named: Self.documentPart)
            } catch let error as InputError {
                XCTAssertEqual(error.file, "fuzz.docx")
                refused += 1
            }
        }
        XCTAssertGreaterThan(refused, 50)
    }

    // MARK: Helpers

    /// The error opening `bytes` and extracting word/document.xml gives; checks it names the file.
    private func refusal(_ bytes: [UInt8], source: String = "hostile.docx", limits: ZipLimits = .standard,
                         file: StaticString = #filePath, line: UInt = #line) -> InputError? {
        let error = DocxFixtures.inputError({
            try ZipArchive(bytes: bytes, source: source, limits: limits).contents(named: Self.documentPart)
        }, file: file, line: line)
        if let error {
            XCTAssertEqual(error.file, source, file: file, line: line)
            XCTAssertTrue(error.description.hasPrefix("\(source): "), error.description, file: file, line: line)
            XCTAssertNil(error.line, file: file, line: line)
            XCTAssertFalse(error.hint?.isEmpty ?? true, "every refusal says what to do", file: file, line: line)
        }
        return error
    }

    /// `megabytes` MiB of zeros as word/document.xml, zipped with `zip -9`.
    private func zeroBomb(megabytes: Int) throws -> [UInt8] {
        let folder = try DocxFixtures.temporaryFolder(for: self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("word"), withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(Self.documentPart).path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let chunk = Data(count: 1 << 20)
        for _ in 0..<megabytes { handle.write(chunk) }
        try handle.close()
        try DocxFixtures.run(DocxFixtures.zipTool, ["-q", "-X", "-9", "bomb.zip", Self.documentPart], in: folder)
        try FileManager.default.removeItem(atPath: path)
        return try DocxFixtures.bytes(of: folder.appendingPathComponent("bomb.zip").path)
    }

    /// The offset of the central-directory record of `name` (in an archive without a comment).
    private func centralRecord(of name: String, in bytes: [UInt8]) -> Int? {
        let reader = ByteReader(bytes: bytes)
        var offset = Int(reader.uint32(at: bytes.count - 22 + 16))
        while reader.uint32(at: offset) == 0x0201_4B50 {
            let nameLength = Int(reader.uint16(at: offset + 28))
            if String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self) == name { return offset }
            offset += 46 + nameLength + Int(reader.uint16(at: offset + 30)) + Int(reader.uint16(at: offset + 32))
        }
        return nil
    }
}
