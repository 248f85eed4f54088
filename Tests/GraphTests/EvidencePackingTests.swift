import XCTest
@testable import Entities
@testable import Graph

/// `Evidence` keeps its dates, period and item number packed: what is set is what is read.
final class EvidencePackingTests: XCTestCase {
    private func evidence(item: Int = 1, first: CalendarDate?, last: CalendarDate?, document: CalendarDate?,
                          period: ReportPeriod?) -> Evidence {
        Evidence(source: "r.txt", item: item, dates: "1 мая", relation: .agreement, quote: "соглашение",
                 first: first, last: last, documentDate: document, period: period, level: .regional)
    }

    func testNothingStaysNothing() {
        let piece = evidence(first: nil, last: nil, document: nil, period: nil)
        XCTAssertNil(piece.first)
        XCTAssertNil(piece.last)
        XCTAssertNil(piece.documentDate)
        XCTAssertNil(piece.period)
    }

    func testDatesPeriodsAndNumbersRoundTrip() {
        let dates = [CalendarDate(year: 1, month: 1, day: 1), CalendarDate(year: 2025, month: 2, day: 28),
                     CalendarDate(year: 2024, month: 12, day: 31), CalendarDate(year: 9999, month: 12, day: 31)]
        for date in dates {
            for quarter in 1...4 {
                let period = ReportPeriod(year: date.year, quarter: quarter)
                let piece = evidence(item: 99_999, first: date, last: date, document: date, period: period)
                XCTAssertEqual(piece.first, date)
                XCTAssertEqual(piece.last, date)
                XCTAssertEqual(piece.documentDate, date)
                XCTAssertEqual(piece.period, period)
                XCTAssertEqual(piece.item, 99_999)
            }
        }
    }

    func testSettingAPropertyChangesOnlyIt() {
        var piece = evidence(first: CalendarDate(year: 2025, month: 5, day: 1), last: nil, document: nil, period: nil)
        let before = piece
        piece.last = CalendarDate(year: 2025, month: 5, day: 3)
        XCTAssertNotEqual(piece, before)
        XCTAssertEqual(piece.first, before.first)
        piece.last = nil
        XCTAssertEqual(piece, before)
    }
}
