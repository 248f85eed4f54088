import Entities
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Graph
import XCTest

final class GEXFWriterTests: XCTestCase {
    typealias Spell = GEXFWriter.Spell

    static func spell(_ start: String, _ end: String) -> Spell {
        Spell(start: GraphFixtures.date(start), end: GraphFixtures.date(end))
    }

    // MARK: Document

    func testDeclaresDynamicGEXF13WithDatesAndTheAttributes() throws {
        let document = try GEXFDocument(GEXFWriter().write(GraphFixtures.sample))
        XCTAssertEqual(document.rootNamespace, "http://gexf.net/1.3")
        XCTAssertEqual(document.root["version"], "1.3")
        XCTAssertEqual(document.graph["mode"], "dynamic")
        XCTAssertEqual(document.graph["timeformat"], "date")
        XCTAssertEqual(document.graph["defaultedgetype"], "undirected")
        XCTAssertEqual(document.attributes["node"]?.map(\.id), ["kind", "country", "parent", "known", "smolensk"])
        XCTAssertEqual(document.attributes["node"]?.map(\.type), ["string", "string", "string", "boolean", "boolean"])
        XCTAssertEqual(document.attributes["edge"]?.map(\.id), ["relations", "events"])
        XCTAssertEqual(document.attributes["edge"]?.map(\.type), ["string", "integer"])
        XCTAssertEqual(document.attributes["node"]?.map(\.title), document.attributes["node"]?.map(\.id))
    }

    func testNodesAndEdgesCarryTheirAttributeValues() throws {
        let graph = GraphFixtures.sample
        let document = try GEXFDocument(GEXFWriter().write(graph))
        XCTAssertEqual(document.nodes.map(\.id), graph.nodes.map(\.id))
        XCTAssertEqual(document.nodes.map(\.label), graph.nodes.map(\.name))
        for (read, node) in zip(document.nodes, graph.nodes) {
            var expected = ["kind": node.kind.rawValue, "known": node.known ? "true" : "false", "smolensk": node.smolensk ? "true" : "false"]
            expected["country"] = node.country
            expected["parent"] = node.parent
            XCTAssertEqual(read.values, expected, node.id)
        }
        XCTAssertEqual(document.edges.map(\.source), graph.edges.map(\.source))
        XCTAssertEqual(document.edges.map(\.target), graph.edges.map(\.target))
        let partnership = try XCTUnwrap(document.edges.first { $0.target == "by-vitebsk-executive-committee" })
        XCTAssertEqual(partnership.values, ["relations": "agreement,event", "events": "4"])
        XCTAssertEqual(partnership.attributes["label"], "agreement, event")
        XCTAssertEqual(partnership.attributes["weight"], "4")
        let undated = try XCTUnwrap(document.edges.first { $0.target == "x-vityaz" })
        XCTAssertEqual(undated.attributes["weight"], "1")
    }

    // MARK: Time

    func testEdgeSpellsAreItsDatedEvidenceMergedAndSorted() throws {
        let document = try GEXFDocument(GEXFWriter().write(GraphFixtures.sample))
        let partnership = try XCTUnwrap(document.edges.first { $0.target == "by-vitebsk-executive-committee" })
        XCTAssertEqual(partnership.spells, [["2023-10-04", "2023-10-06"], ["2024-11-01", "2024-11-03"], ["2025-02-10", "2025-02-10"]],
                       "the agreement of 5 October lies inside the visit of 4-6 October")
        let twins = try XCTUnwrap(document.edges.first { $0.target == "by-vitebsk" })
        XCTAssertEqual(twins.spells, [["2023-11-02", "2023-11-02"]], "the undated twinning adds no spell")
        let undated = try XCTUnwrap(document.edges.first { $0.target == "x-vityaz" })
        XCTAssertEqual(undated.spells, [], "no dates: no spells, so Gephi shows it all the time")
    }

    func testNodeSpellsAreTheUnionOfTheirEdgesSpells() throws {
        let document = try GEXFDocument(GEXFWriter().write(GraphFixtures.sample))
        func spells(_ id: String) -> [[String]]? { document.nodes.first { $0.id == id }?.spells }
        XCTAssertEqual(spells("by-vitebsk-executive-committee"),
                       [["2023-10-04", "2023-10-06"], ["2024-11-01", "2024-11-03"], ["2025-02-10", "2025-02-10"]])
        XCTAssertEqual(spells("ru-smolensk"), [["2023-11-02", "2023-11-02"]])
        XCTAssertEqual(spells("by"), [["2025-05-20", "2025-05-20"]])
        XCTAssertEqual(spells("ru-smolensk-administration"), [], "one of its edges is undated: always there")
        XCTAssertEqual(spells("x-vityaz"), [])
        XCTAssertEqual(spells("cn"), [], "an isolated node is always there")

        let a = GraphNode(id: "a", name: "A", kind: .org, country: "RU", parent: nil, known: true, smolensk: true)
        let b = GraphNode(id: "b", name: "B", kind: .org, country: "BY", parent: nil, known: true, smolensk: false)
        let c = GraphNode(id: "c", name: "C", kind: .org, country: "CN", parent: nil, known: true, smolensk: false)
        let graph = PartnershipGraph(nodes: [a, b, c], edges: [
            GraphEdge(source: "a", target: "b", evidence: [GraphFixtures.evidence(item: 1, .event, "2023-01-01", "2023-01-10")]),
            GraphEdge(source: "a", target: "c", evidence: [GraphFixtures.evidence(item: 2, .event, "2023-01-05", "2023-01-20"),
                                                          GraphFixtures.evidence(item: 3, .agreement, "2023-03-01")]),
        ])
        let union = try GEXFDocument(GEXFWriter().write(graph))
        XCTAssertEqual(union.nodes.first { $0.id == "a" }?.spells, [["2023-01-01", "2023-01-20"], ["2023-03-01", "2023-03-01"]])
        XCTAssertEqual(union.nodes.first { $0.id == "b" }?.spells, [["2023-01-01", "2023-01-10"]])
    }

    func testMergingJoinsOverlappingAndAdjacentSpellsOnly() {
        let s = GEXFWriterTests.spell
        XCTAssertEqual(GEXFWriter.merged([]), [])
        XCTAssertEqual(GEXFWriter.merged([s("2024-03-01", "2024-03-05"), s("2024-01-01", "2024-01-31"), s("2024-02-01", "2024-02-10")]),
                       [s("2024-01-01", "2024-02-10"), s("2024-03-01", "2024-03-05")], "31 January and 1 February touch")
        XCTAssertEqual(GEXFWriter.merged([s("2024-01-01", "2024-01-30"), s("2024-02-01", "2024-02-02")]),
                       [s("2024-01-01", "2024-01-30"), s("2024-02-01", "2024-02-02")], "a day between: two spells")
        XCTAssertEqual(GEXFWriter.merged([s("2024-01-01", "2024-12-31"), s("2024-05-01", "2024-05-02"), s("2024-06-01", "2025-01-05")]),
                       [s("2024-01-01", "2025-01-05")])
        XCTAssertEqual(GEXFWriter.merged([s("2023-12-31", "2023-12-31"), s("2024-01-01", "2024-01-01")]), [s("2023-12-31", "2024-01-01")],
                       "adjacent across a year end")
        XCTAssertEqual(s("2024-05-09", "2024-05-01"), s("2024-05-01", "2024-05-09"), "a reversed interval is put right")
    }

    func testEvidenceWithOneDateIsASpellOfOneDay() {
        let onlyLast = Evidence(source: "r", item: 1, dates: "", relation: .event, quote: "", first: nil,
                                last: GraphFixtures.date("2024-06-30"), period: nil, level: nil)
        let edge = GraphEdge(source: "a", target: "b", evidence: [onlyLast, GraphFixtures.evidence(item: 2, .event, "2024-01-15")])
        XCTAssertEqual(GEXFWriter.spells(for: edge), [GEXFWriterTests.spell("2024-01-15", "2024-01-15"), GEXFWriterTests.spell("2024-06-30", "2024-06-30")])
    }

    // MARK: Hostile text and external tools

    func testHostileNamesSurviveWithControlCharactersRemoved() throws {
        let graph = GraphFixtures.hostile
        let document = try GEXFDocument(GEXFWriter().write(graph))
        XCTAssertEqual(document.nodes.map(\.id), graph.nodes.map(\.id))
        XCTAssertEqual(document.nodes.map(\.label), graph.nodes.map { GraphMLWriterTests.xmlSafe($0.name) })
        XCTAssertEqual(document.nodes.map { $0.values["parent"] }, graph.nodes.map(\.parent))
        XCTAssertEqual(document.edges.map(\.target), graph.edges.map(\.target))
        XCTAssertTrue(document.nodes.contains { $0.label == "line one\nline two\r\nline three" })
        XCTAssertTrue(document.nodes.contains { $0.label == "bellcontrol" })
    }

    /// Well-formedness only: validating against the GEXF 1.3 schema needs gexf.xsd (and its viz and
    /// dynamics parts) from gexf.net, which the tests cannot fetch offline.
    func testXMLLintAcceptsTheDocuments() throws {
        for (name, graph) in [("sample", GraphFixtures.sample), ("hostile", GraphFixtures.hostile), ("empty", GraphFixtures.empty)] {
            let text = GEXFWriter().write(graph)
            let result = try ExternalTool.xmllint(text, name: "\(name).gexf")
            XCTAssertEqual(result.status, 0, "\(name): \(result.errors)")
            XCTAssertEqual(result.errors, "", name)
            XCTAssertTrue(text.utf8.allSatisfy { $0 >= 0x20 || $0 == 0x0A }, "\(name): no raw control characters, tabs or CRs")
        }
    }

    func testNetworkXReadsTheDynamicGraph() throws {
        let script = """
        import json, sys
        import networkx as nx
        g = nx.read_gexf(sys.argv[1], version="1.3")
        typed = lambda d: {k: [type(v).__name__, v] for k, v in d.items()}
        print(json.dumps({"mode": g.graph.get("mode"),
                          "nodes": {n: typed(d) for n, d in g.nodes(data=True)},
                          "edges": [[u, v, typed(d)] for u, v, d in g.edges(data=True)]}, ensure_ascii=False))
        """
        let result = try ExternalTool.networkx(script, file: GEXFWriter().write(GraphFixtures.sample), name: "graph.gexf")
        XCTAssertEqual(result.status, 0, result.errors)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        XCTAssertEqual(json["mode"] as? String, "dynamic")
        let nodes = try XCTUnwrap(json["nodes"] as? [String: [String: [Any]]])
        XCTAssertEqual(nodes["ru-smolensk"]?["label"]?[1] as? String, "Смоленск")
        XCTAssertEqual(nodes["ru-smolensk"]?["smolensk"]?[0] as? String, "bool")
        XCTAssertEqual(nodes["ru-smolensk"]?["smolensk"]?[1] as? Bool, true)
        XCTAssertEqual(nodes["by"]?["spells"]?[1] as? [[String]], [["2025-05-20", "2025-05-20"]])
        let edges = try XCTUnwrap(json["edges"] as? [[Any]])
        let partnership = try XCTUnwrap(edges.first { Set([$0[0] as? String, $0[1] as? String]) == ["ru-smolensk-administration", "by-vitebsk-executive-committee"] })
        let data = try XCTUnwrap(partnership[2] as? [String: [Any]])
        XCTAssertEqual(data["events"]?[0] as? String, "int")
        XCTAssertEqual(data["events"]?[1] as? Int, 4)
        XCTAssertEqual((data["spells"]?[1] as? [[String]])?.count, 3)
    }

    // MARK: Determinism, empty graph

    func testSameGraphGivesSameBytesWhateverTheInputOrder() {
        let text = GEXFWriter().write(GraphFixtures.sample)
        XCTAssertEqual(text, GEXFWriter().write(GraphFixtures.sample))
        XCTAssertEqual(text, GEXFWriter().write(GraphFixtures.shuffled))
    }

    func testEmptyGraphIsValid() throws {
        let document = try GEXFDocument(GEXFWriter().write(GraphFixtures.empty))
        XCTAssertEqual(document.nodes.count, 0)
        XCTAssertEqual(document.edges.count, 0)
        XCTAssertEqual(document.graph["mode"], "dynamic")
    }
}

/// A GEXF document as `XMLParser` reads it: enough to check what the writer wrote.
struct GEXFDocument {
    struct Attribute: Equatable {
        var id: String
        var title: String
        var type: String
    }

    struct Element {
        var attributes: [String: String]
        var values: [String: String] = [:]
        var spells: [[String]] = []

        var id: String { attributes["id"] ?? "" }
        var label: String? { attributes["label"] }
        var source: String? { attributes["source"] }
        var target: String? { attributes["target"] }
    }

    var rootNamespace: String?
    var root: [String: String] = [:]
    var graph: [String: String] = [:]
    var attributes: [String: [Attribute]] = [:]
    var nodes: [Element] = []
    var edges: [Element] = []

    init(_ text: String) throws {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        let delegate = Delegate()
        parser.delegate = delegate
        let parsed = parser.parse()
        if let error = delegate.error ?? parser.parserError { throw error }
        guard parsed else { throw ExternalTool.Failure(description: "GEXF did not parse") }
        self = delegate.document
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var document = GEXFDocument(empty: ())
        var error: Error?
        private var attributeClass = ""
        private var current: Element?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if error == nil { error = parseError }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "gexf":
                document.rootNamespace = namespaceURI
                document.root = attributes
            case "graph": document.graph = attributes
            case "attributes": attributeClass = attributes["class"] ?? ""
            case "attribute":
                document.attributes[attributeClass, default: []].append(
                    Attribute(id: attributes["id"] ?? "", title: attributes["title"] ?? "", type: attributes["type"] ?? ""))
            case "node", "edge": current = Element(attributes: attributes)
            case "attvalue": current?.values[attributes["for"] ?? ""] = attributes["value"]
            case "spell": current?.spells.append([attributes["start"] ?? "", attributes["end"] ?? ""])
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = current else { return }
            if name == "node" { document.nodes.append(element); current = nil }
            if name == "edge" { document.edges.append(element); current = nil }
        }
    }

    private init(empty: ()) {}
}
