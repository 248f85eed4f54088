import Foundation
import XCTest
@testable import Entities

/// `SourceText`: encodings and line ends. Each example report, re-encoded, must read to the same items.
final class SourceTextTests: XCTestCase {
    // MARK: detection

    func testUTF8WithoutBOM() throws {
        let source = try SourceText(bytes: Array("Отчет\tг. Смоленск".utf8), name: "a.txt")
        XCTAssertEqual(source.encoding, .utf8)
        XCTAssertEqual(source.text, "Отчет\tг. Смоленск")
        XCTAssertEqual(source.name, "a.txt")
    }

    func testUTF8WithBOMDropsTheBOM() throws {
        let source = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("Отчет".utf8), name: "a.txt")
        XCTAssertEqual(source.encoding, .utf8)
        XCTAssertEqual(source.text, "Отчет")
        XCTAssertEqual(source.text.unicodeScalars.first, "О")
    }

    func testWindows1251IsDetectedWhenTheBytesAreNotUTF8() throws {
        let source = try SourceText(bytes: Windows1251.encode("Отчет № 1 «г. Смоленск» – ё"), name: "a.txt")
        XCTAssertEqual(source.encoding, .windows1251)
        XCTAssertEqual(source.text, "Отчет № 1 «г. Смоленск» – ё")
    }

    func testPlainASCIIIsUTF8() throws {
        XCTAssertEqual(try SourceText(bytes: Array("plain text".utf8), name: "a.txt").encoding, .utf8)
    }

    func testUTF16WithBOM() throws {
        for (name, bytes) in [("LE", utf16(littleEndian: true, "Отчет\n\tг. Смоленск")),
                              ("BE", utf16(littleEndian: false, "Отчет\n\tг. Смоленск"))] {
            let source = try SourceText(bytes: bytes, name: "a.txt")
            XCTAssertEqual(source.encoding, .utf16, name)
            XCTAssertEqual(source.text, "Отчет\n\tг. Смоленск", name)
        }
    }

    func testNULBytesAreAnError() {
        for bytes: [UInt8] in [Array("Отчет".utf8) + [0] + Array("x".utf8), [0, 0, 0, 0], Windows1251.encode("Отчет") + [0, 0xFF]] {
            XCTAssertThrowsError(try SourceText(bytes: bytes, name: "bin.dat")) { error in
                let inputError = error as? InputError
                XCTAssertEqual(inputError?.file, "bin.dat")
                XCTAssertTrue(inputError?.description.contains("binary") == true, "\(error)")
                XCTAssertTrue(inputError?.description.contains("NUL") == true, "\(error)")
            }
        }
    }

    // MARK: the examples, re-encoded

    func testUTF8WithBOMReadsTheSameItems() throws {
        for example in ExampleReports.all {
            let original = try ExampleReports.read(example)
            let copy = try ReportReader.read(bytes: [0xEF, 0xBB, 0xBF] + example.bytes, source: example.path)
            XCTAssertEqual(copy.format, "text (UTF-8)")
            XCTAssertEqual(copy.title, original.title)
            assertSameItems(copy, original, example.name)
        }
    }

    func testWindows1251CopiesReadTheSameItems() throws {
        var changedFields: [String] = []
        for example in ExampleReports.all {
            let original = try ExampleReports.read(example)
            let bytes = Windows1251.encode(original.text)
            XCTAssertNil(String(validatingUTF8Bytes: bytes), "\(example.name): the copy must not be valid UTF-8")
            let copy = try ReportReader.read(bytes: bytes, source: example.path)
            XCTAssertEqual(copy.format, "text (Windows-1251)", example.name)
            XCTAssertEqual(copy.title, original.title, example.name)
            XCTAssertEqual(copy.period, original.period, example.name)
            XCTAssertEqual(copy.level, original.level, example.name)
            // Characters Windows-1251 lacks become "?" in the copy; everything else is the same.
            let roundTrip = { (text: String) in Windows1251.decode(Windows1251.encode(text)) }
            assertSameItems(copy, original, example.name, fieldText: roundTrip)
            for item in original.items {
                for field in item.fields where roundTrip(field.text) != field.text {
                    changedFields.append("\(example.name) \(item.number)")
                }
            }
        }
        // Only one cell of the examples has a character outside Windows-1251 (U+2212 MINUS SIGN, as a bullet).
        XCTAssertEqual(changedFields, ["smolensk-municipal-2024-q4 48"])
    }

    func testCRLFLineEndsReadTheSame() throws {
        for example in ExampleReports.all {
            let original = try ExampleReports.read(example)
            let text = original.text.replacingOccurrences(of: "\n", with: "\r\n")
            XCTAssertTrue(text.utf8.contains(0x0D))
            let copy = try ReportReader.read(bytes: Array(text.utf8), source: example.path)
            XCTAssertEqual(copy.title, original.title, example.name)
            assertSameItems(copy, original, example.name)
            XCTAssertEqual(copy.items.map(\.line), original.items.map(\.line), example.name)
            XCTAssertEqual(copy.warnings, original.warnings, example.name)
        }
    }

    func testUTF16WithBOMReadsTheSameItems() throws {
        for example in [ExampleReports.municipal2023Q4, ExampleReports.regional2025Q2] {
            let original = try ExampleReports.read(example)
            for littleEndian in [true, false] {
                let copy = try ReportReader.read(bytes: utf16(littleEndian: littleEndian, original.text), source: example.path)
                XCTAssertEqual(copy.format, "text (UTF-16)")
                XCTAssertEqual(copy.title, original.title)
                assertSameItems(copy, original, "\(example.name) UTF-16 \(littleEndian ? "LE" : "BE")")
            }
        }
    }

    // MARK: helpers

    private func utf16(littleEndian: Bool, _ text: String) -> [UInt8] {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return bytes
    }

    /// Same numbers, sections, notes, field texts and dates.
    private func assertSameItems(_ copy: Report, _ original: Report, _ context: String,
                                 fieldText: (String) -> String = { $0 }, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(copy.items.map(\.number), original.items.map(\.number), context, file: file, line: line)
        XCTAssertEqual(copy.sections, original.sections.map(fieldText), context, file: file, line: line)
        XCTAssertEqual(copy.notes, original.notes.map(fieldText), context, file: file, line: line)
        XCTAssertEqual(copy.items.map(\.section), original.items.map { $0.section.map(fieldText) }, context, file: file, line: line)
        for (a, b) in zip(copy.items, original.items) {
            for field in ItemField.allCases {
                XCTAssertEqual(a[field].text, fieldText(b[field].text), "\(context) item \(b.number) \(field.key)", file: file, line: line)
            }
            XCTAssertEqual(a.dates, b.dates, "\(context) item \(b.number) dates", file: file, line: line)
        }
    }
}
