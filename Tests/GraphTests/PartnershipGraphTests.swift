import XCTest
@testable import Entities
@testable import Graph

/// `PartnershipGraph`: merged edges, sorted nodes and edges, isolated nodes.
final class PartnershipGraphTests: XCTestCase {
    static func node(_ id: String) -> GraphNode {
        GraphNode(id: id, name: id.uppercased(), kind: .city, country: nil, parent: nil, known: true, smolensk: false)
    }

    static func edge(_ source: String, _ target: String, _ items: [Int]) -> GraphEdge {
        GraphEdge(source: source, target: target, evidence: items.map {
            Evidence(source: "r.txt", item: $0, dates: "", relation: .event, quote: "", first: nil, last: nil, period: nil, level: nil)
        })
    }

    func testEmpty() {
        let graph = PartnershipGraph(nodes: [], edges: [])
        XCTAssertEqual(graph.nodes, [])
        XCTAssertEqual(graph.edges, [])
        XCTAssertNil(graph.node("a"))
    }

    func testDuplicateEdgesMergeTheirEvidence() throws {
        let graph = PartnershipGraph(nodes: [Self.node("s"), Self.node("t")],
                                     edges: [Self.edge("s", "t", [1]), Self.edge("s", "t", [2, 1]), Self.edge("t", "s", [3])])
        XCTAssertEqual(graph.edges.count, 2, "direction matters")
        let merged = try graph.edges.at(0)
        XCTAssertEqual([merged.source, merged.target], ["s", "t"])
        XCTAssertEqual(merged.evidence.map(\.item), [1, 2])
    }

    func testSortedNodesAndEdgesWithoutIsolatedNodes() {
        let graph = PartnershipGraph(nodes: [Self.node("z"), Self.node("b"), Self.node("a"), Self.node("lonely"), Self.node("a")],
                                     edges: [Self.edge("z", "b", [1]), Self.edge("a", "z", [2]), Self.edge("a", "b", [3])])
        XCTAssertEqual(graph.edges.map { "\($0.source)-\($0.target)" }, ["a-b", "a-z", "z-b"])
        XCTAssertEqual(graph.nodes.map(\.id), ["a", "b", "z"])
        XCTAssertEqual(graph.node("b")?.name, "B")
        XCTAssertNil(graph.node("lonely"))
        let all = PartnershipGraph(nodes: [Self.node("lonely"), Self.node("a")], edges: [], keepIsolated: true)
        XCTAssertEqual(all.nodes.map(\.id), ["a", "lonely"])
    }

    func testNodesFromCatalogRecords() throws {
        let record = try XCTUnwrap(try Fixtures.catalog().record("by-vitebsk"))
        XCTAssertEqual(record, GraphNode(id: "by-vitebsk", name: "Витебск", kind: .city, country: "BY", parent: "by-vitebsk-region",
                                                    known: true, smolensk: false))
    }
}
