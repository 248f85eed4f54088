import XCTest
@testable import Entities

/// `ReportAssembler` (with the text scanner before it) on small hand-made reports.
final class ReportAssemblerTests: XCTestCase {
    static let title = "Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления \n"
        + "муниципальных образований Смоленской области в IV квартале 2024 года\n\n"
    static let heading = "\t№\nп/п\n\tНаименование мероприятия\n\tМесто проведения\n\tСроки\n\tЦель\n\tУчастники\n\n"

    /// A report: the title, the heading row, then `body`.
    private func read(_ body: String, title: String = ReportAssemblerTests.title) throws -> Report {
        let text = title + ReportAssemblerTests.heading + body
        return try ReportAssembler.assemble(TextTableScanner.scan(SourceText(bytes: Array(text.utf8), name: "hand.txt")))
    }

    private func row(_ number: String, _ cells: [String]) -> String {
        "\t\(number) \n" + cells.map { "\t\($0)\n" }.joined() + "\n"
    }

    func testOneItemWithEveryColumn() throws {
        let report = try read("\tГород Смоленск\n\n" + row("1.", ["Выставка", "г. Смоленск", "1 октября 2024 года", "Цель", "Участники"]))
        XCTAssertEqual(report.source, "hand.txt")
        XCTAssertEqual(report.period, ReportPeriod(year: 2024, quarter: 4))
        XCTAssertEqual(report.level, .municipal)
        XCTAssertEqual(report.sections, ["Город Смоленск"])
        XCTAssertEqual(report.notes, [])
        XCTAssertEqual(report.items.count, 1)
        let item = (try report.items.at(0))
        XCTAssertEqual(item.number, 1)
        XCTAssertEqual(item.section, "Город Смоленск")
        XCTAssertEqual(item.fields.map(\.text), ["Выставка", "г. Смоленск", "1 октября 2024 года", "Цель", "Участники"])
        XCTAssertEqual(item.dates.ranges, [DateRange("2024-10-01", "2024-10-01", .day)])
        XCTAssertEqual(item.line, 14)
        XCTAssertEqual(report.warnings, [])
    }

    func testNonBreakingSpacesAndBookmarksInCells() throws {
        let report = try read(row("1.", ["[bookmark: _GoBack]Турнир\u{00A0}по волейболу", "г.\u{00A0}Смоленск",
                                         "1\u{00A0}октября 2024\u{00A0}года", "Цель", "Участники"]))
        let item = (try report.items.at(0))
        XCTAssertEqual(item[.name].text, "Турнир по волейболу")
        XCTAssertEqual(item[.place].text, "г. Смоленск")
        XCTAssertEqual(item[.dates].text, "1 октября 2024 года")
        XCTAssertEqual(item.dates.ranges, [DateRange("2024-10-01", "2024-10-01", .day)])
    }

    func testBookmarkInTheTitle() throws {
        let report = try read(row("1.", ["a", "b", "1 октября 2024 года", "d", "e"]), title: " [bookmark: _GoBack]" + ReportAssemblerTests.title)
        XCTAssertTrue(report.title.hasPrefix("Отчет о мероприятиях"), report.title)
        XCTAssertEqual(report.period, ReportPeriod(year: 2024, quarter: 4))
    }

    func testHyphenAtLineEndJoins() throws {
        let report = try read(row("1.", ["Укрепление российско-\nбелорусского сотрудничества", "г. Смоленск", "1 октября 2024 года", "Цель", "Участники"]))
        XCTAssertEqual((try report.items.at(0))[.name].text, "Укрепление российско-белорусского сотрудничества")
    }

    func testBlankLinesInsideACell() throws {
        let report = try read(row("1.", ["Выставка", "г. Смоленск,\n\nГУ «Библиотека»\n\n\n(в дистанционном формате)",
                                         "1 октября 2024 года", "Цель", "Участники"]))
        XCTAssertEqual((try report.items.at(0))[.place].text, "г. Смоленск, ГУ «Библиотека» (в дистанционном формате)")
        XCTAssertEqual((try report.items.at(0))[.dates].text, "1 октября 2024 года")
    }

    func testABlankLineBetweenCellsOfOneRow() throws {
        let body = "\t1. \n\tВыставка\n\n\n\n\tг. Смоленск\n\n\t1 октября 2024 года\n\tЦель\n\n\tУчастники\n\n"
            + "\t2. \n\tВторая\n\tг. Витебск\n\t2 октября 2024 года\n\tЦель 2\n\tУчастники 2\n"
        let report = try read(body)
        XCTAssertEqual(report.items.map(\.number), [1, 2])
        XCTAssertEqual((try report.items.at(0)).fields.map(\.text), ["Выставка", "г. Смоленск", "1 октября 2024 года", "Цель", "Участники"])
        XCTAssertEqual((try report.items.at(1)).fields.map(\.text), ["Вторая", "г. Витебск", "2 октября 2024 года", "Цель 2", "Участники 2"])
        // A cell's trailing blank lines are not part of it.
        let name = (try report.items.at(0))[.name]
        XCTAssertEqual(try Array(report.text.utf8).text(name.start, name.end), "Выставка")
    }

    func testSectionsAndANoteAfterTheLastItem() throws {
        let body = "\tГород Смоленск\n\n" + row("1.", ["a", "b", "1 октября 2024 года", "d", "e"])
            + row("2.", ["a", "b", "2 октября 2024 года", "d", "e"])
            + "\tМуниципальное образование\n«Велижский район»\n\n" + row("3.", ["a", "b", "3 октября 2024 года", "d", "e"])
            + "\tВ IV квартале состоялось 3 встречи\n"
        let report = try read(body)
        XCTAssertEqual(report.sections, ["Город Смоленск", "Муниципальное образование «Велижский район»"])
        XCTAssertEqual(report.items.map(\.section), ["Город Смоленск", "Город Смоленск", "Муниципальное образование «Велижский район»"])
        XCTAssertEqual(report.notes, ["В IV квартале состоялось 3 встречи"])
    }

    func testItemsBeforeAnySectionHaveNone() throws {
        let report = try read(row("1.", ["a", "b", "1 октября 2024 года", "d", "e"]))
        XCTAssertNil((try report.items.at(0)).section)
        XCTAssertEqual(report.sections, [])
    }

    func testNumberWithoutADot() throws {
        let report = try read(row("1", ["a", "b", "1 октября 2024 года", "d", "e"]) + row("2", ["a", "b", "1 октября 2024 года", "d", "e"]))
        XCTAssertEqual(report.items.map(\.number), [1, 2])
    }

    func testNumberingGapIsAWarning() throws {
        let report = try read(row("1.", ["a", "b", "1 октября 2024 года", "d", "e"]) + row("3.", ["a", "b", "1 октября 2024 года", "d", "e"]))
        XCTAssertEqual(report.items.map(\.number), [1, 3])
        XCTAssertEqual(report.warnings.map(\.item), [3])
        let message = try report.warnings.at(0).message
        XCTAssertTrue(message.contains("item 3 follows item 1"), message)
    }

    func testDatesOutsideTheQuarterAndMissingDatesAreWarnings() throws {
        let report = try read(row("1.", ["a", "b", "30 сентября 2024 года", "d", "e"])
            + row("2.", ["a", "b", "по согласованию", "d", "e"])
            + row("3.", ["a", "b", "", "d", "e"])
            + row("4.", ["a", "b", "14 февраля 2023 года", "d", "e"]))
        XCTAssertEqual(report.items.count, 4)
        XCTAssertEqual((try report.items.at(0)).dates.ranges, [DateRange("2024-09-30", "2024-09-30", .day)])
        XCTAssertEqual(report.warnings.map(\.item), [1, 2, 3, 4])
        let messages = report.warnings.map(\.message)
        XCTAssertEqual(messages.count, 4)
        XCTAssertTrue(try messages.at(0).contains("outside the reporting period IV квартал 2024"), "\(messages)")
        XCTAssertFalse(try messages.at(0).contains("check the year"), "a day before the quarter is not far from it")
        XCTAssertTrue(try messages.at(1).contains("no date could be read from \"по согласованию\""), "\(messages)")
        XCTAssertTrue(try messages.at(2).contains("item 3 has no dates"), "\(messages)")
        XCTAssertTrue(try messages.at(3).contains("check the year"), "\(messages)")
        XCTAssertEqual((try report.warnings.at(0)).line, (try report.items.at(0))[.dates].line)
    }

    func testAColumnWithoutAYearTakesTheReportsYear() throws {
        let report = try read(row("1.", ["a", "b", "22-25 ноября", "d", "e"]))
        XCTAssertEqual((try report.items.at(0)).dates.ranges, [DateRange("2024-11-22", "2024-11-25", .day)])
        XCTAssertEqual(report.warnings, [])
    }

    func testRegionalTitle() throws {
        let title = "Отчет о мероприятиях в международной сфере, проведенных исполнительными органами \nСмоленской области во II квартале 2025 года\n\n"
        let report = try read(row("1.", ["a", "b", "22 мая 2025 года", "d", "e"]), title: title)
        XCTAssertEqual(report.level, .regional)
        XCTAssertEqual(report.period, ReportPeriod(year: 2025, quarter: 2))
    }

    func testNoTitleAndATitleWithoutAQuarterAreWarnings() throws {
        let untitled = try read(row("1.", ["a", "b", "22 мая 2025 года", "d", "e"]), title: "")
        XCTAssertNil(untitled.period)
        XCTAssertEqual(untitled.title, "")
        XCTAssertTrue(untitled.warnings.contains { $0.message.contains("no title") })

        let noQuarter = try read(row("1.", ["a", "b", "22 мая 2025 года", "d", "e"]), title: "Отчет о мероприятиях\n\n")
        XCTAssertNil(noQuarter.period)
        XCTAssertNil(noQuarter.level)
        XCTAssertEqual(noQuarter.warnings.map(\.line), [1])
        let message = try noQuarter.warnings.at(0).message
        XCTAssertTrue(message.contains("names no quarter"), message)
    }

    func testAnItemRowCutShortByTheNextNumberIsAnError() {
        let body = row("1.", ["a", "b", "1 октября 2024 года", "d", "e"]) + row("2.", ["a", "b", "1 октября 2024 года"])
            + row("3.", ["a", "b", "1 октября 2024 года", "d", "e"])
        XCTAssertThrowsError(try read(body)) { error in
            let inputError = error as? InputError
            XCTAssertEqual(inputError?.file, "hand.txt")
            XCTAssertEqual(inputError?.line, 19)
            XCTAssertTrue(inputError?.message.contains("item 2 has 4 of its 6 cells") == true, "\(error)")
        }
    }

    func testANumberAloneAfterTheLastItemIsAnError() {
        XCTAssertThrowsError(try read(row("1.", ["a", "b", "1 октября 2024 года", "d", "e"]) + "\t2.\n")) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("item 2 has 1 of its 6 cells") == true, "\(error)")
        }
    }
}

/// Tables split or followed by other rows, as Word documents have them.
final class ReportAssemblerContinuationTests: XCTestCase {
    /// Each line of `text` as a raw line of its own (a Word paragraph).
    private static func lines(of text: String) -> [RawLine] {
        var offset = 0
        var lines: [RawLine] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append(RawLine(start: offset, end: offset + line.utf8.count, number: index + 1))
            offset += line.utf8.count + 1
        }
        return lines
    }

    func testARepeatedHeadingAndUnnumberedRowsAreNotItems() throws {
        let text = "Отчет в I квартале 2025 года\n№ п/п\nНаименование\nМесто\nСроки\nЦель\nУчастники\n1.\nВстреча\nг. Смоленск\n1 марта 2025 года\nЦель\nУчастники\nГлава города\n\n\n\n\nподпись\n"
        let lines = Self.lines(of: text)
        func cells(_ range: Range<Int>) -> [RawCell] { range.map { RawCell(lines: [lines[$0]]) } }
        let heading = RawRow(cells: cells(1..<7))
        let document = RawDocument(text: text, source: "split.docx", format: "docx", titleLines: [lines[0]],
                                   rows: [heading, RawRow(cells: cells(7..<13)), heading, RawRow(cells: cells(13..<19))])
        let report = try ReportAssembler.assemble(document)
        XCTAssertEqual(report.items.map(\.number), [1])
        XCTAssertEqual(report.notes, ["Глава города подпись"])
        XCTAssertTrue(report.warnings.contains { $0.message.contains("has no item number") })
    }

    func testPastAThousandUnnumberedRowsTheRestAreCountedNotKept() throws {
        let rowCount = WarningList.defaultLimit + 5
        var text = "Отчет в I квартале 2025 года\n1.\nВстреча\nг. Смоленск\n1 марта 2025 года\nЦель\nУчастники\n"
        for index in 0..<rowCount { text += "Глава\nгорода \(index)\n" }
        let lines = Self.lines(of: text)
        func cells(_ range: Range<Int>) -> [RawCell] { range.map { RawCell(lines: [lines[$0]]) } }
        let rows = [RawRow(cells: cells(1..<7))] + (0..<rowCount).map { RawRow(cells: cells(7 + 2 * $0..<9 + 2 * $0)) }
        let report = try ReportAssembler.assemble(RawDocument(text: text, source: "long.docx", format: "docx",
                                                              titleLines: [lines[0]], rows: rows))
        XCTAssertEqual(report.items.map(\.number), [1])
        XCTAssertEqual(report.notes.count, WarningList.defaultLimit)
        XCTAssertEqual(report.notes.first, "Глава города 0")
        XCTAssertEqual(report.warnings.count, WarningList.defaultLimit + 1)
        XCTAssertEqual(report.warnings.last?.message, "5 more warnings are not listed (the first 1000 are)")
    }
}

/// Rows of one cell past a thousand: counted, not kept; the items still take the right section.
final class ReportAssemblerLimitTests: XCTestCase {
    private func read(_ body: String) throws -> Report {
        let text = ReportAssemblerTests.title + ReportAssemblerTests.heading + body
        return try ReportAssembler.assemble(TextTableScanner.scan(SourceText(bytes: Array(text.utf8), name: "rows.txt")))
    }

    private let item = "\t1.\n\tВстреча\n\tг. Смоленск\n\t1 октября 2024 года\n\tЦель\n\tУчастники\n"

    func testSectionRowsPastTheLimit() throws {
        let rows = (0..<WarningList.defaultLimit + 5).map { "\tРаздел \($0)\n" }.joined()
        let report = try read(rows + item)
        XCTAssertEqual(report.sections.count, WarningList.defaultLimit)
        XCTAssertEqual(report.sections.last, "Раздел 999")
        XCTAssertEqual(try report.items.at(0).section, "Раздел 1004", "the row just before the item is its section")
        XCTAssertTrue(report.warnings.contains { $0.message == "5 more rows of one cell (sections) are not listed: a report has fewer than 1000" })
    }

    func testNoteRowsPastTheLimit() throws {
        let rows = (0..<WarningList.defaultLimit + 7).map { "\tПримечание \($0)\n" }.joined()
        let report = try read("\tРаздел\n" + item + rows)
        XCTAssertEqual(report.sections, ["Раздел"])
        XCTAssertEqual(report.notes.count, WarningList.defaultLimit)
        XCTAssertEqual(report.notes.first, "Примечание 0")
        XCTAssertTrue(report.warnings.contains { $0.message == "7 more rows of one cell after the last item are not kept as notes" })
    }
}
