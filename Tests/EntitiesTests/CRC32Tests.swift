import XCTest
@testable import Entities

final class CRC32Tests: XCTestCase {
    func testEmptyInputHasChecksumZero() {
        XCTAssertEqual(CRC32.checksum([]), 0)
        XCTAssertEqual(CRC32().value, 0)
    }

    func testSingleBytes() {
        XCTAssertEqual(CRC32.checksum([0x00]), 0xD202_EF8D)
        XCTAssertEqual(CRC32.checksum(Array("a".utf8)), 0xE8B7_BE43)
        XCTAssertEqual(CRC32.checksum([0xFF]), 0xFF00_0000)
    }

    func testKnownVectors() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)  // the standard check value
        XCTAssertEqual(CRC32.checksum(Array("abc".utf8)), 0x3524_41C2)
        XCTAssertEqual(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
        XCTAssertEqual(CRC32.checksum([UInt8](repeating: 0, count: 32)), 0x190A_55AD)
        XCTAssertEqual(CRC32.checksum([UInt8](repeating: 0xFF, count: 32)), 0xFF6C_AB0B)
        XCTAssertEqual(CRC32.checksum(Array(0...31)), 0x91267E8A)
    }

    func testTableStartsWithTheClassicEntries() {
        XCTAssertEqual(CRC32.tables.count, 8 * 256)
        XCTAssertEqual(CRC32.tables[0], 0)
        XCTAssertEqual(CRC32.tables[1], 0x7707_3096)
        XCTAssertEqual(CRC32.tables[255], 0x2D02_EF8D)
    }

    /// Every length from 0 to 40 (so every mix of 8-byte slices and leftover bytes) agrees with a plain
    /// bit-by-bit reference.
    func testEveryLengthAgreesWithBitwiseReference() {
        var generator = SeededGenerator(seed: 1)
        let data = generator.bytes(40)
        for length in 0...data.count {
            let slice = Array(data[0..<length])
            XCTAssertEqual(CRC32.checksum(slice), bitwiseCRC(slice), "length \(length)")
        }
    }

    func testUpdatesInPiecesEqualOneUpdate() {
        let text = Array("Отчет о мероприятиях в международной сфере".utf8)
        for split in [0, 1, 7, 8, 9, text.count] {
            var crc = CRC32()
            crc.update(Array(text[0..<split]))
            crc.update(Array(text[split...]))
            XCTAssertEqual(crc.value, CRC32.checksum(text), "split at \(split)")
        }
    }

    func testMatchesTheChecksumsZipStoresForTheExamples() throws {
        for name in DocxFixtures.reportNames {
            let archive = try ZipArchive(bytes: try DocxFixtures.bytes(of: DocxFixtures.docxExample(name)), source: name)
            for entry in archive.entries {
                // contents(of:) compares CRC32.checksum with the stored CRC and throws on a mismatch.
                XCTAssertNoThrow(try archive.contents(of: entry), "\(name): \(entry.name)")
            }
        }
    }

    private func bitwiseCRC(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
