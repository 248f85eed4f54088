import XCTest
@testable import Entities
@testable import Graph

/// `ReportGraphInput(linking:linker:)` links and reduces a report item by item (holding one item's
/// tokens at a time) and gives exactly what reducing the whole linked report gives.
final class ReportGraphInputTests: XCTestCase {
    func testLinkingItemByItemGivesTheSameInput() throws {
        let linker = try Fixtures.linker()
        for name in Fixtures.exampleNames {
            let path = Fixtures.examplePath(name)
            let report = try ReportReader.read(path: path)
            let whole = ReportGraphInput(linker.link(report, keepingTokens: true), linker: linker)
            let itemByItem = ReportGraphInput(linking: report, linker: linker)
            XCTAssertEqual(itemByItem.items.count, report.items.count, path)
            XCTAssertEqual(itemByItem.unknowns.keys.sorted(), whole.unknowns.keys.sorted(), path)
            XCTAssertEqual(itemByItem.source, whole.source)
            for (a, b) in zip(itemByItem.items, whole.items) {
                XCTAssertEqual(a.number, b.number, path)
                XCTAssertEqual(a.section, b.section, "\(path) \(a.number)")
                XCTAssertEqual(a.mentions.map(\.id), b.mentions.map(\.id), "\(path) \(a.number)")
                XCTAssertEqual(a.findings, b.findings, "\(path) \(a.number)")
                XCTAssertEqual(a.eventQuote, b.eventQuote, "\(path) \(a.number)")
            }
        }
    }
}
