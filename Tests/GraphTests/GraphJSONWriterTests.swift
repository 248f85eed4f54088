import Entities
import Foundation
@testable import Graph
import XCTest

final class GraphJSONWriterTests: XCTestCase {
    func testExactDocumentKeyOrderNullsAndTrailingNewline() {
        let committee = GraphFixtures.committee
        let unknown = GraphNode(id: "x-1", name: "Фонд", kind: .org, country: nil, parent: nil, known: false, smolensk: false)
        let graph = PartnershipGraph(nodes: [committee, unknown, GraphFixtures.administration], edges: [
            GraphEdge(source: GraphFixtures.administration.id, target: committee.id, evidence: [
                GraphFixtures.evidence("a.txt", item: 2, .event, "2024-02-01", "2024-02-03", dates: "1-3 февраля", quote: "визит"),
                GraphFixtures.evidence("a.txt", item: 1, .agreement, "2023-10-05", dates: "5.10.2023", quote: "соглашение"),
            ]),
            GraphEdge(source: GraphFixtures.administration.id, target: unknown.id, evidence: [
                GraphFixtures.evidence("b.txt", item: 4, .event, nil, dates: "", quote: "переговоры"),
            ]),
        ])
        let expected = """
        {
          "nodes": [
            {
              "id": "by-vitebsk-executive-committee",
              "name": "Витебский городской исполнительный комитет",
              "kind": "org",
              "country": "BY",
              "parent": "by-vitebsk",
              "known": true,
              "smolensk": false
            },
            {
              "id": "ru-smolensk-administration",
              "name": "Администрация города Смоленска",
              "kind": "org",
              "country": "RU",
              "parent": "ru-smolensk",
              "known": true,
              "smolensk": true
            },
            {
              "id": "x-1",
              "name": "Фонд",
              "kind": "org",
              "country": null,
              "parent": null,
              "known": false,
              "smolensk": false
            }
          ],
          "edges": [
            {
              "source": "ru-smolensk-administration",
              "target": "by-vitebsk-executive-committee",
              "relations": [
                "agreement",
                "event"
              ],
              "events": 2,
              "first": "2023-10-05",
              "last": "2024-02-03",
              "evidence": [
                {
                  "source": "a.txt",
                  "item": 1,
                  "dates": "5.10.2023",
                  "relation": "agreement",
                  "quote": "соглашение"
                },
                {
                  "source": "a.txt",
                  "item": 2,
                  "dates": "1-3 февраля",
                  "relation": "event",
                  "quote": "визит"
                }
              ]
            },
            {
              "source": "ru-smolensk-administration",
              "target": "x-1",
              "relations": [
                "event"
              ],
              "events": 1,
              "first": null,
              "last": null,
              "evidence": [
                {
                  "source": "b.txt",
                  "item": 4,
                  "dates": "",
                  "relation": "event",
                  "quote": "переговоры"
                }
              ]
            }
          ]
        }

        """
        XCTAssertEqual(GraphJSONWriter().write(graph), expected)
    }

    func testEmptyGraph() throws {
        let text = GraphJSONWriter().write(GraphFixtures.empty)
        XCTAssertEqual(text, "{\n  \"nodes\": [],\n  \"edges\": []\n}\n")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual((object["nodes"] as? [Any])?.count, 0)
        XCTAssertEqual((object["edges"] as? [Any])?.count, 0)
    }

    func testHostileNamesSurviveJSONSerialization() throws {
        let graph = GraphFixtures.hostile
        let text = GraphJSONWriter().write(graph)
        XCTAssertFalse(text.utf8.contains(0x07), "the control character is escaped, not written raw")
        XCTAssertTrue(text.contains(#"bell\u0007control"#))
        XCTAssertTrue(text.contains("Смоленск, ёлка"), "Cyrillic stays UTF-8 text")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try XCTUnwrap(object["nodes"] as? [[String: Any]])
        XCTAssertEqual(nodes.map { $0["id"] as? String }, graph.nodes.map(\.id))
        XCTAssertEqual(nodes.map { $0["name"] as? String }, graph.nodes.map(\.name))
        XCTAssertEqual(nodes.map { $0["country"] as? String }, graph.nodes.map(\.country))
        XCTAssertEqual(nodes.map { $0["parent"] as? String }, graph.nodes.map(\.parent))
        XCTAssertEqual(nodes.map { $0["known"] as? Bool }, graph.nodes.map(\.known))
        let edges = try XCTUnwrap(object["edges"] as? [[String: Any]])
        XCTAssertEqual(edges.map { $0["target"] as? String }, graph.edges.map(\.target))
        for (json, edge) in zip(edges, graph.edges) {
            let evidence = try XCTUnwrap(json["evidence"] as? [[String: Any]])
            XCTAssertEqual(evidence.map { $0["quote"] as? String }, edge.evidence.map(\.quote))
            XCTAssertEqual(evidence.map { $0["dates"] as? String }, edge.evidence.map(\.dates))
            XCTAssertEqual(evidence.map { $0["source"] as? String }, edge.evidence.map(\.source))
            XCTAssertEqual(json["first"] as? String, edge.first?.iso)
            XCTAssertEqual(json["first"] is NSNull, edge.first == nil)
        }
    }

    func testTypesOfEveryField() throws {
        let text = GraphJSONWriter().write(GraphFixtures.sample)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let edges = try XCTUnwrap(object["edges"] as? [[String: Any]])
        let partnership = try XCTUnwrap(edges.first { $0["target"] as? String == "by-vitebsk-executive-committee" })
        XCTAssertEqual(partnership["relations"] as? [String], ["agreement", "event"])
        XCTAssertEqual(partnership["events"] as? Int, 4)
        XCTAssertEqual(partnership["first"] as? String, "2023-10-04")
        XCTAssertEqual(partnership["last"] as? String, "2025-02-10")
        XCTAssertEqual((partnership["evidence"] as? [[String: Any]])?.first?["item"] as? Int, 7)
        XCTAssertEqual(object.keys.sorted(), ["edges", "nodes"])
    }

    func testSameGraphGivesSameBytesWhateverTheInputOrder() {
        let text = GraphJSONWriter().write(GraphFixtures.sample)
        XCTAssertEqual(text, GraphJSONWriter().write(GraphFixtures.sample))
        XCTAssertEqual(text, GraphJSONWriter().write(GraphFixtures.shuffled))
    }
}
