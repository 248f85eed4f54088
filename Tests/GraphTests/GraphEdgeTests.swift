import XCTest
@testable import Entities
@testable import Graph

/// `GraphEdge` and `Evidence`: distinct, ordered evidence and the aggregates drawn from it.
final class GraphEdgeTests: XCTestCase {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func evidence(_ source: String, _ item: Int, _ relation: Relation, _ first: String?, _ last: String? = nil) -> Evidence {
        Evidence(source: source, item: item, dates: "", relation: relation, quote: "q", first: first.map(day), last: (last ?? first).map(day),
                 period: nil, level: nil)
    }

    func testAnEdgeWithoutEvidence() {
        let edge = GraphEdge(source: "a", target: "b", evidence: [])
        XCTAssertEqual(edge.relations, [])
        XCTAssertEqual(edge.events, 0)
        XCTAssertNil(edge.first)
        XCTAssertNil(edge.last)
        XCTAssertEqual(edge.agreements, [])
    }

    func testEvidenceIsDistinctAndSortedByDateThenReportItemAndRelation() {
        let edge = GraphEdge(source: "a", target: "b", evidence: [
            Self.evidence("b.txt", 3, .event, "2024-05-01"),
            Self.evidence("a.txt", 9, .event, "2024-05-01"),
            Self.evidence("a.txt", 2, .twinning, "2023-01-10"),
            Self.evidence("a.txt", 2, .agreement, "2023-01-10"),
            Self.evidence("a.txt", 2, .agreement, "2023-01-10"),
            Self.evidence("c.txt", 1, .event, nil),
        ])
        XCTAssertEqual(edge.evidence.map { "\($0.source)#\($0.item) \($0.relation)" },
                       ["c.txt#1 event", "a.txt#2 agreement", "a.txt#2 twinning", "a.txt#9 event", "b.txt#3 event"])
    }

    func testAggregates() {
        let edge = GraphEdge(source: "a", target: "b", evidence: [
            Self.evidence("a.txt", 2, .event, "2023-01-10", "2023-01-12"),
            Self.evidence("a.txt", 2, .agreement, "2023-01-10"),
            Self.evidence("b.txt", 2, .event, "2024-05-01", "2024-06-30"),
            Self.evidence("b.txt", 4, .twinning, nil),
        ])
        XCTAssertEqual(edge.relations, [.agreement, .twinning, .event])
        XCTAssertEqual(edge.events, 3, "item 2 of a.txt, items 2 and 4 of b.txt")
        XCTAssertEqual(edge.first, Self.day("2023-01-10"))
        XCTAssertEqual(edge.last, Self.day("2024-06-30"))
        XCTAssertEqual(edge.agreements.map(\.item), [2])
    }

    func testRelationOrder() {
        XCTAssertEqual(Relation.allCases.sorted(), [.agreement, .twinning, .planned, .event])
        XCTAssertEqual([Relation.event, .planned, .agreement].sorted(), [.agreement, .planned, .event], "a signed document is the strongest tie")
        XCTAssertEqual(Relation.allCases.map(\.rawValue), ["agreement", "twinning", "planned", "event"])
    }
}
