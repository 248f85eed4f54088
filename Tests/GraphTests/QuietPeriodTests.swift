import XCTest
@testable import Entities
@testable import Graph

/// `QuietPeriod`: `12m`, `18m`, `2y`, `4q`, `90d`, and the day that lies that long before another.
final class QuietPeriodTests: XCTestCase {
    func testParsing() {
        XCTAssertEqual(QuietPeriod("12m").map { [$0.months, $0.days] }, [12, 0])
        XCTAssertEqual(QuietPeriod("18m").map { [$0.months, $0.days] }, [18, 0])
        XCTAssertEqual(QuietPeriod("2y").map { [$0.months, $0.days] }, [24, 0])
        XCTAssertEqual(QuietPeriod("4q").map { [$0.months, $0.days] }, [12, 0])
        XCTAssertEqual(QuietPeriod("90d").map { [$0.months, $0.days] }, [0, 90])
        XCTAssertEqual(QuietPeriod("0d").map { [$0.months, $0.days] }, [0, 0])
        XCTAssertEqual(QuietPeriod("10000d").map { [$0.months, $0.days] }, [0, 10_000])
        XCTAssertEqual(QuietPeriod("12m"), QuietPeriod("1y"))
    }

    func testRefused() {
        for text in ["", "m", "12", "12w", "12M", "-1m", "1.5y", "10001d", " 12m", "12m ", "12 m", "m12", "двенадцать", "12мес"] {
            XCTAssertNil(QuietPeriod(text), "'\(text)'")
        }
    }

    func testBefore() throws {
        let day = try XCTUnwrap(CalendarDate(iso: "2025-06-30"))
        XCTAssertEqual(QuietPeriod("12m")?.before(day).iso, "2024-06-30")
        XCTAssertEqual(QuietPeriod("4q")?.before(day).iso, "2024-06-30")
        XCTAssertEqual(QuietPeriod("18m")?.before(day).iso, "2023-12-30")
        XCTAssertEqual(QuietPeriod("90d")?.before(day).iso, "2025-04-01")
        XCTAssertEqual(QuietPeriod("0d")?.before(day).iso, "2025-06-30")
        // A month's last day clamps.
        XCTAssertEqual(QuietPeriod("1m")?.before(try XCTUnwrap(CalendarDate(iso: "2024-03-31"))).iso, "2024-02-29")
        XCTAssertEqual(QuietPeriod("1y")?.before(try XCTUnwrap(CalendarDate(iso: "2024-02-29"))).iso, "2023-02-28")
        XCTAssertEqual(QuietPeriod("1m")?.before(try XCTUnwrap(CalendarDate(iso: "2025-01-15"))).iso, "2024-12-15")
    }
}
