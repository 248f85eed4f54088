import Foundation
import XCTest

/// `linkgraph graph` on the example reports: golden files for every format, the ties people use
/// linkgraph for, the filters, and the files read back by Graphviz, xmllint and networkx.
final class GraphCommandTests: XCTestCase {
    static let examples = ["smolensk-municipal-2023-q4", "smolensk-municipal-2024-q4", "smolensk-municipal-2025-q1",
                           "smolensk-regional-2025-q2"].map(Linkgraph.example)

    func graph(_ options: [String]) throws -> String {
        let run = try runLinkgraph(["graph"] + Self.examples + options)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "")
        return run.output
    }

    func json(_ options: [String] = []) throws -> [String: Any] {
        let text = try graph(options + ["--format", "json"])
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func edges(_ graph: [String: Any]) -> [[String: Any]] { graph["edges"] as? [[String: Any]] ?? [] }

    func edge(_ graph: [String: Any], _ source: String, _ target: String) -> [String: Any]? {
        edges(graph).first { $0["source"] as? String == source && $0["target"] as? String == target }
    }

    // MARK: Golden files

    func testGoldenFilesForEveryFormatAtPlaceLevel() throws {
        for format in ["dot", "graphml", "gexf", "json"] {
            assertSnapshot(try graph(["--level", "place", "--format", format]), named: "graph-place.\(format)")
        }
    }

    func testGoldenSVGAtPlaceLevel() throws {
        let svg = try graph(["--level", "place", "--format", "svg"])
        assertSnapshot(svg, named: "graph-place.svg")
        _ = try ExternalTool.require("xmllint", package: "libxml2-utils")
        let lint = try ExternalTool.xmllint(svg, name: "examples.svg")
        XCTAssertEqual(lint.status, 0, lint.errors)
    }

    func testGoldenOrganizationLevelJSON() throws {
        assertSnapshot(try graph(["--format", "json"]), named: "graph-org.json")
    }

    // MARK: The ties

    func testTwinCityNetworkOfSmolensk() throws {
        let graph = try json(["--level", "place"])
        let vitebsk = try XCTUnwrap(edge(graph, "ru-smolensk", "by-vitebsk"), "Smolensk ↔ Vitebsk")
        XCTAssertEqual(vitebsk["relations"] as? [String], ["agreement", "twinning", "event"])
        let orsha = try XCTUnwrap(edge(graph, "ru-smolensk", "by-orsha-district"), "Smolensk ↔ Orsha district")
        XCTAssertTrue((orsha["relations"] as? [String] ?? []).contains("agreement"))
        XCTAssertTrue((orsha["relations"] as? [String] ?? []).contains("twinning"))
        XCTAssertEqual(orsha["first"] as? String, "2023-09-25")
        let moscowDistrict = try XCTUnwrap(edge(graph, "ru-smolensk", "by-minsk-moskovsky-district"), "Smolensk ↔ Moscow district of Minsk")
        XCTAssertTrue((moscowDistrict["relations"] as? [String] ?? []).contains("twinning"))
        let twinning = (moscowDistrict["evidence"] as? [[String: Any]] ?? []).filter { $0["relation"] as? String == "twinning" }
        XCTAssertTrue(twinning.contains { ($0["quote"] as? String ?? "").contains("побратимских связей") && $0["item"] as? Int == 2 },
                      "the 2024 twinning agreement is evidence")
        let mogilev = try XCTUnwrap(edge(graph, "ru-smolensk", "by-mogilev"), "Smolensk ↔ Mogilev")
        XCTAssertTrue((mogilev["relations"] as? [String] ?? []).contains("twinning"), "Mogilev is a partner city")
    }

    func testAgreementBetweenTwoSchoolsTiesExactlyThem() throws {
        let graph = try json()
        let schools = try XCTUnwrap(edge(graph, "ru-smolensk-school-40", "by-minsk-gymnasium-146"))
        XCTAssertTrue((schools["relations"] as? [String] ?? []).contains("agreement"))
        XCTAssertNil(edge(graph, "ru-smolensk-administration", "by-minsk-gymnasium-146")?["relations"].flatMap {
            ($0 as? [String])?.contains("agreement") == true ? $0 : nil
        }, "the schools' agreement does not tie the city administration")
    }

    func testEveryEdgeJoinsASmolenskBodyAndAForeignOne() throws {
        let graph = try json()
        let nodes = Dictionary(uniqueKeysWithValues: (graph["nodes"] as? [[String: Any]] ?? []).map { ($0["id"] as! String, $0) })
        XCTAssertFalse(edges(graph).isEmpty)
        for edge in edges(graph) {
            let source = try XCTUnwrap(nodes[edge["source"] as! String]), target = try XCTUnwrap(nodes[edge["target"] as! String])
            XCTAssertEqual(source["smolensk"] as? Bool, true, "\(edge)")
            XCTAssertNotEqual(target["country"] as? String, "RU", "\(edge)")
            XCTAssertFalse((edge["evidence"] as? [Any] ?? []).isEmpty)
        }
    }

    // MARK: Levels and filters

    func testCountryLevelRollsPartnersUpToCountries() throws {
        let graph = try json(["--level", "country"])
        let targets = Set(edges(graph).map { $0["target"] as! String })
        XCTAssertTrue(targets.isSuperset(of: ["by", "cn", "pe"]), "\(targets)")
        XCTAssertEqual(Set(edges(graph).map { $0["source"] as! String }), ["ru-smolensk-region"])
    }

    func testFilters() throws {
        let china = try json(["--country", "CN"])
        XCTAssertFalse(edges(china).isEmpty)
        let nodes = Dictionary(uniqueKeysWithValues: (china["nodes"] as? [[String: Any]] ?? []).map { ($0["id"] as! String, $0) })
        for edge in edges(china) { XCTAssertEqual(nodes[edge["target"] as! String]?["country"] as? String, "CN") }

        let twinning = try json(["--relation", "twinning"])
        for edge in edges(twinning) { XCTAssertEqual(edge["relations"] as? [String], ["twinning"]) }

        let window = try json(["--since", "2025-01-01", "--until", "2025-03-31"])
        for edge in edges(window) {
            for evidence in edge["evidence"] as? [[String: Any]] ?? [] {
                XCTAssertTrue((evidence["source"] as? String ?? "").contains("2025"), "\(evidence)")
            }
        }

        let frequent = try json(["--min-events", "3"])
        for edge in edges(frequent) { XCTAssertGreaterThanOrEqual(edge["events"] as? Int ?? 0, 3) }
        XCTAssertLessThan(edges(frequent).count, edges(try json()).count)
    }

    func testBadOptionValuesAreUsageErrors() throws {
        for options in [["--level", "street"], ["--country", "Belarus"], ["--since", "2025-13-01"], ["--relation", "friendship"],
                        ["--min-events", "-1"], ["--since", "2025-05-01", "--until", "2025-01-01"], ["--format", "png"]] {
            let run = try runLinkgraph(["graph", Self.examples[0]] + options)
            XCTAssertEqual(run.status, 2, "\(options)")
            XCTAssertEqual(run.errorLines.count, 1, "\(options): \(run.errors)")
        }
    }

    // MARK: Read back by the tools people use

    func testDotRendersWithoutWarnings() throws {
        let dot = try graph(["--level", "place"])
        for program in ["dot", "neato", "sfdp"] {
            _ = try ExternalTool.require(program, package: "graphviz")
            let result = try ExternalTool.graphviz(program, format: "svg", dot)
            XCTAssertEqual(result.status, 0, "\(program): \(result.errors)")
            XCTAssertEqual(result.errors, "", "\(program) warns")
        }
    }

    func testGraphMLIsValidXMLAndNetworkXReadsTheSameGraph() throws {
        let graphML = try graph(["--format", "graphml"])
        _ = try ExternalTool.require("xmllint", package: "libxml2-utils")
        let lint = try ExternalTool.xmllint(graphML, name: "examples.graphml")
        XCTAssertEqual(lint.status, 0, lint.errors)
        _ = try ExternalTool.requireNetworkX()
        let script = """
        import json, sys, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        print(json.dumps({"nodes": {n: d for n, d in g.nodes(data=True)},
                          "edges": [[u, v, d["relations"], d["events"], d.get("first"), d.get("last")] for u, v, d in g.edges(data=True)]},
                         ensure_ascii=False))
        """
        let read = try ExternalTool.networkx(script, file: graphML, name: "examples.graphml")
        XCTAssertEqual(read.status, 0, read.errors)
        let fromNetworkX = try XCTUnwrap(JSONSerialization.jsonObject(with: read.stdout) as? [String: Any])
        let expected = try json()
        let nodes = try XCTUnwrap(fromNetworkX["nodes"] as? [String: [String: Any]])
        let expectedNodes = expected["nodes"] as? [[String: Any]] ?? []
        XCTAssertEqual(nodes.count, expectedNodes.count)
        for node in expectedNodes {
            let id = node["id"] as! String
            let read = try XCTUnwrap(nodes[id], id)
            XCTAssertEqual(read["label"] as? String, node["name"] as? String)
            XCTAssertEqual(read["kind"] as? String, node["kind"] as? String)
            XCTAssertEqual(read["known"] as? Bool, node["known"] as? Bool, "booleans stay booleans")
            XCTAssertEqual(read["smolensk"] as? Bool, node["smolensk"] as? Bool)
        }
        let readEdges = try XCTUnwrap(fromNetworkX["edges"] as? [[Any]])
        XCTAssertEqual(readEdges.count, edges(expected).count)
        var byPair: [String: [Any]] = [:]
        for edge in readEdges {
            let ends = [edge[0] as! String, edge[1] as! String].sorted()
            byPair[ends.joined(separator: " ")] = edge
        }
        for edge in edges(expected) {
            let key = [edge["source"] as! String, edge["target"] as! String].sorted().joined(separator: " ")
            let read = try XCTUnwrap(byPair[key], key)
            XCTAssertEqual(read[2] as? String, (edge["relations"] as? [String])?.joined(separator: ","))
            XCTAssertEqual(read[3] as? Int, edge["events"] as? Int, "events stay integers")
            XCTAssertEqual(read[4] as? String, edge["first"] as? String)
            XCTAssertEqual(read[5] as? String, edge["last"] as? String)
        }
    }

    func testGEXFIsValidXML() throws {
        let gexf = try graph(["--format", "gexf", "--level", "place"])
        _ = try ExternalTool.require("xmllint", package: "libxml2-utils")
        let lint = try ExternalTool.xmllint(gexf, name: "examples.gexf")
        XCTAssertEqual(lint.status, 0, lint.errors)
        XCTAssertTrue(gexf.contains("<spell start=\"2023-09-25\""), "edges carry the periods they were active")
    }

    func testWordAndTextInputGiveTheSameGraph() throws {
        let text = try graph(["--format", "json"])
        let words = try runLinkgraph(["graph", "--format", "json"] + Self.examples.map {
            $0.replacingOccurrences(of: "Examples/", with: "Examples/docx/").replacingOccurrences(of: ".txt", with: ".docx")
        })
        XCTAssertEqual(words.status, 0, words.errors)
        XCTAssertEqual(words.output.replacingOccurrences(of: "Examples/docx/", with: "Examples/").replacingOccurrences(of: ".docx", with: ".txt"), text)
    }
}
