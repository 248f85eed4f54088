import XCTest
@testable import Entities

/// `WarningList`: the first warnings listed, the rest counted in one more.
final class WarningListTests: XCTestCase {
    private func warning(_ line: Int) -> ReportWarning { .init(line: line, item: nil, message: "w\(line)") }

    func testEmpty() {
        XCTAssertEqual(WarningList().warnings, [])
    }

    func testUpToTheLimitAllAreListed() {
        var list = WarningList(limit: 3)
        for line in 1...3 { list.append(warning(line)) }
        XCTAssertEqual(list.warnings, [warning(1), warning(2), warning(3)])
    }

    func testPastTheLimitTheRestAreCounted() {
        var list = WarningList([warning(1)], limit: 2)
        list += (2...10).map(warning)
        XCTAssertEqual(list.warnings.count, 3)
        XCTAssertEqual(Array(list.warnings.prefix(2)), [warning(1), warning(2)])
        XCTAssertEqual(list.warnings.last?.message, "8 more warnings are not listed (the first 2 are)")
        XCTAssertEqual(list.unlisted, 8)
    }
}
