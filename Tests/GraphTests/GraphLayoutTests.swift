import Entities
@testable import Graph
import XCTest

/// `GraphLayout`: deterministic, the Smolensk side left of the partners, one contiguous run per country,
/// inside its bounds, one grid slot per node (so labels cannot overlap), also for 20,000 nodes.
final class GraphLayoutTests: XCTestCase {
    func exampleGraphs() throws -> [PartnershipGraph] {
        try [GraphLevel.org, .place, .country].map { try Fixtures.exampleGraph($0) }
    }

    func testTheSameGraphGivesTheSameLayoutAndBytes() throws {
        for graph in try exampleGraphs() + [GraphFixtures.sample] {
            XCTAssertEqual(GraphLayout(graph), GraphLayout(graph))
            XCTAssertEqual(SVGWriter().write(graph), SVGWriter().write(graph))
        }
        // Nodes and edges given in another order make the same graph, so the same picture.
        XCTAssertEqual(SVGWriter().write(GraphFixtures.shuffled), SVGWriter().write(GraphFixtures.sample))
    }

    func testSmolenskSideIsLeftOfEveryPartner() throws {
        for graph in try exampleGraphs() + [GraphFixtures.sample] {
            let layout = GraphLayout(graph)
            let left = graph.nodes.indices.filter { graph.nodes[$0].smolensk }
            let right = graph.nodes.indices.filter { !graph.nodes[$0].smolensk }
            XCTAssertFalse(left.isEmpty)
            XCTAssertFalse(right.isEmpty)
            let leftMost = try XCTUnwrap(left.map { layout.x[$0] }.max())
            let rightLeast = try XCTUnwrap(right.map { layout.x[$0] }.min())
            // A whole gap between them: the Smolensk labels go left, the partners' right.
            XCTAssertGreaterThanOrEqual(rightLeast - leftMost, GraphLayout.sideGap)
            XCTAssertTrue(left.allSatisfy { layout.labelLeft[$0] })
            XCTAssertTrue(right.allSatisfy { !layout.labelLeft[$0] })
            XCTAssertEqual(layout.bands.first?.key, "smolensk")
        }
    }

    func testCountriesAreContiguousAndInsideTheirBands() throws {
        for graph in try exampleGraphs() + [GraphFixtures.sample] {
            let layout = GraphLayout(graph)
            let partners = graph.nodes.indices.filter { !graph.nodes[$0].smolensk }
            // Reading order: column by column, top to bottom.
            let reading = partners.sorted { (layout.x[$0], layout.y[$0]) < (layout.x[$1], layout.y[$1]) }
            let keys = reading.map { GraphStyle.countryCode(of: graph.nodes[$0]) ?? "-" }
            var runs: [String] = []
            for key in keys where runs.last != key { runs.append(key) }
            XCTAssertEqual(runs.count, Set(keys).count, "a country split into several runs: \(runs)")
            XCTAssertEqual(runs.filter { $0 != "-" }, runs.filter { $0 != "-" }.sorted(), "countries in code order")
            for node in graph.nodes.indices {
                let key = graph.nodes[node].smolensk ? "smolensk" : GraphStyle.countryCode(of: graph.nodes[node]) ?? "-"
                let inside = layout.bands.contains { band in
                    band.key == key && (band.x...(band.x + band.width)).contains(layout.x[node])
                        && (band.y...(band.y + band.height)).contains(layout.y[node])
                }
                XCTAssertTrue(inside, "\(graph.nodes[node].id) is outside the bands of \(key)")
            }
            // Titled once each.
            let titled = layout.bands.filter { $0.title != nil }.map(\.key)
            XCTAssertEqual(titled.count, Set(titled).count)
            XCTAssertEqual(Set(titled), Set(keys + ["smolensk"]))
        }
    }

    func testExampleCountryBandsAreTitledWithTheCountrysName() throws {
        let layout = GraphLayout(try Fixtures.exampleGraph(.place))
        XCTAssertEqual(layout.bands.first { $0.key == "BY" && $0.title != nil }?.title, "BY — Беларусь")
        XCTAssertEqual(layout.bands.first?.title, "Смоленская область")
    }

    func testBoundedAndOneSlotPerNode() throws {
        for graph in try exampleGraphs() + [GraphFixtures.sample, GraphFixtures.empty] {
            Self.assertGrid(GraphLayout(graph), graph)
        }
    }

    func testTwentyThousandNodesLayOutOnTheGrid() {
        let graph = Self.largeGraph(nodes: 20_000, edges: 30_000, seed: 7)
        let layout = GraphLayout(graph)
        Self.assertGrid(layout, graph)
        // Landscape-ish, not one endless column.
        XCTAssertLessThanOrEqual(Double(layout.height), Double(layout.width))
        XCTAssertEqual(GraphLayout(graph), layout)
    }

    /// Within bounds; nodes in the same column at least a row apart; columns at least a column apart.
    static func assertGrid(_ layout: GraphLayout, _ graph: PartnershipGraph, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(layout.x.count, graph.nodes.count, file: file, line: line)
        XCTAssertGreaterThan(layout.width, 0, file: file, line: line)
        XCTAssertGreaterThan(layout.height, 0, file: file, line: line)
        var slots: Set<[Int]> = []
        var byColumn: [Int: [Int]] = [:]
        for node in graph.nodes.indices {
            let x = layout.x[node], y = layout.y[node]
            XCTAssertTrue((0...layout.width).contains(x) && (0...layout.height).contains(y), "node \(node) at \(x),\(y)", file: file, line: line)
            XCTAssertTrue(slots.insert([x, y]).inserted, "two nodes at \(x),\(y)", file: file, line: line)
            byColumn[x, default: []].append(y)
        }
        for (_, ys) in byColumn {
            let sorted = ys.sorted()
            for (a, b) in zip(sorted, sorted.dropFirst()) where b - a < GraphLayout.rowHeight {
                XCTFail("rows \(a) and \(b) closer than a row", file: file, line: line)
            }
        }
        let columns = byColumn.keys.sorted()
        for (a, b) in zip(columns, columns.dropFirst()) {
            // Two columns of the same side are a column apart; across the sides a node inset on each side.
            XCTAssertGreaterThanOrEqual(b - a, 2 * GraphLayout.nodeInset, file: file, line: line)
        }
    }

    /// A random graph: 1% Smolensk nodes, the rest in 40 countries, a few without a country.
    static func largeGraph(nodes count: Int, edges edgeCount: Int, seed: UInt64) -> PartnershipGraph {
        var random = SeededGenerator(seed: seed)
        let smolenskCount = max(1, count / 100)
        let nodes = (0..<count).map { number -> GraphNode in
            let smolensk = number < smolenskCount
            let country = smolensk ? "RU" : number % 97 == 0 ? nil : "C\(number % 40)"
            return GraphNode(id: String(format: "n%05d", number), name: "Организация № \(number)", kind: .org, country: country,
                             parent: nil, known: number % 3 != 0, smolensk: smolensk)
        }
        let day = CalendarDate(year: 2024, month: 3, day: 1)
        let edges = (0..<edgeCount).map { number -> GraphEdge in
            let source = Int.random(in: 0..<smolenskCount, using: &random)
            let target = Int.random(in: smolenskCount..<count, using: &random)
            let evidence = Evidence(source: "r.txt", item: number, dates: "1 марта 2024", relation: .event, quote: "визит",
                                    first: day, last: day, period: ReportPeriod(year: 2024, quarter: 1), level: .municipal)
            return GraphEdge(source: nodes[source].id, target: nodes[target].id, evidence: [evidence])
        }
        return PartnershipGraph(nodes: nodes, edges: edges)
    }
}
