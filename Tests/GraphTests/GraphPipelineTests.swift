import XCTest
@testable import Entities
@testable import Graph

/// `GraphPipeline`: a report linked item by item and reduced in parts gives exactly what reducing the
/// whole linked report gives, and the parts, added in order, give the same graph.
final class GraphPipelineTests: XCTestCase {
    /// The report's graph input, from `GraphPipeline.parts(of:linker:batch:emit:)` in one part.
    private func inOnePart(_ report: Report, linker: Linker) -> ReportGraphInput {
        var parts: [ReportGraphInput] = []
        GraphPipeline.parts(of: report, linker: linker, batch: .max) { parts.append($0) }
        XCTAssertEqual(parts.count, 1)
        return parts[0]
    }

    func testLinkingItemByItemGivesTheSameInputAsTheLinkedReport() throws {
        let linker = try Fixtures.linker()
        var findings = 0
        for name in Fixtures.exampleNames {
            let path = Fixtures.examplePath(name)
            let report = try ReportReader.read(path: path)
            let whole = ReportGraphInput(linker.link(report))
            let itemByItem = inOnePart(report, linker: linker)
            XCTAssertEqual(itemByItem.items.count, report.items.count, path)
            XCTAssertEqual(itemByItem.unknowns.keys.sorted(), whole.unknowns.keys.sorted(), path)
            XCTAssertEqual(itemByItem.source, whole.source)
            for (a, b) in zip(itemByItem.items, whole.items) {
                XCTAssertEqual(a.number, b.number, path)
                XCTAssertEqual(a.section, b.section, "\(path) \(a.number)")
                XCTAssertEqual(a.mentions.map(\.id), b.mentions.map(\.id), "\(path) \(a.number)")
                XCTAssertEqual(a.findings, b.findings, "\(path) \(a.number)")
                XCTAssertEqual(a.eventQuote, b.eventQuote, "\(path) \(a.number)")
                findings += a.findings.count
            }
        }
        XCTAssertGreaterThan(findings, 20, "the examples state agreements and twinning")
    }

    /// The ties are found by the linker, once: asked not to, it finds the same mentions and no ties.
    func testTheLinkerFindsTiesOnlyWhenAsked() throws {
        let linker = try Fixtures.linker()
        let report = try ReportReader.read(path: Fixtures.examplePath(Fixtures.exampleNames[0]))
        let linked = linker.link(report)
        var withoutTies: [LinkedItem] = []
        _ = linker.linkItems(report, relations: false) { _, _, item, _ in withoutTies.append(item) }
        XCTAssertEqual(withoutTies.map(\.mentions), linked.items.map(\.mentions))
        XCTAssertTrue(withoutTies.allSatisfy(\.relations.isEmpty))
        XCTAssertTrue(linked.items.contains { !$0.relations.isEmpty })
    }

    func testPartsAddedInOrderGiveTheWholeReportsGraph() throws {
        let gazetteer = try Fixtures.gazetteer()
        let reports = try Fixtures.exampleNames.map { try ReportReader.read(path: Fixtures.examplePath($0)) }
        var wholePipeline = GraphPipeline(gazetteer: gazetteer)
        for report in reports { wholePipeline.add(wholePipeline.linker.link(report)) }
        let whole = wholePipeline.graph()
        for batch in [1, 3, 1000] {
            var pipeline = GraphPipeline(gazetteer: gazetteer)
            var parts: [ReportGraphInput] = []
            for report in reports { GraphPipeline.parts(of: report, linker: pipeline.linker, batch: batch) { parts.append($0) } }
            XCTAssertEqual(parts.map(\.itemCount).reduce(0, +), reports.map(\.items.count).reduce(0, +), "batch \(batch)")
            XCTAssertTrue(parts.allSatisfy { $0.itemCount <= batch }, "batch \(batch)")
            if batch == 1 { XCTAssertGreaterThan(parts.filter { !$0.unknowns.isEmpty }.count, 1, "unknowns come with the part that found them") }
            for part in parts { pipeline.add(part) }
            let inParts = pipeline.graph()
            XCTAssertFalse(inParts.edges.isEmpty)
            XCTAssertEqual(inParts.edges, whole.edges, "batch \(batch)")
            XCTAssertEqual(inParts.nodes, whole.nodes, "batch \(batch)")
            XCTAssertEqual(pipeline.coverage, wholePipeline.coverage)
        }
        var fromReports = GraphPipeline(gazetteer: gazetteer)
        for report in reports { fromReports.add(report) }
        XCTAssertEqual(fromReports.graph().edges, whole.edges)
    }
}
