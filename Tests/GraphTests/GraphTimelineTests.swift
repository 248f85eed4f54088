import Entities
@testable import Graph
import XCTest

/// `GraphTimeline`: the quarters of the HTML page's slider and each edge's state in each, which must be
/// what `Dormancy` (the `dormant` command) says as of the quarter's last day.
final class GraphTimelineTests: XCTestCase {
    func exampleCoverage() throws -> ReportCoverage { ReportCoverage(reports: try Fixtures.examples().map(\.report)) }

    func testQuartersAreTheReportingQuarters() throws {
        let graph = try Fixtures.exampleGraph(.place)
        let coverage = try exampleCoverage()
        let timeline = GraphTimeline(graph, coverage: coverage)
        XCTAssertEqual(timeline.quarters.map(\.code), ["2023-Q4", "2024-Q4", "2025-Q1", "2025-Q2"])
        XCTAssertEqual(timeline.quarters.last, coverage.latest)
        XCTAssertEqual(timeline.states.count, graph.edges.count)
        XCTAssertTrue(timeline.states.allSatisfy { $0.count == timeline.quarters.count })
    }

    func testEveryStateIsWhatDormancySaysAsOfTheQuartersEnd() throws {
        let coverage = try exampleCoverage()
        for level in [GraphLevel.org, .place] {
            let graph = try Fixtures.exampleGraph(level)
            let timeline = GraphTimeline(graph, coverage: coverage)
            for (column, quarter) in timeline.quarters.enumerated() {
                let rows = Dormancy(coverage: coverage, asOf: quarter.end, quiet: QuietPeriod("12m")!).assess(graph)
                var status: [String: Dormancy.Status] = [:]
                for row in rows { status[row.edge.source + "|" + row.edge.target] = row.status }
                for (edge, states) in zip(graph.edges, timeline.states) {
                    let letter = states[states.index(states.startIndex, offsetBy: column)]
                    if let first = edge.first, first > quarter.end {
                        XCTAssertEqual(letter, "-")
                    } else {
                        let expected = try XCTUnwrap(status[edge.source + "|" + edge.target])
                        XCTAssertEqual(letter, GraphTimeline.letter(expected), "\(edge.source) — \(edge.target) in \(quarter.code)")
                    }
                }
            }
        }
    }

    func testTheLastQuarterAgreesWithTheDormantCommandsDefault() throws {
        // `linkgraph dormant Examples/*.txt --level place` lists Velizh — Vitebsk district as dormant.
        let graph = try Fixtures.exampleGraph(.place)
        let timeline = GraphTimeline(graph, coverage: try exampleCoverage())
        let dormant = zip(graph.edges, timeline.states).filter { $0.1.last == "d" }.map { "\($0.0.source) — \($0.0.target)" }
        XCTAssertTrue(dormant.contains { $0.contains("velizh") && $0.contains("vitebsk") }, "\(dormant)")
        // Nothing is reported before its first day: an edge first seen in 2025 is "-" in 2023.
        let late = try XCTUnwrap(graph.edges.indices.first { graph.edges[$0].first.map { $0.year == 2025 } ?? false })
        XCTAssertEqual(timeline.states[late].first, "-")
    }

    func testAGraphWithoutDatesOrCoverageHasNoQuarters() {
        let graph = PartnershipGraph(nodes: [GraphFixtures.administration, GraphFixtures.unknown], edges: [GraphFixtures.undated])
        let timeline = GraphTimeline(graph, coverage: ReportCoverage(reports: []))
        XCTAssertEqual(timeline.quarters, [])
        XCTAssertEqual(timeline.states, [""])
    }

    func testWithoutCoverageEveryQuarterFromTheFirstEvidenceToTheLast() {
        let timeline = GraphTimeline(GraphFixtures.sample, coverage: ReportCoverage(reports: []))
        XCTAssertEqual(timeline.quarters.first?.code, "2023-Q4")
        XCTAssertEqual(timeline.quarters.last?.code, "2025-Q2")
        XCTAssertEqual(timeline.quarters.count, 7)
        for (a, b) in zip(timeline.quarters, timeline.quarters.dropFirst()) { XCTAssertEqual(a.next, b) }
    }

    func testAtMostEightyQuarters() {
        let old = GraphEdge(source: GraphFixtures.smolensk.id, target: GraphFixtures.vitebsk.id,
                            evidence: [GraphFixtures.evidence(item: 1, .event, "1990-01-05"), GraphFixtures.evidence(item: 2, .event, "2025-01-05")])
        let graph = PartnershipGraph(nodes: [GraphFixtures.smolensk, GraphFixtures.vitebsk], edges: [old])
        let timeline = GraphTimeline(graph, coverage: ReportCoverage(reports: []))
        XCTAssertEqual(timeline.quarters.count, GraphTimeline.maximumQuarters)
        XCTAssertEqual(timeline.quarters.last, ReportPeriod(year: 2025, quarter: 1))
    }
}
