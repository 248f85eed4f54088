import XCTest
@testable import Entities
@testable import Graph

/// `GraphFilter`: countries, a date window, relations and a minimum of events.
final class GraphFilterTests: XCTestCase {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func evidence(_ item: Int, _ relation: Relation = .event, _ first: String?, _ last: String? = nil,
                         source: String = "q.txt") -> Evidence {
        Evidence(source: source, item: item, dates: first ?? "", relation: relation, quote: "item \(item)",
                 first: first.map(day), last: (last ?? first).map(day), period: nil, level: .municipal)
    }

    static func node(_ id: String, _ country: String, smolensk: Bool = false) -> GraphNode {
        GraphNode(id: id, name: id, kind: .city, country: country, parent: nil, known: true, smolensk: smolensk)
    }

    /// Smolensk with Vitebsk (BY: events in 2023 and 2025, an agreement in 2024), with Samarkand (UZ: one
    /// event in 2023) and with Minsk (BY: two events in one item and one more).
    static let graph = PartnershipGraph(
        nodes: [node("ru-smolensk", "RU", smolensk: true), node("by-vitebsk", "BY"), node("uz-samarkand", "UZ"), node("by-minsk", "BY")],
        edges: [
            GraphEdge(source: "ru-smolensk", target: "by-vitebsk", evidence: [
                evidence(1, .event, "2023-09-25"), evidence(1, .twinning, "2023-09-25"),
                evidence(2, .agreement, "2024-10-01", "2024-10-02"), evidence(3, .event, "2025-02-19"),
            ]),
            GraphEdge(source: "ru-smolensk", target: "uz-samarkand", evidence: [evidence(4, .event, "2023-12-19")]),
            GraphEdge(source: "ru-smolensk", target: "by-minsk", evidence: [
                evidence(5, .event, "2024-11-01"), evidence(5, .event, "2024-11-01", source: "other.txt"), evidence(6, .event, nil),
            ]),
        ])

    private func apply(_ configure: (inout GraphFilter) -> Void) -> PartnershipGraph {
        var filter = GraphFilter()
        configure(&filter)
        return filter.apply(Self.graph)
    }

    private func targets(_ graph: PartnershipGraph) -> [String] { graph.edges.map(\.target) }

    func testAnEmptyFilterKeepsEverything() {
        let filter = GraphFilter()
        XCTAssertTrue(filter.isEmpty)
        let kept = filter.apply(Self.graph)
        XCTAssertEqual(kept.edges, Self.graph.edges)
        XCTAssertEqual(kept.nodes, Self.graph.nodes)
        XCTAssertEqual(filter.apply(PartnershipGraph(nodes: [], edges: [])).edges, [])
    }

    func testAnyOptionMakesItNonEmpty() {
        var filter = GraphFilter()
        filter.since = Self.day("2024-01-01")
        XCTAssertFalse(filter.isEmpty)
        filter = GraphFilter()
        filter.countries = ["BY"]
        XCTAssertFalse(filter.isEmpty)
        filter = GraphFilter()
        filter.minimumEvents = 1
        XCTAssertFalse(filter.isEmpty)
        filter = GraphFilter()
        filter.relations = [.event]
        XCTAssertFalse(filter.isEmpty)
    }

    func testCountries() {
        let belarus = apply { $0.countries = ["BY"] }
        XCTAssertEqual(targets(belarus), ["by-minsk", "by-vitebsk"])
        XCTAssertEqual(belarus.nodes.map(\.id), ["by-minsk", "by-vitebsk", "ru-smolensk"], "nodes without edges go")
        XCTAssertEqual(targets(apply { $0.countries = ["BY", "UZ"] }), ["by-minsk", "by-vitebsk", "uz-samarkand"])
        XCTAssertEqual(targets(apply { $0.countries = ["CN"] }), [])
        XCTAssertEqual(apply { $0.countries = ["CN"] }.nodes, [])
        // The Smolensk side's country does not count.
        XCTAssertEqual(targets(apply { $0.countries = ["RU"] }), [])
    }

    func testSince() throws {
        let since = apply { $0.since = Self.day("2024-10-02") }
        XCTAssertEqual(targets(since), ["by-minsk", "by-vitebsk"])
        let vitebsk = try XCTUnwrap(since.edges.first { $0.target == "by-vitebsk" })
        XCTAssertEqual(vitebsk.evidence.map(\.item), [2, 3], "evidence that ends on the day counts")
        // Evidence without dates goes when a window is asked for.
        XCTAssertEqual(since.edges.first { $0.target == "by-minsk" }?.evidence.map(\.item), [5, 5])
    }

    func testUntil() throws {
        let until = apply { $0.until = Self.day("2024-10-01") }
        XCTAssertEqual(targets(until), ["by-vitebsk", "uz-samarkand"])
        XCTAssertEqual(until.edges.first { $0.target == "by-vitebsk" }?.evidence.map(\.item), [1, 1, 2], "evidence that starts on the day counts")
    }

    func testAWindow() {
        let window = apply { $0.since = Self.day("2024-01-01"); $0.until = Self.day("2024-12-31") }
        XCTAssertEqual(targets(window), ["by-minsk", "by-vitebsk"])
        XCTAssertEqual(window.edges.first { $0.target == "by-vitebsk" }?.relations, [.agreement])
        XCTAssertEqual(targets(apply { $0.since = Self.day("2026-01-01") }), [])
    }

    func testRelations() {
        let agreements = apply { $0.relations = [.agreement] }
        XCTAssertEqual(targets(agreements), ["by-vitebsk"])
        XCTAssertEqual(agreements.edges.first?.evidence.map(\.item), [2])
        XCTAssertEqual(targets(apply { $0.relations = [.agreement, .twinning] }), ["by-vitebsk"])
        XCTAssertEqual(apply { $0.relations = [.agreement, .twinning] }.edges.first?.relations, [.agreement, .twinning])
        XCTAssertEqual(targets(apply { $0.relations = [.event] }), ["by-minsk", "by-vitebsk", "uz-samarkand"])
    }

    func testMinimumEventsCountsDistinctItems() {
        XCTAssertEqual(targets(apply { $0.minimumEvents = 1 }), ["by-minsk", "by-vitebsk", "uz-samarkand"])
        // Minsk: item 5 of two reports and item 6 are three events; Vitebsk: items 1, 2, 3.
        XCTAssertEqual(targets(apply { $0.minimumEvents = 3 }), ["by-minsk", "by-vitebsk"])
        XCTAssertEqual(targets(apply { $0.minimumEvents = 4 }), [])
        // Counted after the other filters.
        XCTAssertEqual(targets(apply { $0.minimumEvents = 2; $0.relations = [.event] }), ["by-minsk", "by-vitebsk"])
        XCTAssertEqual(targets(apply { $0.minimumEvents = 2; $0.since = Self.day("2025-01-01") }), [])
    }

    func testOnTheExamples() throws {
        let graph = try Fixtures.exampleGraph(.place)
        var filter = GraphFilter()
        filter.countries = ["BY"]
        filter.relations = [.twinning]
        let twins = filter.apply(graph)
        XCTAssertTrue(twins.edges.contains { $0.source == "ru-smolensk" && $0.target == "by-vitebsk" })
        XCTAssertTrue(twins.edges.allSatisfy { twins.node($0.target)?.country == "BY" && $0.relations == [.twinning] })
        XCTAssertNil(twins.edges.first { $0.target == "uz-samarkand" })
        filter = GraphFilter()
        filter.until = Self.day("2023-12-31")
        filter.minimumEvents = 1
        let early = filter.apply(graph)
        XCTAssertTrue(early.edges.flatMap(\.evidence).allSatisfy { $0.first! <= Self.day("2023-12-31") })
        XCTAssertNotNil(early.edges.first { $0.target == "uz-samarkand" })
    }
}
