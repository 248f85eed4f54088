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

/// `ReportGraphInput.linking(_:linker:batch:emit:)`: a report in parts gives the graph one input gives.
final class ReportGraphInputPartsTests: XCTestCase {
    private func graph(_ inputs: [ReportGraphInput], linker: Linker) -> PartnershipGraph {
        var accumulator = GraphAccumulator(linker: linker, level: .org)
        for input in inputs { accumulator.add(input) }
        return accumulator.finish()
    }

    func testPartsMergedInOrderGiveTheWholeReportsGraph() throws {
        let linker = try Fixtures.linker()
        let reports = try Fixtures.exampleNames.map { try ReportReader.read(path: Fixtures.examplePath($0)) }
        let whole = graph(reports.map { ReportGraphInput(linking: $0, linker: linker) }, linker: linker)
        for batch in [1, 3, 1000] {
            var parts: [ReportGraphInput] = []
            for report in reports { ReportGraphInput.linking(report, linker: linker, batch: batch) { parts.append($0) } }
            XCTAssertEqual(parts.map(\.itemCount).reduce(0, +), reports.map(\.items.count).reduce(0, +), "batch \(batch)")
            XCTAssertTrue(parts.allSatisfy { $0.itemCount <= batch }, "batch \(batch)")
            if batch == 1 { XCTAssertGreaterThan(parts.filter { !$0.unknowns.isEmpty }.count, 1, "unknowns come with the part that found them") }
            let inParts = graph(parts, linker: linker)
            XCTAssertFalse(inParts.edges.isEmpty)
            XCTAssertEqual(inParts.edges, whole.edges, "batch \(batch)")
            XCTAssertEqual(inParts.nodes, whole.nodes, "batch \(batch)")
        }
    }
}
