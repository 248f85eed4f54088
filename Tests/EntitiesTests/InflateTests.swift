import XCTest
@testable import Entities

final class InflateTests: XCTestCase {
    // MARK: Hand-built streams

    func testEmptyInputIsTruncated() {
        XCTAssertThrowsError(try Inflate.decompress([], limit: 100)) { XCTAssertEqual($0 as? InflateError, .truncated) }
    }

    func testEmptyStoredBlock() throws {
        XCTAssertEqual(try Inflate.decompress([0x01, 0x00, 0x00, 0xFF, 0xFF], limit: 100), [])
    }

    func testStoredBlock() throws {
        XCTAssertEqual(try Inflate.decompress([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63], limit: 100), Array("abc".utf8))
    }

    func testFixedHuffmanLiteral() throws {
        // zlib's raw deflate of "a".
        XCTAssertEqual(try Inflate.decompress([0x4B, 0x04, 0x00], limit: 100), Array("a".utf8))
    }

    func testFixedHuffmanBackReference() throws {
        // zlib's raw deflate of "abcabcabcabcabc": three literals, then a 12-byte match at distance 3.
        XCTAssertEqual(try Inflate.decompress([0x4B, 0x4C, 0x4A, 0x4E, 0x44, 0x42, 0x00], limit: 100),
                       Array("abcabcabcabcabc".utf8))
    }

    func testHandWrittenFixedBlockWithOverlappingRun() throws {
        var writer = BitWriter()
        writer.blockHeader(final: true, type: 1)
        writer.fixedLiteral(0x7A)                  // "z"
        writer.fixedLiteral(285)                   // length 258, the longest match
        writer.fixedDistance(0)                    // distance 1: a run of "z"
        writer.fixedLiteral(256)
        XCTAssertEqual(try Inflate.decompress(writer.bytes, limit: 1000), [UInt8](repeating: 0x7A, count: 259))
    }

    func testStoredThenFixedBlockAndAReferenceAcrossBlocks() throws {
        var writer = BitWriter()
        writer.storedBlock(Array("abc".utf8), final: false)
        writer.blockHeader(final: true, type: 1)
        writer.fixedLiteral(260)                   // length 6
        writer.fixedDistance(2)                    // distance 3, back into the stored block
        writer.fixedLiteral(256)
        XCTAssertEqual(try Inflate.decompress(writer.bytes, limit: 100), Array("abcabcabc".utf8))
    }

    func testSingleLengthOneCodesAreAllowed() throws {
        // A dynamic block whose literal/length code is only end-of-block (1 bit) and whose distance
        // code is one code of 1 bit: incomplete, but allowed as zlib allows it.
        var writer = BitWriter()
        writer.dynamicHeaderWithOnlyEndOfBlock(endOfBlockLength: 1)
        writer.writeCode(0, length: 1)             // end of block
        XCTAssertEqual(try Inflate.decompress(writer.bytes, limit: 100), [])
    }

    // MARK: Invalid streams

    func testReservedBlockType() {
        assertFails([0x07], .reservedBlockType)
    }

    func testStoredLengthMismatch() {
        assertFails([0x01, 0x03, 0x00, 0x00, 0x00, 0x61, 0x62, 0x63], .storedLengthMismatch(length: 3, complement: 0))
    }

    func testTruncatedStreams() {
        assertFails([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x61], .truncated)          // stored data cut short
        assertFails([0x01, 0x05, 0x00], .truncated)                            // inside LEN/NLEN
        assertFails([0x4B], .truncated)                                        // fixed block cut short
        assertFails([0x00, 0x00, 0x00, 0xFF, 0xFF], .truncated)                // no final block
    }

    func testBackReferenceBeforeTheStart() {
        var writer = BitWriter()
        writer.blockHeader(final: true, type: 1)
        writer.fixedLiteral(257)                   // length 3
        writer.fixedDistance(0)                    // distance 1, nothing written yet
        writer.fixedLiteral(256)
        assertFails(writer.bytes, .distanceTooFar(distance: 1, written: 0))

        var second = BitWriter()
        second.blockHeader(final: true, type: 1)
        second.fixedLiteral(0x61)
        second.fixedLiteral(257)
        second.fixedDistance(4)                    // distance 5 or 6 (1 extra bit)
        second.write(0, bits: 1)
        second.fixedLiteral(256)
        assertFails(second.bytes, .distanceTooFar(distance: 5, written: 1))
    }

    func testReservedSymbols() {
        var length = BitWriter()
        length.blockHeader(final: true, type: 1)
        length.fixedLiteral(286)
        assertFails(length.bytes, .invalidSymbol(.literals))

        var distance = BitWriter()
        distance.blockHeader(final: true, type: 1)
        distance.fixedLiteral(0x61)
        distance.fixedLiteral(257)
        distance.fixedDistance(30)
        assertFails(distance.bytes, .invalidSymbol(.distances))
    }

    func testOverSubscribedCodeLengthCode() {
        var writer = BitWriter()
        writer.blockHeader(final: true, type: 2)
        writer.write(0, bits: 5)
        writer.write(0, bits: 5)
        writer.write(15, bits: 4)                  // all 19 code-length code lengths follow
        for _ in 0..<19 { writer.write(1, bits: 3) } // 19 codes of 1 bit: over-subscribed
        assertFails(writer.bytes, .overSubscribedCode(.codeLengths))
    }

    func testIncompleteCodeLengthCode() {
        var writer = BitWriter()
        writer.blockHeader(final: true, type: 2)
        writer.write(0, bits: 5)
        writer.write(0, bits: 5)
        writer.write(0, bits: 4)                   // 4 code-length code lengths: for 16, 17, 18, 0
        for length in [0, 0, 0, 2] { writer.write(length, bits: 3) } // one code of 2 bits
        assertFails(writer.bytes, .incompleteCode(.codeLengths))
    }

    func testIncompleteLiteralCode() {
        var writer = BitWriter()
        writer.dynamicHeaderWithOnlyEndOfBlock(endOfBlockLength: 2)
        assertFails(writer.bytes, .incompleteCode(.literals))
    }

    func testRepeatWithNothingBefore() {
        var writer = BitWriter()
        writer.blockHeader(final: true, type: 2)
        writer.write(0, bits: 5)
        writer.write(0, bits: 5)
        writer.write(0, bits: 4)
        for length in [1, 0, 0, 1] { writer.write(length, bits: 3) } // 16 and 0: one bit each
        writer.writeCode(1, length: 1)             // symbol 16 (code 1) comes first
        writer.write(0, bits: 2)
        assertFails(writer.bytes, .invalidCodeLengths("a repeat code comes first"))
    }

    func testRepeatPastTheDeclaredCodes() {
        var writer = BitWriter()
        writer.blockHeader(final: true, type: 2)
        writer.write(0, bits: 5)
        writer.write(0, bits: 5)
        writer.write(0, bits: 4)
        for length in [0, 0, 1, 1] { writer.write(length, bits: 3) } // 18 and 0: one bit each
        for _ in 0..<3 {
            writer.writeCode(1, length: 1)         // symbol 18: 11 + 127 zeros
            writer.write(127, bits: 7)
        }
        assertFails(writer.bytes, .invalidCodeLengths("a repeat runs past the 258 declared codes"))
    }

    func testMissingEndOfBlock() {
        var writer = BitWriter()
        writer.blockHeader(final: true, type: 2)
        writer.write(0, bits: 5)
        writer.write(0, bits: 5)
        writer.write(0, bits: 4)
        for length in [0, 0, 1, 1] { writer.write(length, bits: 3) }
        writer.writeCode(1, length: 1)
        writer.write(127, bits: 7)                 // 138 zeros
        writer.writeCode(1, length: 1)
        writer.write(109, bits: 7)                 // 120 zeros: all 258 lengths are 0
        assertFails(writer.bytes, .missingEndOfBlock)
    }

    func testTooManyCodes() {
        var writer = BitWriter()
        writer.blockHeader(final: true, type: 2)
        writer.write(30, bits: 5)                  // 287 literal/length codes
        writer.write(0, bits: 5)
        writer.write(0, bits: 4)
        assertFails(writer.bytes, .tooManyCodes(literals: 287, distances: 1))
    }

    func testOutputLimit() throws {
        assertFails([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63], limit: 2, .outputLimit(2))
        let abc = [UInt8]([0x4B, 0x4C, 0x4A, 0x4E, 0x44, 0x42, 0x00])
        assertFails(abc, limit: 10, .outputLimit(10))
        assertFails(abc, limit: 2, .outputLimit(2))
        assertFails(abc, limit: 0, .outputLimit(0))
        XCTAssertEqual(try Inflate.decompress(abc, limit: 15).count, 15)
    }

    // MARK: Against the zip tool

    /// Every level from -0 to -9, on an example report, an empty file, one byte, long runs, random bytes
    /// and text over 64 KiB: what comes out is exactly what went in, through the archive and through
    /// ``Inflate`` directly on the raw stream.
    func testArchivesOfTheZipToolAtEveryLevel() throws {
        var generator = SeededGenerator(seed: 42)
        let report = try DocxFixtures.bytes(of: DocxFixtures.textExample("smolensk-municipal-2023-q4"))
        var allReports: [UInt8] = []
        for name in DocxFixtures.reportNames { allReports += try DocxFixtures.bytes(of: DocxFixtures.textExample(name)) }
        let samples: [(path: String, contents: [UInt8])] = [
            ("report.txt", report),
            ("empty.bin", []),
            ("one.bin", [0x41]),
            ("runs.bin", [UInt8](repeating: 0, count: 70_000) + Array(String(repeating: "Смоленск ", count: 8_000).utf8)),
            ("random.bin", generator.bytes(100_000)),
            ("reports.txt", allReports),
        ]
        XCTAssertGreaterThan(allReports.count, 200_000)
        for level in 0...9 {
            let bytes = try DocxFixtures.zip(samples, options: ["-\(level)"], test: self)
            let archive = try ZipArchive(bytes: bytes, source: "level \(level)")
            XCTAssertEqual(archive.entries.count, samples.count)
            for sample in samples {
                let entry = try XCTUnwrap(archive.entry(named: sample.path), "level \(level): \(sample.path)")
                XCTAssertEqual(try archive.contents(of: entry), sample.contents, "level \(level): \(sample.path)")
                if level == 0 { XCTAssertEqual(entry.method, 0, "level 0 stores \(sample.path)") }
                guard entry.method == 8 else { continue }
                let raw = Array(bytes[entry.dataOffset..<entry.dataOffset + entry.compressedSize])
                XCTAssertEqual(try Inflate.decompress(raw, limit: sample.contents.count), sample.contents,
                               "level \(level): \(sample.path) inflated directly")
            }
            if level > 0 {
                XCTAssertEqual(archive.entry(named: "reports.txt")?.method, 8)
                XCTAssertEqual(archive.entry(named: "runs.bin")?.method, 8)
                // Random bytes do not compress: zip keeps them deflated as stored blocks, a little larger.
                let random = try XCTUnwrap(archive.entry(named: "random.bin"))
                XCTAssertEqual(random.method, 8)
                XCTAssertGreaterThan(random.compressedSize, random.uncompressedSize)
                let runs = try XCTUnwrap(archive.entry(named: "runs.bin"))
                XCTAssertLessThan(runs.compressedSize * 50, runs.uncompressedSize, "long matches compress runs")
            }
        }
    }

    // MARK: Hostile input never traps

    func testEveryPrefixOfARealStreamThrows() throws {
        let (raw, original) = try reportStream()
        XCTAssertEqual(try Inflate.decompress(raw, limit: original.count), original)
        for length in stride(from: 0, to: raw.count, by: max(1, raw.count / 100)) {
            XCTAssertThrowsError(try Inflate.decompress(Array(raw[0..<length]), limit: original.count),
                                 "prefix of \(length) bytes") { XCTAssertTrue($0 is InflateError) }
        }
        XCTAssertThrowsError(try Inflate.decompress(Array(raw.dropLast()), limit: original.count))
    }

    func testCorruptedStreamsThrowOrDecodeButNeverTrap() throws {
        let (raw, original) = try reportStream()
        var generator = SeededGenerator(seed: 7)
        var failures = 0
        for _ in 0..<200 {
            var corrupt = raw
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                corrupt[Int.random(in: 0..<corrupt.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            }
            do {
                let output = try Inflate.decompress(corrupt, limit: original.count + 100)
                XCTAssertLessThanOrEqual(output.count, original.count + 100)
            } catch {
                XCTAssertTrue(error is InflateError, "\(error)")
                failures += 1
            }
        }
        XCTAssertGreaterThan(failures, 60, "most corruptions are caught")
    }

    func testRandomBytesThrowOrDecodeButNeverTrap() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<1000 {
            let garbage = generator.bytes(Int.random(in: 0...300, using: &generator))
            do {
                let output = try Inflate.decompress(garbage, limit: 4096)
                XCTAssertLessThanOrEqual(output.count, 4096)
            } catch {
                XCTAssertTrue(error is InflateError, "\(error)")
            }
        }
    }

    // MARK: Helpers

    private func assertFails(_ stream: [UInt8], limit: Int = 1 << 20, _ expected: InflateError,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Inflate.decompress(stream, limit: limit), file: file, line: line) { error in
            XCTAssertEqual(error as? InflateError, expected, file: file, line: line)
            XCTAssertFalse("\(error)".isEmpty, file: file, line: line)
        }
    }

    /// A real deflate stream (zip -6 of an example report) and what it decodes to.
    private func reportStream() throws -> (raw: [UInt8], original: [UInt8]) {
        let original = try DocxFixtures.bytes(of: DocxFixtures.textExample("smolensk-municipal-2023-q4"))
        let bytes = try DocxFixtures.zip([("report.txt", original)], options: ["-6"], test: self)
        let entry = try XCTUnwrap(try ZipArchive(bytes: bytes, source: "report.zip").entry(named: "report.txt"))
        XCTAssertEqual(entry.method, 8)
        return (Array(bytes[entry.dataOffset..<entry.dataOffset + entry.compressedSize]), original)
    }
}

/// Writes DEFLATE bits: values least significant bit first, Huffman codes most significant bit first.
private struct BitWriter {
    var bytes: [UInt8] = []
    private var used = 8

    mutating func write(_ value: Int, bits: Int) {
        for index in 0..<bits {
            if used == 8 {
                bytes.append(0)
                used = 0
            }
            if (value >> index) & 1 == 1 { bytes[bytes.count - 1] |= 1 << UInt8(used) }
            used += 1
        }
    }

    mutating func writeCode(_ code: Int, length: Int) {
        for index in stride(from: length - 1, through: 0, by: -1) { write((code >> index) & 1, bits: 1) }
    }

    mutating func blockHeader(final: Bool, type: Int) {
        write(final ? 1 : 0, bits: 1)
        write(type, bits: 2)
    }

    mutating func storedBlock(_ data: [UInt8], final: Bool) {
        blockHeader(final: final, type: 0)
        used = 8                                   // pad to a byte boundary
        bytes += [UInt8(data.count & 0xFF), UInt8(data.count >> 8), UInt8(~data.count & 0xFF), UInt8((~data.count >> 8) & 0xFF)]
        bytes += data
    }

    /// A symbol of the fixed literal/length code (RFC 1951 §3.2.6).
    mutating func fixedLiteral(_ symbol: Int) {
        switch symbol {
        case 0...143: writeCode(0x30 + symbol, length: 8)
        case 144...255: writeCode(0x190 + symbol - 144, length: 9)
        case 256...279: writeCode(symbol - 256, length: 7)
        default: writeCode(0xC0 + symbol - 280, length: 8)
        }
    }

    mutating func fixedDistance(_ code: Int) { writeCode(code, length: 5) }

    /// A dynamic block header (257 literal/length codes, 1 distance code) where only end-of-block has a
    /// literal/length code, of `endOfBlockLength` bits, and the distance code has one code of 1 bit.
    mutating func dynamicHeaderWithOnlyEndOfBlock(endOfBlockLength: Int) {
        blockHeader(final: true, type: 2)
        write(0, bits: 5)
        write(0, bits: 5)
        write(14, bits: 4)                         // 18 code-length code lengths, up to symbol 1
        // Order: 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1. Symbols 18, 0, 2 and 1 get 2 bits each:
        // canonical codes 0 = 00, 1 = 01, 2 = 10, 18 = 11.
        let lengths: [Int: Int] = [18: 2, 0: 2, 2: 2, 1: 2]
        for symbol in [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1] { write(lengths[symbol] ?? 0, bits: 3) }
        writeCode(3, length: 2)                    // 18: 11 + 127 = 138 zeros
        write(127, bits: 7)
        writeCode(3, length: 2)                    // 18: 11 + 107 = 118 zeros (256 in all)
        write(107, bits: 7)
        writeCode(endOfBlockLength == 1 ? 1 : 2, length: 2) // symbol 1 or 2: end-of-block's length
        writeCode(1, length: 2)                    // the one distance code: length 1
    }
}
