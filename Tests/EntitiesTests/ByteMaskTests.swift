import XCTest
@testable import Entities

/// `ByteMask` and `CellCleaner.eightBytesStay` against byte-at-a-time answers.
final class ByteMaskTests: XCTestCase {
    private func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    private func mask(_ bytes: [UInt8], _ test: (UInt8) -> Bool) -> UInt64 {
        word(bytes.map { test($0) ? 0x80 : 0 })
    }

    func testMasksMatchEachByte() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x0E, 0x20, 0x21, 0x2E, 0x5B, 0x7F, 0x80, 0xA0, 0xC2, 0xD0, 0xFF]
        for _ in 0..<5_000 {
            let bytes = (0..<8).map { _ in Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator) }
            XCTAssertEqual(ByteMask.equal(word(bytes), 0x20), mask(bytes) { $0 == 0x20 }, "\(bytes)")
            XCTAssertEqual(ByteMask.zero(word(bytes)), mask(bytes) { $0 == 0 }, "\(bytes)")
            XCTAssertEqual(ByteMask.less(word(bytes), 0x0E), mask(bytes) { $0 < 0x0E }, "\(bytes)")
        }
    }

    func testEightBytesStayAsTheByteLoopFinds() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x20, 0x20, 0x41, 0xD0, 0xB0, 0x09, 0x0D, 0xC2, 0xA0, 0x5B, 0x2D]
        for _ in 0..<20_000 {
            let bytes = (0..<9).map { _ in alphabet.randomElement(using: &generator)! }
            for atRunStart in [true, false] {
                // The byte loop of `CellCleaner.clean` over the first eight bytes (the ninth follows them).
                var index = 0, stays = true
                while index < 8 {
                    if !CellCleaner.mayNeedCleaning(bytes[index]) {
                        index += 1
                    } else if bytes[index] == 0x20, index > 0 || !atRunStart, !CellCleaner.mayNeedCleaning(bytes[index + 1]), index + 1 < 8 {
                        index += 2
                    } else {
                        stays = false
                        break
                    }
                }
                XCTAssertEqual(CellCleaner.eightBytesStay(word(Array(bytes[..<8])), atRunStart: atRunStart), stays, "\(bytes) \(atRunStart)")
            }
        }
    }
}
