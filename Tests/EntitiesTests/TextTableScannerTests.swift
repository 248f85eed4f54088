import XCTest
@testable import Entities

/// `TextTableScanner`: cells and rows of a text report.
final class TextTableScannerTests: XCTestCase {
    private func scan(_ text: String) throws -> RawDocument {
        TextTableScanner.scan(try SourceText(bytes: Array(text.utf8), name: "t.txt"))
    }

    private func cellTexts(_ document: RawDocument) -> [[String]] {
        let cleaner = CellCleaner(text: document.text)
        return document.rows.map { $0.cells.map { cleaner.clean($0.lines).text } }
    }

    func testTitleHeadingSectionAndItemRows() throws {
        let document = try scan("Отчет\nв IV квартале 2024 года\n\n\t№\n\tA\n\tB\n\tC\n\tD\n\tE\n\n\tГород Смоленск\n\n\t1. \n\ta\n\tb\n\tc\n\td\n\te\n")
        XCTAssertEqual(document.titleLines.map(\.number), [1, 2])
        XCTAssertEqual(document.format, "text (UTF-8)")
        XCTAssertEqual(cellTexts(document), [["№", "A", "B", "C", "D", "E"], ["Город Смоленск"], ["1.", "a", "b", "c", "d", "e"]])
        XCTAssertEqual(document.rows.map(\.line), [4, 11, 13])
    }

    func testACellHoldingOnlyANumberInsideARowIsAField() throws {
        // The participants column often holds only a count; the dates column may hold only a year.
        let text = "\t1. \n\tВстреча\n\tг. Смоленск\n\t2024\n\tЦель\n\t25\n\n\t2. \n\tВторая\n\tг. Витебск\n\t2 октября 2024 года\n\tЦель\n\t3\n"
        let document = try scan(text)
        XCTAssertEqual(cellTexts(document), [["1.", "Встреча", "г. Смоленск", "2024", "Цель", "25"],
                                             ["2.", "Вторая", "г. Витебск", "2 октября 2024 года", "Цель", "3"]])
    }

    func testARowCutShortByTheNextItemNumberStaysShort() throws {
        let text = "\t1. \n\ta\n\tb\n\n\t2. \n\ta\n\tb\n\tc\n\td\n\te\n"
        XCTAssertEqual(cellTexts(try scan(text)), [["1.", "a", "b"], ["2.", "a", "b", "c", "d", "e"]])
        // Item numbers written without the dot: any number cell starts the next item.
        let bare = "\t1\n\ta\n\tb\n\n\t2\n\ta\n\tb\n\tc\n\td\n\te\n"
        XCTAssertEqual(cellTexts(try scan(bare)), [["1", "a", "b"], ["2", "a", "b", "c", "d", "e"]])
    }

    func testAReportWithACountOfParticipantsReads() throws {
        let text = "Отчет о мероприятиях в IV квартале 2024 года\n\n\t1. \n\tВстреча\n\tг. Смоленск\n\t1 октября 2024 года\n\tЦель\n\t2\n\n"
            + "\t2. \n\tВторая\n\tг. Витебск\n\t2 октября 2024 года\n\tЦель\n\t40\n"
        let report = try ReportReader.read(bytes: Array(text.utf8), source: "t.txt")
        XCTAssertEqual(report.items.map(\.number), [1, 2])
        XCTAssertEqual(report.items.map { $0[.participants].text }, ["2", "40"])
    }

    private func itemNumber(_ cell: RawCell, _ document: RawDocument) -> Int? {
        document.text.withUTF8Bytes { TextTableScanner.itemNumber(cell, $0) }
    }

    func testItemNumberCells() throws {
        for (cell, number) in [("12.", 12), ("12", 12), (" 7. ", 7), ("3.\u{00A0}", 3)] as [(String, Int?)] {
            let document = try scan("\t\(cell)\n")
            XCTAssertEqual(itemNumber(try XCTUnwrap(document.rows.first?.cells.first), document), number, cell)
        }
        for cell in ["1.2", "12 3", "№ 1", "a1", "1.a", ""] {
            let document = try scan("\t\(cell)\n")
            XCTAssertNil(itemNumber(try XCTUnwrap(document.rows.first?.cells.first), document), cell)
        }
    }
}
