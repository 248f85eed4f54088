import Entities
import Foundation
@testable import Graph
import XCTest

final class DOTWriterTests: XCTestCase {
    // MARK: Graphviz accepts it

    func testDotNeatoSfdpAndFdpRenderWithoutAnyWarning() throws {
        for (name, graph) in [("sample", GraphFixtures.sample), ("hostile", GraphFixtures.hostile), ("empty", GraphFixtures.empty)] {
            let text = DOTWriter().write(graph)
            for program in ["dot", "neato", "sfdp", "fdp"] {
                let result = try ExternalTool.graphviz(program, format: "svg", text)
                XCTAssertEqual(result.status, 0, "\(program) on the \(name) graph: \(result.errors)")
                XCTAssertEqual(result.errors, "", "\(program) on the \(name) graph wrote to stderr")
                XCTAssertTrue(result.output.contains("</svg>"), "\(program) on the \(name) graph")
            }
        }
    }

    func testHostileNamesAndIDsSurviveGraphviz() throws {
        let graph = GraphFixtures.hostile
        let rendered = try render(graph)
        let graphNodes = rendered.nodes.filter { !$0.key.hasPrefix("legend/") }
        XCTAssertEqual(Set(graphNodes.keys), Set(graph.nodes.map(\.id)))
        for node in graph.nodes {
            guard let object = graphNodes[node.id] else { continue }
            let label = DOTWriterTests.unescape(object["label"] as? String ?? "", text: true)
            XCTAssertEqual(label, DOTWriterTests.displayed(node.name), "label of \(node.id.debugDescription)")
            XCTAssertEqual(rendered.lines[node.id], DOTWriterTests.displayed(node.name).components(separatedBy: "\n"),
                           "lines drawn for \(node.name.debugDescription)")
            let tooltip = DOTWriterTests.unescape(object["tooltip"] as? String ?? "", text: true)
            XCTAssertTrue(tooltip.hasPrefix(DOTWriterTests.displayed(node.name) + "\n"), tooltip.debugDescription)
        }
        let edges = rendered.edges.filter { !$0.tail.hasPrefix("legend/") }
        XCTAssertEqual(Set(edges.map { "\($0.tail)\u{0}\($0.head)" }), Set(graph.edges.map { "\($0.source)\u{0}\($0.target)" }))
        XCTAssertNotNil(rendered.clusters["cluster_B\"Y"], "a country code with a quote still names its cluster")
    }

    func testBreakoutAttemptsStayInsideQuotes() {
        XCTAssertEqual(DOTWriter.id(#"a"]; node [shape=box"#), #""a\"]; node [shape=box""#)
        XCTAssertEqual(DOTWriter.id("a\\b\nc\rd"), #""a\\b\nc\rd""#)
        XCTAssertEqual(DOTWriter.id("ends in \\"), #""ends in \\""#)
        XCTAssertEqual(DOTWriter.id("a --> b & <b>"), #""a --> b & <b>""#)
        XCTAssertEqual(DOTWriter.text("a & b"), #""a &amp; b""#)
        XCTAssertEqual(DOTWriter.text("one\r\ntwo\rthree\nfour"), #""one\ntwo\nthree\nfour""#)
        XCTAssertEqual(DOTWriter.text("tab\there"), "\"tab\there\"")
        XCTAssertEqual(DOTWriter.text("bell\u{07}del\u{7F}c1\u{85}nul\u{00}"), "\"bell\u{2407}del\u{2421}c1\u{FFFD}nul\u{2400}\"")
        XCTAssertEqual(DOTWriter.text("Смоленск 🙂"), "\"Смоленск 🙂\"")
    }

    func testEveryStatementQuotesItsIDs() {
        let text = DOTWriter().write(GraphFixtures.hostile)
        for id in GraphFixtures.hostileIDs.dropFirst() {
            XCTAssertTrue(text.contains(DOTWriter.id(id) + " ["), "node statement for \(id.debugDescription)")
        }
        XCTAssertFalse(text.contains("=<"), "no HTML labels")
        XCTAssertTrue(text.utf8.allSatisfy { $0 >= 0x20 || $0 == 0x0A || $0 == 0x09 }, "no control bytes but LF and tab")
    }

    // MARK: Layout and styles

    func testClustersPerCountryAndForTheSmolenskRegion() throws {
        let rendered = try render(GraphFixtures.sample)
        XCTAssertEqual(Set(rendered.clusters.keys), ["cluster_smolensk", "cluster_BY", "cluster_CN", "cluster_legend"])
        XCTAssertEqual(rendered.clusters["cluster_smolensk"]?.nodes, ["ru-smolensk", "ru-smolensk-administration"])
        XCTAssertEqual(rendered.clusters["cluster_BY"]?.nodes, ["by", "by-vitebsk", "by-vitebsk-executive-committee", "person-ivanov-ii"])
        XCTAssertEqual(rendered.clusters["cluster_BY"]?.label, "BY — Беларусь")
        XCTAssertEqual(rendered.clusters["cluster_CN"]?.nodes, ["cn"])
        XCTAssertEqual(rendered.clusters["cluster_CN"]?.label, "CN — Китай")
        XCTAssertNotNil(rendered.nodes["x-vityaz"], "a node without a country is drawn outside clusters")
        XCTAssertFalse(rendered.clusters.values.contains { $0.nodes.contains("x-vityaz") })
    }

    func testCountryClusterWithoutTheCountryNodeIsLabelledWithTheCode() throws {
        let graph = PartnershipGraph(nodes: [GraphFixtures.administration, GraphFixtures.committee],
                                     edges: [GraphFixtures.partnership])
        let rendered = try render(graph)
        XCTAssertEqual(rendered.clusters["cluster_BY"]?.label, "BY")
    }

    func testNodeShapeAndColourByKindAndDashedBorderWhenUnknown() throws {
        let rendered = try render(GraphFixtures.sample)
        var seen: [String: String] = [:]
        for node in GraphFixtures.sample.nodes {
            let object = try XCTUnwrap(rendered.nodes[node.id])
            XCTAssertEqual(object["shape"] as? String, DOTWriter.shape(node.kind))
            XCTAssertEqual(object["fillcolor"] as? String, DOTWriter.fill(node.kind))
            let style = (object["style"] as? String ?? "").split(separator: ",")
            XCTAssertEqual(style.contains("dashed"), !node.known, node.id)
            seen[DOTWriter.shape(node.kind) + DOTWriter.fill(node.kind)] = node.kind.rawValue
        }
        let styles = Set(EntityKind.allCases.map { DOTWriter.shape($0) + DOTWriter.fill($0) })
        XCTAssertEqual(styles.count, EntityKind.allCases.count, "every kind looks different")
    }

    func testEdgeStyleFollowsTheStrongestRelationAndTheLabelListsThemAll() throws {
        let rendered = try render(GraphFixtures.sample)
        func edge(_ source: String, _ target: String) throws -> [String: Any] {
            try XCTUnwrap(rendered.edges.first { $0.tail == source && $0.head == target }?.attributes)
        }
        let agreement = try edge("ru-smolensk-administration", "by-vitebsk-executive-committee")
        XCTAssertEqual(agreement["style"] as? String, "solid")
        XCTAssertEqual(agreement["color"] as? String, "#1a5276")
        XCTAssertEqual(agreement["penwidth"] as? String, "4", "1 + log2(4 events) + 1 for an agreement")
        XCTAssertEqual(agreement["label"] as? String, "agreement, event")
        let tooltip = DOTWriterTests.unescape(agreement["tooltip"] as? String ?? "", text: true)
        XCTAssertTrue(tooltip.hasSuffix("agreement, event\n4 events, 2023-10-04 – 2025-02-10"), tooltip)

        let twinning = try edge("ru-smolensk", "by-vitebsk")
        XCTAssertEqual(twinning["color"] as? String, "#c0392b:invis:#c0392b", "a double line")
        XCTAssertEqual(twinning["label"] as? String, "twinning, event")
        XCTAssertEqual(twinning["penwidth"] as? String, "2")

        let event = try edge("ru-smolensk-administration", "x-vityaz")
        XCTAssertEqual(event["style"] as? String, "dashed")
        XCTAssertEqual(event["label"] as? String ?? "", "", "one relation: the style says it")
        XCTAssertTrue(DOTWriterTests.unescape(event["tooltip"] as? String ?? "", text: true).hasSuffix("event\n1 event, no dates"))
    }

    func testPenWidthGrowsWithLog2OfEventsAndIsClamped() {
        XCTAssertEqual(DOTWriter.penWidth(.event, events: 0), "1")
        XCTAssertEqual(DOTWriter.penWidth(.event, events: 1), "1")
        XCTAssertEqual(DOTWriter.penWidth(.event, events: 2), "2")
        XCTAssertEqual(DOTWriter.penWidth(.event, events: 3), "2.58")
        XCTAssertEqual(DOTWriter.penWidth(.twinning, events: 6), "3.58")
        XCTAssertEqual(DOTWriter.penWidth(.event, events: 128), "8")
        XCTAssertEqual(DOTWriter.penWidth(.event, events: 100_000), "8")
        XCTAssertEqual(DOTWriter.penWidth(.agreement, events: 1), "2")
        XCTAssertEqual(DOTWriter.penWidth(.agreement, events: 64), "8")
    }

    func testLegendExplainsKindsUnknownAndRelations() throws {
        let rendered = try render(GraphFixtures.empty)
        let legend = try XCTUnwrap(rendered.clusters["cluster_legend"])
        for kind in EntityKind.allCases {
            XCTAssertEqual(rendered.nodes["legend/\(kind.rawValue)"]?["label"] as? String, kind.rawValue)
            XCTAssertTrue(legend.nodes.contains("legend/\(kind.rawValue)"))
        }
        XCTAssertEqual(rendered.nodes["legend/unknown"]?["style"] as? String, "filled,rounded,dashed")
        let labels = Set(rendered.edges.compactMap { $0.attributes["label"] as? String })
        XCTAssertTrue(labels.isSuperset(of: Relation.allCases.map(\.rawValue)))

        let bare = DOTWriter(includeLegend: false).write(GraphFixtures.sample)
        XCTAssertFalse(bare.contains("legend"))
        XCTAssertEqual(try ExternalTool.graphviz("dot", format: "svg", bare).errors, "")
    }

    func testAnEdgeToANodeMissingFromTheGraphStillRenders() throws {
        let graph = PartnershipGraph(nodes: [GraphFixtures.administration], edges: [GraphFixtures.partnership])
        let rendered = try render(graph)
        XCTAssertNotNil(rendered.nodes["by-vitebsk-executive-committee"], "Graphviz creates the missing node")
        XCTAssertTrue(DOTWriter().write(graph).contains("Администрация города Смоленска — by-vitebsk-executive-committee"),
                      "the tooltip names the missing node by its id")
    }

    // MARK: Determinism

    func testSameGraphGivesSameBytesWhateverTheInputOrder() {
        let text = DOTWriter().write(GraphFixtures.sample)
        XCTAssertEqual(text, DOTWriter().write(GraphFixtures.sample))
        XCTAssertEqual(text, DOTWriter().write(GraphFixtures.shuffled))
        XCTAssertEqual(DOTWriter().write(GraphFixtures.hostile), DOTWriter().write(GraphFixtures.hostile))
    }

    func testEmptyGraphIsValidDOT() throws {
        let text = DOTWriter().write(GraphFixtures.empty)
        XCTAssertTrue(text.hasPrefix("// linkgraph partnership graph: 0 nodes, 0 edges.\n"))
        XCTAssertTrue(text.hasSuffix("}\n"))
        let result = try ExternalTool.graphviz("dot", format: "canon", DOTWriter(includeLegend: false).write(GraphFixtures.empty))
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.errors, "")
    }

    // MARK: Helpers

    struct Rendered {
        /// Node attributes by node id (DOT escapes undone).
        var nodes: [String: [String: Any]] = [:]
        /// The text lines Graphviz drew for each node's label.
        var lines: [String: [String]] = [:]
        var edges: [(tail: String, head: String, attributes: [String: Any])] = []
        var clusters: [String: (label: String, nodes: [String])] = [:]
    }

    /// Lays the graph out with `dot -Tjson` and reads back what Graphviz understood.
    func render(_ graph: PartnershipGraph) throws -> Rendered {
        let result = try ExternalTool.graphviz("dot", format: "json", DOTWriter().write(graph))
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertEqual(result.errors, "")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let objects = json["objects"] as? [[String: Any]] ?? []
        var names: [Int: String] = [:]
        var rendered = Rendered()
        for object in objects {
            guard let gvid = object["_gvid"] as? Int, let raw = object["name"] as? String else { continue }
            names[gvid] = DOTWriterTests.unescape(raw, text: false)
        }
        for object in objects {
            guard let gvid = object["_gvid"] as? Int, let name = names[gvid] else { continue }
            if let members = object["nodes"] as? [Int] {
                let label = DOTWriterTests.unescape(object["label"] as? String ?? "", text: true)
                rendered.clusters[name] = (label, members.compactMap { names[$0] })
            } else if object["edges"] == nil {
                rendered.nodes[name] = object
                let draw = object["_ldraw_"] as? [[String: Any]] ?? []
                rendered.lines[name] = draw.filter { $0["op"] as? String == "T" }.compactMap { $0["text"] as? String }
            }
        }
        for edge in json["edges"] as? [[String: Any]] ?? [] {
            guard let tail = (edge["tail"] as? Int).flatMap({ names[$0] }), let head = (edge["head"] as? Int).flatMap({ names[$0] }) else { continue }
            rendered.edges.append((tail, head, edge))
        }
        return rendered
    }

    /// Undoes DOTWriter's escaping as Graphviz does: `\\` `\"` `\n` `\r`, and `&amp;` in labels.
    static func unescape(_ raw: String, text: Bool) -> String {
        var out = ""
        var scalars = raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\", let next = scalars.next() else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch next {
            case "\\": out += "\\"
            case "\"": out += "\""
            case "n": out += "\n"
            case "r": out += "\r"
            default: out += "\\" + String(next)
            }
        }
        return text ? out.replacingOccurrences(of: "&amp;", with: "&") : out
    }

    /// What a label should show: line breaks as LF, control characters as control pictures.
    static func displayed(_ name: String) -> String {
        var out = ""
        for scalar in name.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").unicodeScalars {
            if scalar.value < 0x20, scalar != "\n", scalar != "\t" {
                out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
