import XCTest
@testable import Entities
@testable import Graph

/// `ReportCoverage`: which quarters the inputs cover, and at which level.
final class ReportCoverageTests: XCTestCase {
    private func report(_ period: ReportPeriod?, _ level: ReportLevel?) -> Report {
        Report(source: "r.txt", format: "text", title: "", period: period, level: level, sections: [], notes: [], items: [], warnings: [], text: "")
    }

    private let q4 = ReportPeriod(year: 2023, quarter: 4), q1 = ReportPeriod(year: 2024, quarter: 1), q2 = ReportPeriod(year: 2025, quarter: 2)

    func testNoReportsCoverNothing() {
        let coverage = ReportCoverage(reports: [])
        XCTAssertNil(coverage.latest)
        XCTAssertEqual(coverage.summary, "")
        XCTAssertEqual(coverage.periods(at: Set(ReportLevel.allCases)), [])
        XCTAssertEqual(coverage.periods, [:])
    }

    func testPeriodsPerLevel() {
        let coverage = ReportCoverage(reports: [report(q4, .municipal), report(q1, .municipal), report(q2, .regional), report(q1, .municipal)])
        XCTAssertEqual(coverage.periods, [.municipal: [q4, q1], .regional: [q2]])
        XCTAssertEqual(coverage.periods(at: [.municipal]), [q4, q1])
        XCTAssertEqual(coverage.periods(at: [.regional]), [q2])
        XCTAssertEqual(coverage.periods(at: [.municipal, .regional]), [q4, q1, q2])
        XCTAssertEqual(coverage.periods(at: []), [])
        XCTAssertEqual(coverage.latest, q2)
        XCTAssertEqual(coverage.summary, "municipal: 2023-Q4, 2024-Q1; regional: 2025-Q2")
    }

    func testAReportWithoutALevelCountsForEveryLevel() {
        let coverage = ReportCoverage(reports: [report(q1, nil), report(q4, .regional)])
        XCTAssertEqual(coverage.periods(at: [.municipal]), [q1])
        XCTAssertEqual(coverage.periods(at: [.regional]), [q4, q1])
        XCTAssertEqual(coverage.summary, "municipal: 2024-Q1; regional: 2023-Q4, 2024-Q1")
    }

    func testAReportWithoutAPeriodCoversNothing() {
        let coverage = ReportCoverage(reports: [report(nil, .municipal), report(nil, nil)])
        XCTAssertEqual(coverage.periods, [:])
        XCTAssertNil(coverage.latest)
    }

    func testTheExamples() throws {
        let coverage = ReportCoverage(reports: try Fixtures.examples().map(\.report))
        XCTAssertEqual(coverage.summary, "municipal: 2023-Q4, 2024-Q4, 2025-Q1; regional: 2025-Q2")
        XCTAssertEqual(coverage.latest, q2)
        XCTAssertEqual(coverage.latest?.end.iso, "2025-06-30")
    }
}
