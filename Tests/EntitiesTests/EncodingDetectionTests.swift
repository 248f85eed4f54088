import Foundation
import XCTest
@testable import Entities

/// How `SourceText` chooses an encoding for bytes that are not all UTF-8: UTF-8 with a few bad bytes
/// (replaced, each line named), Windows-1251 or KOI8-R when the text reads as Russian in it, UTF-16
/// without a byte-order mark, else an error naming the file.
final class EncodingDetectionTests: XCTestCase {
    static let example = ExampleReports.municipal2023Q4

    /// The example's bytes with the second byte of the first Cyrillic letter on line `line` set to 0xFF.
    private func damaged(line: Int) throws -> [UInt8] {
        var bytes = try Self.example.bytes
        var start = 0, current = 1
        while current < line, let feed = bytes[start...].firstIndex(of: 0x0A) { start = feed + 1; current += 1 }
        let lineEnd = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        let letter = try XCTUnwrap((start..<lineEnd).first { bytes[$0] == 0xD0 }, "line \(line) has a Cyrillic letter")
        bytes[letter + 1] = 0xFF
        return bytes
    }

    func testOneBadByteInUTF8IsReplacedAndItsLineNamed() throws {
        let bytes = try damaged(line: 40)
        let source = try SourceText(bytes: bytes, name: "q4.txt")
        XCTAssertEqual(source.encoding, .utf8)
        XCTAssertEqual(source.replacedLines, [40])
        XCTAssertEqual(source.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count, 2, "the lead byte and the bad byte, each replaced")
        let report = try ReportReader.read(bytes: bytes, source: "q4.txt")
        let original = try ExampleReports.read(Self.example)
        XCTAssertEqual(report.items.count, original.items.count)
        XCTAssertEqual(report.format, "text (UTF-8)")
        XCTAssertEqual(report.readingWarnings.map(\.line), [40])
        XCTAssertTrue(report.readingWarnings[0].message.contains("not UTF-8"), report.readingWarnings[0].message)
        XCTAssertEqual(Array(report.warnings.prefix(1)), report.readingWarnings, "reading warnings come first in the report's warnings")
    }

    func testAWindows1251LineInsideUTF8IsReplacedAndNamed() throws {
        let original = try ExampleReports.read(Self.example)
        var lines = original.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        lines[21] = Windows1251.encode(String(decoding: lines[21], as: UTF8.self))
        let bytes = Array(lines.joined(separator: [0x0A]))
        let source = try SourceText(bytes: bytes, name: "mixed.txt")
        XCTAssertEqual(source.encoding, .utf8)
        XCTAssertEqual(source.replacedLines, [22])
    }

    func testManyBadLinesAreCountedInOneWarning() throws {
        var text = ""
        for line in 1...30 { text += "\tстрока номер \(line) из отчета о мероприятиях \u{FFFF}\n" }
        var bytes = Array(text.utf8)
        // U+FFFF is EF BF BF; make each an ill-formed EF BF 41.
        for index in bytes.indices.dropLast(2) where bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBF {
            bytes[index + 2] = 0x41
        }
        let source = try SourceText(bytes: bytes, name: "many.txt")
        XCTAssertEqual(source.encoding, .utf8)
        XCTAssertEqual(source.replacedLineCount, 30)
        let warnings = TextTableScanner.readingWarnings(source)
        XCTAssertEqual(warnings.count, 21)
        XCTAssertEqual(warnings.last?.message.contains("10 more lines"), true, warnings.last?.message ?? "")
    }

    func testKOI8RIsDetectedAndReadsTheSameItems() throws {
        for example in ExampleReports.all {
            let original = try ExampleReports.read(example)
            let bytes = KOI8R.encode(original.text)
            let source = try SourceText(bytes: bytes, name: example.path)
            XCTAssertEqual(source.encoding, .koi8r, example.name)
            // KOI8-R lacks «», № and the dashes: they come back as "?".
            XCTAssertEqual(source.text, KOI8R.decode(KOI8R.encode(original.text)), example.name)
            let copy = try ReportReader.read(bytes: bytes, source: example.path)
            XCTAssertEqual(copy.format, "text (KOI8-R)")
            XCTAssertEqual(copy.items.map(\.number), original.items.map(\.number), example.name)
            XCTAssertEqual(copy.period, original.period, example.name)
        }
    }

    func testShortTextsGoToTheirOwnCodePage() throws {
        for text in ["Отчет", "г. Смоленск", "Администрация города Смоленска", "ВИТЕБСК и Орша"] {
            XCTAssertEqual(try SourceText(bytes: Windows1251.encode(text), name: "a.txt").encoding, .windows1251, text)
            XCTAssertEqual(try SourceText(bytes: Windows1251.encode(text), name: "a.txt").text, text)
            XCTAssertEqual(try SourceText(bytes: KOI8R.encode(text), name: "a.txt").encoding, .koi8r, text)
            XCTAssertEqual(try SourceText(bytes: KOI8R.encode(text), name: "a.txt").text, text)
        }
    }

    func testUTF16WithoutAByteOrderMarkIsRead() throws {
        let text = try ExampleReports.read(ExampleReports.regional2025Q2).text
        for littleEndian in [true, false] {
            var bytes: [UInt8] = []
            for unit in text.utf16 {
                let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
                bytes += littleEndian ? [low, high] : [high, low]
            }
            let source = try SourceText(bytes: bytes, name: "u16.txt")
            XCTAssertEqual(source.encoding, .utf16)
            XCTAssertEqual(source.text, text, littleEndian ? "LE" : "BE")
        }
    }

    func testRandomBytesAreAnErrorNamingTheFile() {
        var random = SeededGenerator(seed: 14)
        for _ in 0..<20 {
            let bytes = (0..<20_000).map { _ in UInt8.random(in: 1...255, using: &random) }
            let error = DocxFixtures.inputError { try SourceText(bytes: bytes, name: "noise.bin") }
            XCTAssertEqual(error?.file, "noise.bin")
            XCTAssertTrue(error?.message.contains("not UTF-8, Windows-1251 or KOI8-R") == true, "\(String(describing: error))")
        }
    }

    func testLatin1IsNotTakenForRussian() {
        // French in ISO 8859-1: é, è, à, ç would be й, и, а, з in Windows-1251, but inside Latin words.
        let line = "Le comité a présenté le programme de coopération à la délégation française. Reçu à Genève.\n"
        let bytes = Array(String(repeating: line, count: 40).unicodeScalars.map { UInt8($0.value) })
        let error = DocxFixtures.inputError { try SourceText(bytes: bytes, name: "fr.txt") }
        XCTAssertTrue(error?.message.contains("not UTF-8, Windows-1251 or KOI8-R") == true, "\(String(describing: error))")
    }

    func testASCIIWithAStrayByteIsUTF8WithTheLineNamed() throws {
        let bytes = Array("plain text\nsecond line ".utf8) + [0xE9] + Array(" here\nthird\n".utf8)
        let source = try SourceText(bytes: bytes, name: "a.txt")
        XCTAssertEqual(source.encoding, .utf8)
        XCTAssertEqual(source.replacedLines, [2])
        XCTAssertEqual(source.text, "plain text\nsecond line \u{FFFD} here\nthird\n")
    }
}
