import Entities
import Foundation
@testable import Graph
import XCTest

final class GraphMLWriterTests: XCTestCase {
    typealias Value = GraphMLKeys.Value

    // MARK: Keys

    func testEveryKeyIsDeclaredOnceInAFixedOrderWithOneType() throws {
        for graph in [GraphFixtures.sample, GraphFixtures.empty, GraphFixtures.hostile] {
            let text = GraphMLWriter().write(graph)
            let document = try GraphMLReader().read(text)
            XCTAssertEqual(document.keys.map(\.id), ["label", "kind", "country", "parent", "known", "smolensk",
                                                     "relations", "events", "first", "last", "evidence"])
            XCTAssertEqual(document.keys.map(\.declaredType), GraphMLKeys.all.map(\.type.rawValue))
            XCTAssertEqual(document.keys.map(\.domain), GraphMLKeys.all.map(\.domain.rawValue))
            XCTAssertEqual(document.keys.map(\.name), GraphMLKeys.all.map(\.name))
            for key in GraphMLKeys.all {
                XCTAssertEqual(text.components(separatedBy: "<key id=\"\(key.id)\"").count, 2, "\(key.id) declared once")
            }
        }
        XCTAssertEqual(GraphMLKeys.keys(for: .node).map(\.id), ["label", "kind", "country", "parent", "known", "smolensk"])
        XCTAssertEqual(GraphMLKeys.all.filter { $0.name == "label" }.map(\.domain), [.node], "Gephi takes the node label from attr.name label")
    }

    func testHeaderSaysWhatIsNotSupported() {
        let text = GraphMLWriter().write(GraphFixtures.empty)
        XCTAssertTrue(text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<!-- linkgraph partnership graph: 0 nodes, 0 edges."))
        for phrase in ["no nested graphs, hyperedges", "flattened to JSON text", "Control characters are removed"] {
            XCTAssertTrue(text.contains(phrase), phrase)
        }
        XCTAssertTrue(text.contains(#"<graph id="G" edgedefault="undirected">"#))
    }

    // MARK: Round trip

    func testRoundTripThroughTheReaderKeepsNodesEdgesAndTypes() throws {
        let graph = GraphFixtures.sample
        let document = try GraphMLReader().read(GraphMLWriter().write(graph))
        XCTAssertEqual(document.edgeDefault, "undirected")
        XCTAssertEqual(document.nodes.map(\.id), graph.nodes.map(\.id))
        for (read, node) in zip(document.nodes, graph.nodes) {
            var expected: [String: Value] = ["label": .string(node.name), "kind": .string(node.kind.rawValue),
                                             "known": .boolean(node.known), "smolensk": .boolean(node.smolensk)]
            expected["country"] = node.country.map(Value.string)
            expected["parent"] = node.parent.map(Value.string)
            XCTAssertEqual(read.data, expected, node.id)
        }
        XCTAssertEqual(document.edges.map(\.source), graph.edges.map(\.source))
        XCTAssertEqual(document.edges.map(\.target), graph.edges.map(\.target))
        XCTAssertEqual(document.edges.map(\.id), graph.edges.indices.map { "e\($0)" })
        for (read, edge) in zip(document.edges, graph.edges) {
            XCTAssertEqual(read.data["relations"], .string(edge.relations.map(\.rawValue).joined(separator: ",")))
            XCTAssertEqual(read.data["events"], .int(edge.events))
            XCTAssertEqual(read.data["first"], edge.first.map { .string($0.iso) })
            XCTAssertEqual(read.data["last"], edge.last.map { .string($0.iso) })
            guard case .string(let evidence)? = read.data["evidence"] else { return XCTFail("no evidence text") }
            XCTAssertEqual(evidence, GraphJSONWriter.evidence(edge.evidence).serialized())
        }
        let undated = try XCTUnwrap(document.edges.first { $0.target == "x-vityaz" })
        XCTAssertNil(undated.data["first"], "no data element when the edge has no date")
        XCTAssertTrue(document.nodes.first { $0.id == "by" }?.data["parent"] == nil)
    }

    func testEvidenceIsOneLineOfJSONInTheJSONExportShape() throws {
        let document = try GraphMLReader().read(GraphMLWriter().write(GraphFixtures.sample))
        let edge = try XCTUnwrap(document.edges.first { $0.target == "by-vitebsk-executive-committee" })
        guard case .string(let text)? = edge.data["evidence"] else { return XCTFail("no evidence") }
        XCTAssertFalse(text.contains("\n"))
        let pieces = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        XCTAssertEqual(pieces.count, 4)
        XCTAssertEqual(pieces.first?["item"] as? Int, 7)
        XCTAssertEqual(pieces.first?["relation"] as? String, "event")
        XCTAssertEqual(pieces.first?["quote"] as? String, "визит делегации")
        XCTAssertEqual(pieces.first?.keys.sorted(), ["dates", "item", "quote", "relation", "source"])
    }

    // MARK: Hostile text

    func testHostileNamesSurviveTheReaderWithControlCharactersRemoved() throws {
        let graph = GraphFixtures.hostile
        let text = GraphMLWriter().write(graph)
        let document = try GraphMLReader().read(text)
        XCTAssertEqual(document.nodes.map(\.id), graph.nodes.map(\.id))
        XCTAssertEqual(document.nodes.map { $0.data["label"] }, graph.nodes.map { .string(GraphMLWriterTests.xmlSafe($0.name)) })
        XCTAssertEqual(document.nodes.map { $0.data["parent"] }, graph.nodes.map { $0.parent.map(Value.string) })
        XCTAssertEqual(document.nodes.map { $0.data["country"] }, graph.nodes.map { $0.country.map(Value.string) })
        XCTAssertEqual(document.edges.map(\.target), graph.edges.map(\.target))
        XCTAssertTrue(document.nodes.contains { $0.data["label"] == .string("bellcontrol") })
        XCTAssertTrue(document.nodes.contains { $0.data["label"] == .string("line one\nline two\r\nline three") },
                      "line feeds and carriage returns are kept")
        for (read, edge) in zip(document.edges, graph.edges) {
            guard case .string(let evidence)? = read.data["evidence"] else { return XCTFail("no evidence") }
            let pieces = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(evidence.utf8)) as? [[String: Any]])
            XCTAssertEqual(pieces.map { $0["quote"] as? String }, edge.evidence.map(\.quote),
                           "inside the evidence JSON even control characters survive, as \\u escapes")
        }
    }

    func testEmptyAndWhitespaceOnlyNamesComeBackAsWritten() throws {
        let names = ["", " ", "\n", " \t\r\n "]
        let nodes = names.enumerated().map { index, name in
            GraphNode(id: "n\(index)", name: name, kind: .org, country: nil, parent: nil, known: true, smolensk: index == 0)
        }
        let edges = nodes.dropFirst().map { GraphEdge(source: "n0", target: $0.id, evidence: []) }
        let text = GraphMLWriter().write(PartnershipGraph(nodes: nodes, edges: edges))
        let document = try GraphMLReader().read(text)
        XCTAssertEqual(document.nodes.map { $0.data["label"] }, names.map { .string($0) })
        XCTAssertEqual(document.edges.map { $0.data["events"] }, [.int(0), .int(0), .int(0)])
        XCTAssertEqual(document.edges.map { $0.data["relations"] }, [.string(""), .string(""), .string("")])
        let result = try ExternalTool.networkx(GraphMLWriterTests.networkxScript, file: text, name: "blank.graphml")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let labels = (json["nodes"] as? [[Any]] ?? []).map { (($0[1] as? [String: [Any]])?["label"]?[1] as? String) }
        XCTAssertEqual(labels, names)
    }

    func testOutputIsUTF8TextWithoutControlCharactersOrCharacterReferencesForLetters() throws {
        let text = GraphMLWriter().write(GraphFixtures.hostile)
        XCTAssertTrue(text.contains("emoji 🙂🇧🇾 and Смоленск, ёлка"))
        XCTAssertTrue(text.utf8.allSatisfy { $0 >= 0x20 || $0 == 0x0A || $0 == 0x09 })
        let references = Set(text.ranges(of: try Regex("&#[0-9]+;")).map { String(text[$0]) })
        XCTAssertEqual(references, ["&#9;", "&#10;", "&#13;"], "only whitespace that XML would normalize away")
        XCTAssertFalse(text.contains("&#x"))
        XCTAssertTrue(text.contains("<data key=\"known\">true</data>"))
        XCTAssertTrue(text.contains("<data key=\"known\">false</data>"))
    }

    func testXMLEscapingOfTextAndAttributes() {
        XCTAssertEqual(XMLEscaping.text(#"a & b < c > d " e ' f"#), "a &amp; b &lt; c &gt; d &quot; e &apos; f")
        XCTAssertEqual(XMLEscaping.text("]]> </data>"), "]]&gt; &lt;/data&gt;")
        XCTAssertEqual(XMLEscaping.text("l1\nl2\r\nl3\tt"), "l1\nl2&#13;\nl3\tt")
        XCTAssertEqual(XMLEscaping.attribute("l1\nl2\r\nl3\tt"), "l1&#10;l2&#13;&#10;l3&#9;t")
        XCTAssertEqual(XMLEscaping.text("a\u{00}b\u{07}c\u{1B}d\u{7F}e\u{85}f\u{FFFE}g"), "abcdefg")
        XCTAssertEqual(XMLEscaping.sanitized("Смоленск\u{0B}🙂"), "Смоленск🙂")
    }

    // MARK: External tools

    /// Well-formedness only: the GraphML schema lives at graphdrawing.org and is not fetched offline.
    func testXMLLintAcceptsTheDocuments() throws {
        for (name, graph) in [("sample", GraphFixtures.sample), ("hostile", GraphFixtures.hostile), ("empty", GraphFixtures.empty)] {
            let result = try ExternalTool.xmllint(GraphMLWriter().write(graph), name: "\(name).graphml")
            XCTAssertEqual(result.status, 0, "\(name): \(result.errors)")
            XCTAssertEqual(result.errors, "", name)
        }
    }

    /// networkx's reader prints each node and edge with the Python type of every attribute.
    static let networkxScript = """
    import json, sys
    import networkx as nx
    g = nx.read_graphml(sys.argv[1])
    typed = lambda d: {k: [type(v).__name__, v] for k, v in d.items()}
    print(json.dumps({"directed": g.is_directed(),
                      "nodes": [[n, typed(d)] for n, d in g.nodes(data=True)],
                      "edges": [[u, v, typed(d)] for u, v, d in g.edges(data=True)]}, ensure_ascii=False))
    """

    func testNetworkXReadsNamesBooleansAndIntegers() throws {
        for graph in [GraphFixtures.sample, GraphFixtures.hostile, GraphFixtures.empty] {
            let result = try ExternalTool.networkx(GraphMLWriterTests.networkxScript, file: GraphMLWriter().write(graph), name: "graph.graphml")
            XCTAssertEqual(result.status, 0, result.errors)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            XCTAssertEqual(json["directed"] as? Bool, false)
            let nodes = try XCTUnwrap(json["nodes"] as? [[Any]])
            var byID: [String: [String: [Any]]] = [:]
            for entry in nodes { byID[entry[0] as! String] = entry[1] as? [String: [Any]] }
            XCTAssertEqual(Set(byID.keys), Set(graph.nodes.map(\.id)))
            for node in graph.nodes {
                let data = try XCTUnwrap(byID[node.id])
                XCTAssertEqual(data["label"]?[0] as? String, "str")
                XCTAssertEqual(data["label"]?[1] as? String, GraphMLWriterTests.xmlSafe(node.name))
                XCTAssertEqual(data["kind"]?[1] as? String, node.kind.rawValue)
                XCTAssertEqual(data["country"]?[1] as? String, node.country)
                XCTAssertEqual(data["parent"]?[1] as? String, node.parent)
                XCTAssertEqual(data["known"]?[0] as? String, "bool")
                XCTAssertEqual(data["known"]?[1] as? Bool, node.known)
                XCTAssertEqual(data["smolensk"]?[0] as? String, "bool")
                XCTAssertEqual(data["smolensk"]?[1] as? Bool, node.smolensk)
            }
            let edges = try XCTUnwrap(json["edges"] as? [[Any]])
            XCTAssertEqual(edges.count, graph.edges.count)
            for entry in edges {
                let ends = Set([entry[0] as! String, entry[1] as! String])
                let edge = try XCTUnwrap(graph.edges.first { Set([$0.source, $0.target]) == ends })
                let data = try XCTUnwrap(entry[2] as? [String: [Any]])
                XCTAssertEqual(data["events"]?[0] as? String, "int")
                XCTAssertEqual(data["events"]?[1] as? Int, edge.events)
                XCTAssertEqual(data["relations"]?[1] as? String, edge.relations.map(\.rawValue).joined(separator: ","))
                XCTAssertEqual(data["first"]?[1] as? String, edge.first?.iso)
                XCTAssertEqual(data["last"]?[1] as? String, edge.last?.iso)
                XCTAssertEqual(data["evidence"]?[1] as? String, GraphJSONWriter.evidence(edge.evidence).serialized())
            }
        }
    }

    // MARK: Determinism, empty graph, reader errors

    func testSameGraphGivesSameBytesWhateverTheInputOrder() {
        let text = GraphMLWriter().write(GraphFixtures.sample)
        XCTAssertEqual(text, GraphMLWriter().write(GraphFixtures.sample))
        XCTAssertEqual(text, GraphMLWriter().write(GraphFixtures.shuffled))
    }

    func testEmptyGraphIsValid() throws {
        let document = try GraphMLReader().read(GraphMLWriter().write(GraphFixtures.empty))
        XCTAssertEqual(document.nodes, [])
        XCTAssertEqual(document.edges, [])
        XCTAssertEqual(document.keys.count, GraphMLKeys.all.count)
    }

    func testReaderReportsWhatItCannotRead() {
        let keys = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="n" for="edge" attr.name="n" attr.type="int"/>"#
        func error(_ body: String) -> GraphMLReader.ReadError? {
            do {
                _ = try GraphMLReader().read(keys + body + "</graphml>")
                return nil
            } catch { return error as? GraphMLReader.ReadError }
        }
        XCTAssertEqual(error(#"<graph><node id="a"><data key="zz">x</data></node></graph>"#), .undeclaredKey(line: 1, key: "zz"))
        XCTAssertEqual(error(#"<graph><edge source="a" target="b"><data key="n">many</data></edge></graph>"#),
                       .badValue(line: 1, key: "n", text: "many"))
        XCTAssertEqual(error(#"<graph><edge source="a"/></graph>"#), .missingAttribute(line: 1, element: "edge", attribute: "target"))
        XCTAssertEqual(error(#"<graph><hyperedge/></graph>"#), .unsupported(line: 1, what: "hyperedges"))
        XCTAssertEqual(error(#"<graph><node id="a"><graph/></node></graph>"#), .unsupported(line: 1, what: "nested graphs"))
        let mismatched = error(#"<graph><node id="a"></graph>"#)
        guard case .malformed? = mismatched else { return XCTFail("mismatched tags: \(String(describing: mismatched))") }
    }

    func testReaderReadsOtherToolsTypes() throws {
        let text = """
        <?xml version="1.0"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="node" attr.name="ok" attr.type="boolean"/>
          <key id="d1" for="node" attr.name="size" attr.type="long"/>
          <key id="d2" for="node" attr.name="x" attr.type="double"/>
          <graph edgedefault="directed"><node id="a"><data key="d0">True</data><data key="d1"> 12 </data><data key="d2">1.5</data></node></graph>
        </graphml>
        """
        let document = try GraphMLReader().read(text)
        XCTAssertEqual(document.nodes.first?.data, ["ok": .boolean(true), "size": .int(12), "x": .string("1.5")])
        XCTAssertEqual(document.edgeDefault, "directed")
    }

    // MARK: Helpers

    /// `name` without what XML 1.0 output drops: C0 controls but tab, LF and CR; DEL and C1 controls.
    static func xmlSafe(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { scalar in
            let value = scalar.value
            return value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && !(0x7F...0x9F).contains(value))
        }))
    }
}
