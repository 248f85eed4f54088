import Entities
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Graph
import XCTest

/// `SVGWriter`: well-formed XML, every node and edge drawn once with a `<title>` tooltip that has its
/// dates, the legend, Cyrillic as characters, text escaped.
final class SVGWriterTests: XCTestCase {
    /// What a parse of the SVG found: the `g.node` and `g.edge` groups' titles, all text, the root.
    final class Reading: NSObject, XMLParserDelegate {
        var root: [String: String] = [:]
        var nodeTitles: [String] = []
        var edgeTitles: [String] = []
        var edgeClasses: [String] = []
        var texts: [String] = []
        private var stack: [(name: String, className: String)] = []
        private var buffer = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if stack.isEmpty { root = attributes }
            let className = attributes["class"] ?? ""
            if name == "g" && className.hasPrefix("edge ") { edgeClasses.append(className) }
            stack.append((name, className))
            buffer = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            if name == "title", let parent = stack.last, parent.name == "g" {
                if parent.className.hasPrefix("node ") { nodeTitles.append(buffer) }
                if parent.className.hasPrefix("edge ") { edgeTitles.append(buffer) }
            }
            if name == "text" { texts.append(buffer) }
            buffer = ""
        }
    }

    func read(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws -> Reading {
        let parser = XMLParser(data: Data(svg.utf8))
        let reading = Reading()
        parser.delegate = reading
        XCTAssertTrue(parser.parse(), "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "?")", file: file, line: line)
        return reading
    }

    func testExampleGraphIsWellFormedWithEveryNodeAndEdgeAndTheirTooltips() throws {
        for level in [GraphLevel.org, .place] {
            let graph = try Fixtures.exampleGraph(level)
            let svg = SVGWriter().write(graph)
            let reading = try read(svg)
            XCTAssertEqual(reading.root["xmlns"], "http://www.w3.org/2000/svg")
            XCTAssertEqual(reading.nodeTitles.count, graph.nodes.count)
            XCTAssertEqual(reading.edgeTitles.count, graph.edges.count)
            for (title, edge) in zip(reading.edgeTitles, graph.edges) {
                let source = try XCTUnwrap(graph.node(edge.source)), target = try XCTUnwrap(graph.node(edge.target))
                XCTAssertTrue(title.hasPrefix("\(source.name) — \(target.name)\n"), title)
                if let first = edge.first { XCTAssertTrue(title.contains(first.iso), title) }
                if let last = edge.last { XCTAssertTrue(title.contains(last.iso), title) }
            }
            for (title, node) in zip(reading.nodeTitles, graph.nodes) {
                XCTAssertTrue(title.hasPrefix(node.name + "\n" + node.kind.rawValue), title)
                XCTAssertTrue(title.contains("event"), title)
            }
            // Cyrillic is written as characters, not character references.
            XCTAssertTrue(svg.contains(">Смоленск<"))
            XCTAssertFalse(svg.contains("&#x4"))
        }
    }

    func testTooltipsCarryFirstAndLastDates() throws {
        let reading = try read(SVGWriter().write(GraphFixtures.sample))
        let partnership = try XCTUnwrap(reading.edgeTitles.first { $0.hasPrefix("Администрация города Смоленска — Витебский городской") })
        XCTAssertEqual(partnership, "Администрация города Смоленска — Витебский городской исполнительный комитет\n"
            + "agreement, event\n4 events, 2023-10-04 – 2025-02-10")
        let committee = try XCTUnwrap(reading.nodeTitles.first { $0.hasPrefix("Витебский городской исполнительный комитет") })
        XCTAssertTrue(committee.hasSuffix("\n1 tie, 4 events, 2023-10-04 – 2025-02-10"), committee)
        XCTAssertTrue(reading.edgeTitles.contains { $0.hasPrefix("Администрация города Смоленска — ООО «Витязь»") && $0.hasSuffix("1 event, no dates") })
        let unknown = try XCTUnwrap(reading.nodeTitles.first { $0.hasPrefix("ООО «Витязь»") })
        XCTAssertTrue(unknown.contains("not in the gazetteer"))
    }

    func testLegendAndStylesFollowTheDOTVocabulary() throws {
        let svg = SVGWriter().write(GraphFixtures.sample)
        let reading = try read(svg)
        for kind in EntityKind.allCases { XCTAssertTrue(reading.texts.contains(kind.rawValue), kind.rawValue) }
        for relation in Relation.allCases { XCTAssertTrue(reading.texts.contains(relation.rawValue), relation.rawValue) }
        XCTAssertTrue(reading.texts.contains("not in the gazetteer"))
        XCTAssertTrue(reading.texts.contains("Смоленская область"))
        XCTAssertTrue(reading.texts.contains("BY — Беларусь"))
        for kind in EntityKind.allCases { XCTAssertTrue(svg.contains("fill=\"\(GraphStyle.fill(kind))\""), kind.rawValue) }
        // Edges in their strongest relation's class and colour; the unknown entity dashed.
        XCTAssertEqual(Set(reading.edgeClasses.map { $0.split(separator: " ")[1] }), ["agreement", "twinning", "event"])
        XCTAssertTrue(svg.contains("stroke=\"\(GraphStyle.colour(.twinning))\""))
        XCTAssertTrue(svg.contains("stroke-dasharray=\"3 2\""))
        XCTAssertTrue(svg.contains("stroke-dasharray=\"6 3\""))
    }

    func testMarkupInNamesStaysText() throws {
        let odd = GraphNode(id: "x-odd", name: "<b>Tom & \"Jerry\"</b> ]]> -->", kind: .org, country: "BY", parent: nil,
                            known: false, smolensk: false)
        let graph = PartnershipGraph(nodes: [GraphFixtures.smolensk, odd], edges: [
            GraphEdge(source: GraphFixtures.smolensk.id, target: odd.id,
                      evidence: [GraphFixtures.evidence(item: 1, .event, "2024-01-02", quote: "</title><script>")]),
        ])
        let reading = try read(SVGWriter().write(graph))
        XCTAssertTrue(reading.texts.contains("<b>Tom & \"Jerry\"</b> ]]> -->"))
        XCTAssertTrue(reading.edgeTitles[0].contains("<b>Tom & \"Jerry\"</b>"))
    }

    func testLongNamesAreCutWithAnEllipsis() {
        XCTAssertEqual(SVGWriter.label("Витебск"), "Витебск")
        let long = String(repeating: "ж", count: 50)
        XCTAssertEqual(SVGWriter.label(long), String(repeating: "ж", count: SVGWriter.labelLength - 1) + "…")
        XCTAssertEqual(SVGWriter.label(long).unicodeScalars.count, SVGWriter.labelLength)
    }

    func testEmptyGraphIsAPictureWithALegend() throws {
        let reading = try read(SVGWriter().write(GraphFixtures.empty))
        XCTAssertTrue(reading.nodeTitles.isEmpty)
        XCTAssertTrue(reading.texts.contains("agreement"))
    }
}
