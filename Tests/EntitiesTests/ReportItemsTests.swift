import XCTest
@testable import Entities

/// `ReportItems`, `ReportJSON.Writer` and `ItemTable.write`: items read from where they stand in the
/// text are the items; output written in pieces is the output written whole.
final class ReportItemsTests: XCTestCase {
    private func examples() throws -> [Report] {
        try ExampleReports.all.map { try ReportReader.read(path: $0.path) }
    }

    func testItemsReadFromTheTextEqualTheSameItemsListed() throws {
        for report in try examples() {
            let listed = ReportItems(Array(report.items))
            XCTAssertGreaterThan(listed.count, 30)
            var copy = report
            copy.items = listed
            XCTAssertEqual(ReportJSON.utf8(copy, indent: 2, level: 0), ReportJSON.utf8(report, indent: 2, level: 0), report.source)
            XCTAssertEqual(report.items.last?.number, report.items.count, report.source)
        }
    }

    func testAnEmptyListAndALiteral() {
        XCTAssertTrue(ReportItems([]).isEmpty)
        let items: ReportItems = []
        XCTAssertEqual(items.count, 0)
    }

    func testJSONWrittenInPiecesIsTheJSONWrittenWhole() throws {
        for report in try examples() {
            var writer = ReportJSON.Writer(report, indent: 2, level: 2, pieceBytes: 4096)
            var pieces: [[UInt8]] = []
            for item in report.items { if let piece = writer.add(item) { pieces.append(piece) } }
            pieces.append(writer.finish())
            XCTAssertGreaterThan(pieces.count, 3, report.source)
            XCTAssertTrue(pieces.dropLast().allSatisfy { $0.count >= 4096 }, report.source)
            XCTAssertEqual(Array(pieces.joined()), ReportJSON.utf8(report, indent: 2, level: 2), report.source)
        }
    }

    func testTheTableWrittenInPiecesIsTheTableWrittenWhole() throws {
        let row = "\t%d.\n\tВстреча\n\tг. Смоленск\n\t1 октября 2024 года\n\tЦель\n\tУчастники\n"
        let body = (1...400).map { String(format: row, $0) }.joined()
        let text = ReportAssemblerTests.title + ReportAssemblerTests.heading + body
        let report = try ReportReader.read(bytes: Array(text.utf8), source: "many.txt")
        var pieces: [String] = []
        ItemTable.write(report) { pieces.append($0) }
        XCTAssertGreaterThan(pieces.count, 1)
        XCTAssertEqual(pieces.joined(), ItemTable.render(report))
        XCTAssertTrue(ItemTable.render(report).hasSuffix("   participants: Участники\n"))
    }
}
