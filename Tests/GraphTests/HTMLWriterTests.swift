import Entities
import Foundation
@testable import Graph
import XCTest

/// `HTMLWriter`: one self-contained page (nothing fetched from anywhere), small enough, with the graph's
/// JSON, the SVG drawing and the slider's data, safe against text that looks like markup.
final class HTMLWriterTests: XCTestCase {
    func examplePage(_ level: GraphLevel) throws -> (PartnershipGraph, String) {
        let graph = try Fixtures.exampleGraph(level)
        let coverage = ReportCoverage(reports: try Fixtures.examples().map(\.report))
        return (graph, HTMLWriter(coverage: coverage).write(graph))
    }

    /// The text of `<script type="application/json" id="…">`.
    static func block(_ page: String, id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        let start = try XCTUnwrap(page.range(of: "<script type=\"application/json\" id=\"\(id)\">"), file: file, line: line)
        let end = try XCTUnwrap(page.range(of: "</script>", range: start.upperBound..<page.endIndex), file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
    }

    func testPageIsSelfContained() throws {
        for level in [GraphLevel.org, .place] {
            let (_, page) = try examplePage(level)
            let lower = page.lowercased()
            for pattern in ["src=", "href=", "<link", "@import", "url(", "fetch(", "xmlhttprequest", "<iframe", "<img", "import("] {
                XCTAssertFalse(lower.contains(pattern), "the page has \(pattern)")
            }
            XCTAssertFalse(lower.contains("http://"))
            XCTAssertFalse(lower.contains("https://"))
            XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n"))
            XCTAssertTrue(page.hasSuffix("</html>\n"))
        }
    }

    func testExamplePagesAreUnderOneMegabyte() throws {
        for level in GraphLevel.allCases {
            let (_, page) = try examplePage(level)
            XCTAssertLessThan(page.utf8.count, 1_000_000, "\(level): \(page.utf8.count) bytes")
        }
    }

    func testPageCarriesTheGraphAndDrawsEveryNodeAndEdge() throws {
        for level in [GraphLevel.org, .place] {
            let (graph, page) = try examplePage(level)
            let data = try XCTUnwrap(try Self.block(page, id: "graph-data") as? [String: Any])
            let expected = try JSONSerialization.jsonObject(with: Data(GraphJSONWriter().write(graph).utf8)) as? NSDictionary
            XCTAssertEqual(data as NSDictionary, expected)
            XCTAssertEqual(page.components(separatedBy: "<g class=\"node ").count - 1, graph.nodes.count)
            XCTAssertEqual(page.components(separatedBy: "<g class=\"edge ").count - 1, graph.edges.count)
            // The drawing is the SVG writer's, inline.
            var svg = ""
            SVGWriter(standalone: false).write(graph, layout: GraphLayout(graph), to: &svg)
            XCTAssertTrue(page.contains(svg))
        }
    }

    func testViewDataHasOneEntryPerNodeAndEdge() throws {
        let (graph, page) = try examplePage(.place)
        let view = try XCTUnwrap(try Self.block(page, id: "view-data") as? [String: Any])
        let quarters = try XCTUnwrap(view["quarters"] as? [String])
        XCTAssertEqual(quarters.last, "2025-Q2")
        XCTAssertEqual((view["ends"] as? [String])?.last, "2025-06-30")
        let states = try XCTUnwrap(view["states"] as? [String])
        XCTAssertEqual(states, GraphTimeline(graph, coverage: ReportCoverage(reports: try Fixtures.examples().map(\.report))).states)
        XCTAssertEqual((view["levels"] as? [String])?.count, graph.edges.count)
        XCTAssertTrue((view["levels"] as? [String] ?? []).allSatisfy { ["m", "r", "mr"].contains($0) })
        XCTAssertEqual((view["groups"] as? [String])?.count, graph.nodes.count)
        let keys = try XCTUnwrap(view["keys"] as? [[String]])
        XCTAssertEqual(keys.count, graph.nodes.count)
        let vitebsk = try XCTUnwrap(graph.nodes.firstIndex { $0.name == "Витебск" })
        XCTAssertTrue(keys[vitebsk].contains("витебск"))
        XCTAssertEqual(view["endings"] as? [String], Stemmer.endingTexts)
        XCTAssertEqual(view["quiet"] as? String, "12m")
    }

    func testMarkupInTheDataCannotEndTheScript() throws {
        let odd = GraphNode(id: "x-odd", name: "</script><script>alert(1)</script><!--", kind: .org, country: "BY",
                            parent: nil, known: false, smolensk: false)
        let graph = PartnershipGraph(nodes: [GraphFixtures.smolensk, odd], edges: [
            GraphEdge(source: GraphFixtures.smolensk.id, target: odd.id,
                      evidence: [GraphFixtures.evidence(item: 1, .event, "2024-01-02", quote: "</SCRIPT> <!-- <script")]),
        ])
        let page = HTMLWriter(coverage: ReportCoverage(reports: [])).write(graph)
        XCTAssertFalse(page.contains("<script>alert"))
        XCTAssertFalse(page.lowercased().contains("</script> <!--"))
        XCTAssertFalse(page.contains("<!--"))
        // Exactly the page's own scripts open and close.
        XCTAssertEqual(page.components(separatedBy: "<script").count, page.components(separatedBy: "</script>").count)
        let data = try XCTUnwrap(try Self.block(page, id: "graph-data") as? [String: Any])
        let names = (data["nodes"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        XCTAssertTrue(names.contains(odd.name))
    }

    /// The graph's data is written a node and an edge at a time, as the whole document written at once
    /// would be: empty, one edge with markup in it, and the examples.
    func testGraphDataStreamedIsTheDocumentMadeScriptSafe() throws {
        let odd = GraphNode(id: "x-odd", name: "</script><!--", kind: .org, country: "BY", parent: nil, known: false, smolensk: false)
        let small = PartnershipGraph(nodes: [GraphFixtures.smolensk, odd], edges: [
            GraphEdge(source: GraphFixtures.smolensk.id, target: odd.id,
                      evidence: [GraphFixtures.evidence(item: 1, .event, "2024-01-02", quote: "<b> «x»")]),
        ])
        for graph in [PartnershipGraph(nodes: [], edges: []), small, try Fixtures.exampleGraph(.org)] {
            var streamed = ""
            HTMLWriter.writeGraphData(graph, to: &streamed)
            XCTAssertEqual(Array(streamed.utf8), HTMLWriter.scriptSafe(GraphJSONWriter().document(graph).utf8()))
            XCTAssertFalse(streamed.contains("<"))
        }
    }

    func testSearchKeysFoldCaseAndInflection() {
        XCTAssertEqual(SearchKeys.keys("Витебск"), ["витебск"])
        XCTAssertTrue(SearchKeys.keys("Витебский район").contains("витебск"))
        XCTAssertTrue(SearchKeys.keys("ООО «Ёлка-2»").contains("елка"))
        XCTAssertTrue(SearchKeys.keys("ООО «Ёлка-2»").contains("2"))
        // What the page does with a query: cut one of the stemmer's endings, then look for a key it begins.
        let query = "витебска"
        let stems = [query] + Stemmer.endingTexts.filter { query.hasSuffix($0) && query.count - $0.count >= 3 }
            .map { String(query.dropLast($0.count)) }
        XCTAssertTrue(stems.contains { stem in SearchKeys.keys("Витебск").contains { $0.hasPrefix(stem) } })
    }

    func testSameGraphSameBytes() throws {
        let (graph, page) = try examplePage(.place)
        XCTAssertEqual(HTMLWriter(coverage: ReportCoverage(reports: try Fixtures.examples().map(\.report))).write(graph), page)
    }
}
