import Foundation
import XCTest
@testable import Entities

/// Inputs `ReportReader` must refuse, each with an `InputError` that names the file and says what is wrong.
final class ReportReaderErrorTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    struct Case {
        let name: String
        /// Makes the input in the folder and returns its path.
        let make: (URL) throws -> String
        /// What the description must say, besides the path.
        let expected: [String]
        var line: Int? = nil
    }

    private static func file(_ name: String, _ bytes: [UInt8]) -> (URL) throws -> String {
        { folder in
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
    }

    /// Bytes that look random, with NULs among them, from a fixed seed.
    private static func binaryBytes(count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes = (0..<count).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        bytes[0] = 0x00
        bytes[100] = 0x00
        return bytes
    }

    private static let title = "Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления в IV квартале 2023 года\n\n"

    /// The 2025-q1 report cut in the middle of item 28's goal cell.
    private static func truncatedReport() throws -> (bytes: [UInt8], item: ReportItem) {
        let report = try ExampleReports.read(ExampleReports.municipal2025Q1)
        let item = try report.item(28)
        let bytes = Array(report.text.utf8)
        let goal = item[.goal]
        let cut = try XCTUnwrap((goal.start..<goal.end).first { bytes[$0] == 0x20 && $0 > goal.start + 10 })
        return (Array(bytes[..<cut]), item)
    }

    private func cases() throws -> [Case] {
        let truncated = try Self.truncatedReport()
        return [
            Case(name: "empty file", make: Self.file("empty.txt", []), expected: ["the file is empty"]),
            Case(name: "only white space", make: Self.file("blank.txt", Array(" \n\t\n\r\n\u{00A0}  \n".utf8)),
                 expected: ["only white space"]),
            Case(name: "binary", make: Self.file("random.bin", Self.binaryBytes(count: 4096)),
                 expected: ["binary file", "NUL"]),
            Case(name: "no table", make: Self.file("letter.txt", Array((Self.title + "Уважаемые коллеги!\nОтчет прилагается.\n").utf8)),
                 expected: ["no numbered rows found", "not a report table"]),
            Case(name: "heading row only",
                 make: Self.file("heading.txt", Array((Self.title + "\t№\nп/п\n\tНаименование\n\tМесто\n\tСроки\n\tЦель\n\tУчастники\n\n\tГород Смоленск\n").utf8)),
                 expected: ["no numbered rows found"]),
            Case(name: "truncated table", make: Self.file("truncated.txt", truncated.bytes),
                 expected: ["item 28 has 5 of its 6 cells", "cut short"], line: truncated.item.line),
            Case(name: "directory", make: { folder in
                let url = folder.appendingPathComponent("reports")
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                return url.path
            }, expected: ["this is a folder, not a file"]),
            Case(name: "missing file", make: { $0.appendingPathComponent("missing.txt").path }, expected: ["no such file"]),
        ]
    }

    func testBadInputsAreInputErrorsNamingTheFile() throws {
        let all = try cases()
        XCTAssertEqual(all.count, 8)
        for testCase in all {
            let path = try testCase.make(folder)
            XCTAssertThrowsError(try ReportReader.read(path: path), testCase.name) { error in
                guard let inputError = error as? InputError else {
                    return XCTFail("\(testCase.name): \(type(of: error)) is not an InputError: \(error)")
                }
                let description = inputError.description
                XCTAssertEqual(inputError.file, path, testCase.name)
                XCTAssertTrue(description.hasPrefix(path), "\(testCase.name): \(description)")
                for phrase in testCase.expected {
                    XCTAssertTrue(description.contains(phrase), "\(testCase.name): «\(phrase)» not in «\(description)»")
                }
                XCTAssertEqual(inputError.line, testCase.line, testCase.name)
                if let line = testCase.line {
                    XCTAssertTrue(description.hasPrefix("\(path):\(line): "), "\(testCase.name): \(description)")
                }
                XCTAssertFalse(description.contains("\n"), "\(testCase.name): one line")
            }
        }
    }

    func testTheTruncatedReportNamesItsItemAndLine() throws {
        let truncated = try Self.truncatedReport()
        XCTAssertEqual(truncated.item.line, 337)
        XCTAssertThrowsError(try ReportReader.read(bytes: truncated.bytes, source: "q1.txt")) { error in
            XCTAssertEqual((error as? InputError)?.description,
                           "q1.txt:337: item 28 has 5 of its 6 cells: the table is cut short or cells are missing "
                           + "(check that the file is complete and every row has 6 cells)")
        }
    }

    func testTruncatingAnywhereBeforeTheLastCellIsAnError() throws {
        // Cut the regional report at the start of every cell of its last item but the participants cell.
        let report = try ExampleReports.read(ExampleReports.regional2025Q2)
        let bytes = Array(report.text.utf8)
        let last = try report.item(81)
        for field in [ItemField.name, .place, .dates, .goal] {
            let cut = Array(bytes[..<last[field].start])
            XCTAssertThrowsError(try ReportReader.read(bytes: cut, source: "q2.txt"), field.key) { error in
                let description = (error as? InputError)?.description ?? "\(error)"
                XCTAssertTrue(description.hasPrefix("q2.txt:\(last.line): item 81 has "), description)
            }
        }
    }

    func testStandardInputNameIsKept() {
        XCTAssertThrowsError(try ReportReader.read(bytes: [], source: "-")) { error in
            XCTAssertEqual((error as? InputError)?.description, "-: the file is empty (give a report as .txt or .docx)")
        }
    }
}
