import Foundation
import XCTest
@testable import Entities
@testable import Graph

/// `DormancyOutput`: assessed partnerships as a table, CSV and JSON.
final class DormancyOutputTests: XCTestCase {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static let graph = PartnershipGraph(
        nodes: [GraphNode(id: "ru-smolensk", name: "Смоленск", kind: .city, country: "RU", parent: nil, known: true, smolensk: true),
                GraphNode(id: "by-vitebsk", name: "Витебск", kind: .city, country: "BY", parent: nil, known: true, smolensk: false)],
        edges: [GraphEdge(source: "ru-smolensk", target: "by-vitebsk", evidence: [
            Evidence(source: "a.txt", item: 2, dates: "25 сентября 2023 года", relation: .agreement, quote: "соглашение, \"о дружбе\"",
                     first: day("2023-09-25"), last: day("2023-09-25"), documentDate: day("2017-02-20"),
                     period: ReportPeriod(year: 2023, quarter: 3), level: .municipal),
            Evidence(source: "b.txt", item: 5, dates: "март 2024 года", relation: .event, quote: "Встреча",
                     first: day("2024-03-01"), last: day("2024-03-31"), period: ReportPeriod(year: 2024, quarter: 1), level: .municipal),
        ])])

    static let coverage = ReportCoverage(reports: [ReportPeriod(year: 2023, quarter: 3), ReportPeriod(year: 2024, quarter: 1),
                                                   ReportPeriod(year: 2025, quarter: 1)].map {
        Report(source: "r", format: "text", title: "", period: $0, level: .municipal, sections: [], notes: [], items: [], warnings: [], text: "")
    })

    private func rows() -> [Dormancy.Assessment] {
        Dormancy(coverage: Self.coverage, asOf: Self.day("2025-03-31"), quiet: QuietPeriod("6m")!).assess(Self.graph)
    }

    func testCSV() throws {
        let csv = DormancyOutput.csv(rows(), graph: Self.graph)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines.last, "")
        XCTAssertEqual(try lines.at(0), DormancyOutput.columns.joined(separator: ","))
        XCTAssertEqual(try lines.at(1), "dormant,Смоленск,ru-smolensk,Витебск,by-vitebsk,BY,\"agreement,event\",2017-02-20,2023-09-25,2024-03-31,2,1,365,2,no,b.txt,5,Встреча")
        XCTAssertEqual(DormancyOutput.csv([], graph: Self.graph), DormancyOutput.columns.joined(separator: ",") + "\n")
    }

    func testCSVFields() {
        XCTAssertEqual(DormancyOutput.csvField("plain"), "plain")
        XCTAssertEqual(DormancyOutput.csvField("a,b"), "\"a,b\"")
        XCTAssertEqual(DormancyOutput.csvField("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(DormancyOutput.csvField("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(DormancyOutput.csvField(""), "")
    }

    func testRhythmFormatting() {
        XCTAssertEqual(DormancyOutput.formatRhythm(1), "1")
        XCTAssertEqual(DormancyOutput.formatRhythm(2.5), "2.5")
        XCTAssertEqual(DormancyOutput.formatRhythm(10), "10")
    }

    func testJSON() throws {
        let text = DormancyOutput.json(rows(), graph: Self.graph, coverage: Self.coverage, asOf: Self.day("2025-03-31"), quiet: "6m")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["as_of"] as? String, "2025-03-31")
        XCTAssertEqual(object["quiet_for"] as? String, "6m")
        XCTAssertEqual(object["coverage"] as? String, "municipal: 2023-Q3, 2024-Q1, 2025-Q1")
        let partnerships = try XCTUnwrap(object["partnerships"] as? [[String: Any]])
        XCTAssertEqual(partnerships.count, 1)
        let row = try partnerships.at(0)
        XCTAssertEqual(row["status"] as? String, "dormant")
        XCTAssertEqual(row["source"] as? String, "ru-smolensk")
        XCTAssertEqual(row["target_name"] as? String, "Витебск")
        XCTAssertEqual(row["country"] as? String, "BY")
        XCTAssertEqual(row["relations"] as? [String], ["agreement", "event"])
        XCTAssertEqual(row["agreements"] as? [String], ["2017-02-20"])
        XCTAssertEqual(row["silent_quarters"] as? [String], ["2025-Q1"])
        XCTAssertEqual(row["days_silent"] as? Int, 365)
        XCTAssertEqual(row["rhythm_quarters"] as? Double, 2)
        XCTAssertEqual(row["overdue"] as? Bool, false)
        XCTAssertEqual(row["levels"] as? [String], ["municipal"])
        let last = try XCTUnwrap(row["last_evidence"] as? [String: Any])
        XCTAssertEqual(last["source"] as? String, "b.txt")
        XCTAssertEqual(last["item"] as? Int, 5)
        XCTAssertTrue(text.hasSuffix("}\n"))
    }

    func testTable() {
        let table = DormancyOutput.table(rows(), graph: Self.graph, coverage: Self.coverage, asOf: Self.day("2025-03-31"), quiet: "6m")
        XCTAssertTrue(table.hasPrefix("as of 2025-03-31, quiet for 6m; inputs cover municipal: 2023-Q3, 2024-Q1, 2025-Q1\n\n"), table)
        XCTAssertTrue(table.contains("DORMANT  Смоленск ↔ Витебск (BY)\n"), table)
        XCTAssertTrue(table.contains("relations: agreement, event   events: 2   first: 2023-09-25   last: 2024-03-31   agreements: 2017-02-20"), table)
        XCTAssertTrue(table.contains("silent: 365 days, 1 covered quarter(s) without activity (2025-Q1); usual rhythm: every 2 quarter(s)\n"), table)
        XCTAssertTrue(table.contains("last: b.txt item 5 (март 2024 года): Встреча"), table)
        let empty = DormancyOutput.table([], graph: Self.graph, coverage: Self.coverage, asOf: Self.day("2025-03-31"), quiet: "6m")
        XCTAssertTrue(empty.contains("no partnerships to show"), empty)
    }
}
