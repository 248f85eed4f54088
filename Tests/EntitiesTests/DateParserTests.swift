import XCTest
@testable import Entities

/// `DateParser` on every shape of dates column the reports use, one test per shape.
final class DateParserTests: XCTestCase {
    private func assertParses(_ text: String, defaultYear: Int? = nil, _ expected: [DateRange],
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(DateParser.parse(text, defaultYear: defaultYear), expected, "«\(text)»", file: file, line: line)
    }

    func testDayRangeInOneMonth() {
        assertParses("22-25 мая 2025 года", [DateRange("2025-05-22", "2025-05-25", .day)])
    }

    func testSingleDay() {
        assertParses("25 сентября 2023 года", [DateRange("2023-09-25", "2023-09-25", .day)])
    }

    func testDayRangeAcrossMonthsWithEnDash() {
        assertParses("30 сентября – 1 октября 2024 года", [DateRange("2024-09-30", "2024-10-01", .day)])
    }

    func testMonthRangeAcrossYearsThenADay() {
        assertParses("сентябрь 2024 года – январь 2025 года, 22 марта 2025 года", [
            DateRange("2024-09-01", "2025-01-31", .month),
            DateRange("2025-03-22", "2025-03-22", .day),
        ])
    }

    func testTwoDaysJoinedByAnd() {
        assertParses("27 и 29 октября 2023 года", [
            DateRange("2023-10-27", "2023-10-27", .day),
            DateRange("2023-10-29", "2023-10-29", .day),
        ])
    }

    func testYearWithoutTheWordGoda() {
        assertParses("18 февраля 2025", [DateRange("2025-02-18", "2025-02-18", .day)])
    }

    func testLongDayRangeAcrossMonths() {
        assertParses("10 сентября – 10 ноября 2024 года", [DateRange("2024-09-10", "2024-11-10", .day)])
    }

    func testMonthRangeWithDashAttachedToTheSecondMonth() {
        assertParses("ноябрь –декабрь 2024 года", [DateRange("2024-11-01", "2024-12-31", .month)])
    }

    func testHyphenAttachedToTheFirstDate() {
        assertParses("26 мая- 16 июня 2023 года", [DateRange("2023-05-26", "2023-06-16", .day)])
    }

    func testDateBrokenOverLinesAsTheCleanedFieldGivesIt() {
        assertParses("28-29 сентября 2023 года", [DateRange("2023-09-28", "2023-09-29", .day)])
    }

    func testDateBrokenOverLinesRaw() {
        assertParses("28-29\nсентября \n2023 года", [DateRange("2023-09-28", "2023-09-29", .day)])
        assertParses("30 сентября –\r\n1 октября 2024 года", [DateRange("2024-09-30", "2024-10-01", .day)])
        assertParses("18 февраля\n2025", [DateRange("2025-02-18", "2025-02-18", .day)])
    }

    func testMonthRangeWithHyphen() {
        assertParses("май-июнь 2025 года", [DateRange("2025-05-01", "2025-06-30", .month)])
    }

    func testSingleMonth() {
        assertParses("февраль 2024 года", [DateRange("2024-02-01", "2024-02-29", .month)])
        assertParses("сентябрь 2024 года", [DateRange("2024-09-01", "2024-09-30", .month)])
    }

    func testParentheticalIsNotUsedWhenThereAreDatesOutside() {
        assertParses("3-9 мая 2025 года (на территории Смоленской области – 5 мая 2025 года)",
                     [DateRange("2025-05-03", "2025-05-09", .day)])
    }

    func testParentheticalIsUsedWhenThereAreNoDatesOutside() {
        assertParses("в течение квартала (5 мая 2025 года)", [DateRange("2025-05-05", "2025-05-05", .day)])
    }

    func testFromTo() {
        assertParses("с 19 по 26 марта 2025 года", [DateRange("2025-03-19", "2025-03-26", .day)])
    }

    func testNumericDate() {
        assertParses("20.02.2017", [DateRange("2017-02-20", "2017-02-20", .day)])
        assertParses("20.02.2017 – 22.02.2017", [DateRange("2017-02-20", "2017-02-22", .day)])
    }

    func testMonthRangeStartingInThePreviousYear() {
        assertParses("декабрь – январь 2025", [DateRange("2024-12-01", "2025-01-31", .month)])
        assertParses("30 декабря – 2 января 2025 года", [DateRange("2024-12-30", "2025-01-02", .day)])
    }

    func testColumnWithoutAYearTakesTheDefaultYear() {
        assertParses("22-25 мая", defaultYear: 2025, [DateRange("2025-05-22", "2025-05-25", .day)])
        assertParses("март", defaultYear: 2025, [DateRange("2025-03-01", "2025-03-31", .month)])
        // A year in the text wins over the default.
        assertParses("22-25 мая 2024 года", defaultYear: 2025, [DateRange("2024-05-22", "2024-05-25", .day)])
    }

    func testColumnWithoutAYearAndNoDefaultGivesNothing() {
        assertParses("22-25 мая", [])
    }

    func testInvalidDatesGiveNothing() {
        assertParses("31 июня 2025 года", [])
        assertParses("29 февраля 2025 года", [])
        assertParses("30.02.2025", [])
        assertParses("25-22 мая 2025 года", [])
        // A real leap day is fine.
        assertParses("29 февраля 2024 года", [DateRange("2024-02-29", "2024-02-29", .day)])
    }

    func testEmptyAndGarbageGiveNothing() {
        for text in ["", " ", "\n\n", "—", "по согласованию", "в течение года", "2025 года", "12345678", "(((", "))–(("] {
            assertParses(text, [])
        }
    }

    func testMonthNamesInEveryCase() {
        let forms = [(1, "январе"), (2, "феврале"), (3, "марте"), (4, "апреле"), (5, "мае"), (6, "июне"),
                     (7, "июле"), (8, "августе"), (9, "сентябре"), (10, "октябре"), (11, "ноябре"), (12, "декабре")]
        for (month, word) in forms {
            let last = CalendarDate.daysIn(month: month, year: 2025)
            assertParses("в \(word) 2025 года", [DateRange(start: CalendarDate(year: 2025, month: month, day: 1),
                                                          end: CalendarDate(year: 2025, month: month, day: last), precision: .month)])
        }
        assertParses("1 ЯНВАРЯ 2025 ГОДА", [DateRange("2025-01-01", "2025-01-01", .day)])
        assertParses("1 июля 2025 г.", [DateRange("2025-07-01", "2025-07-01", .day)])
    }

    /// From no date at all to many: 1, 2, 3 … n days of one month, listed with commas and a final "и".
    func testFromEmptyToManyDays() {
        assertParses("", [])
        for count in 1...31 {
            let days = (1...count).map(String.init)
            let list = count == 1 ? days[0] : days.dropLast().joined(separator: ", ") + " и " + days[count - 1]
            let text = "\(list) марта 2025 года"
            let expected = (1...count).map { day in
                DateRange(start: CalendarDate(year: 2025, month: 3, day: day), end: CalendarDate(year: 2025, month: 3, day: day), precision: .day)
            }
            assertParses(text, expected)
        }
    }

    /// Many ranges in one column, each with its own month and year, separated by commas.
    func testManyRangesInOneColumn() {
        var parts: [String] = []
        var expected: [DateRange] = []
        for month in 1...12 {
            let name = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"][month - 1]
            parts.append("10-12 \(name) 2025 года")
            expected.append(DateRange(start: CalendarDate(year: 2025, month: month, day: 10),
                                      end: CalendarDate(year: 2025, month: month, day: 12), precision: .day))
            assertParses(parts.joined(separator: ", "), expected)
        }
    }
}
