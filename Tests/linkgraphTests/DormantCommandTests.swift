import Foundation
import XCTest

/// `linkgraph dormant` on the example reports.
final class DormantCommandTests: XCTestCase {
    static let examples = ["smolensk-municipal-2023-q4", "smolensk-municipal-2024-q4", "smolensk-municipal-2025-q1",
                           "smolensk-regional-2025-q2"].map(Linkgraph.example)

    func partnerships(_ options: [String]) throws -> [[String: Any]] {
        let run = try runLinkgraph(["dormant"] + Self.examples + options + ["--format", "json"])
        XCTAssertEqual(run.status, 0, run.errors)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        XCTAssertEqual(json["as_of"] as? String, options.contains("--as-of") ? options[options.firstIndex(of: "--as-of")! + 1] : "2025-06-30")
        return json["partnerships"] as? [[String: Any]] ?? []
    }

    func row(_ rows: [[String: Any]], _ source: String, _ target: String) -> [String: Any]? {
        rows.first { $0["source"] as? String == source && $0["target"] as? String == target }
    }

    func testSamarkandIsReportedOnlyInTheFourthQuarterOf2023() throws {
        let all = try partnerships(["--level", "place", "--all"])
        let samarkand = try XCTUnwrap(row(all, "ru-smolensk", "uz-samarkand"), "Smolensk ↔ Samarkand")
        XCTAssertEqual(samarkand["status"] as? String, "one-off", "one reception is not a partnership")
        XCTAssertEqual(samarkand["last"] as? String, "2023-12-19")
        let loose = try partnerships(["--level", "place", "--min-events", "1"])
        let dormant = try XCTUnwrap(row(loose, "ru-smolensk", "uz-samarkand"), "with one event enough, it is dormant")
        XCTAssertEqual(dormant["status"] as? String, "dormant")
        XCTAssertEqual(dormant["silent_quarters"] as? [String], ["2024-Q4", "2025-Q1"], "only quarters municipal reports cover")
    }

    func testTwinCitiesStillMeetingAreActive() throws {
        let all = try partnerships(["--level", "place", "--all"])
        let vitebsk = try XCTUnwrap(row(all, "ru-smolensk", "by-vitebsk"))
        XCTAssertEqual(vitebsk["status"] as? String, "active")
        let minsk = try XCTUnwrap(row(all, "ru-smolensk", "by-minsk-moskovsky-district"))
        XCTAssertEqual(minsk["status"] as? String, "active")
    }

    func testVelizhAgreementWithTheVitebskDistrictHasGoneQuiet() throws {
        let dormant = try partnerships(["--level", "place"])
        let velizh = try XCTUnwrap(row(dormant, "ru-velizh-okrug", "by-vitebsk-district"))
        XCTAssertEqual(velizh["agreements"] as? [String], ["2017-02-20"])
        XCTAssertEqual(velizh["overdue"] as? Bool, true, "it met every quarter and has missed more than three")
        for row in dormant { XCTAssertEqual(row["status"] as? String, "dormant") }
        let days = dormant.compactMap { $0["days_silent"] as? Int }
        XCTAssertEqual(days, days.sorted(by: >), "the longest silent first")
    }

    func testAsOfAndQuietPeriodChangeTheVerdict() throws {
        let early = try partnerships(["--level", "place", "--as-of", "2024-03-31", "--all"])
        XCTAssertEqual(row(early, "ru-velizh-okrug", "by-vitebsk-district")?["status"] as? String, "active",
                       "five months after its last activity")
        let late = try partnerships(["--level", "place", "--as-of", "2025-12-31", "--quiet-for", "3m", "--all"])
        let regionalOnly = late.filter { $0["levels"] as? [String] == ["regional"] && $0["status"] as? String != "one-off" }
        XCTAssertFalse(regionalOnly.isEmpty)
        for row in regionalOnly {
            XCTAssertEqual(row["status"] as? String, "not-judged", "no regional report after 2025-Q2 could have mentioned it: \(row)")
        }
        // A longer quiet period judges fewer partnerships dormant (those overdue by their own rhythm stay so).
        let patient = try partnerships(["--level", "org", "--quiet-for", "5y"])
        XCTAssertLessThan(patient.count, try partnerships(["--level", "org"]).count)
    }

    func testTableAndCSV() throws {
        let table = try runLinkgraph(["dormant"] + Self.examples)
        XCTAssertEqual(table.status, 0)
        XCTAssertTrue(table.output.hasPrefix("as of 2025-06-30, quiet for 12m; inputs cover municipal: 2023-Q4, 2024-Q4, 2025-Q1; regional: 2025-Q2"))
        let csv = try runLinkgraph(["dormant"] + Self.examples + ["--format", "csv", "--all"])
        let header = csv.output.split(separator: "\n").first.map(String.init)
        XCTAssertEqual(header, "status,smolensk,smolensk_id,partner,partner_id,country,relations,agreements,first,last,events,silent_quarters,days_silent,rhythm_quarters,overdue,last_source,last_item,last_quote")
    }

    func testBadValuesAreUsageErrors() throws {
        for options in [["--quiet-for", "soon"], ["--as-of", "yesterday"], ["--level", "country"], ["--min-events", "0"]] {
            let run = try runLinkgraph(["dormant", Self.examples[0]] + options)
            XCTAssertEqual(run.status, 2, "\(options)")
            XCTAssertEqual(run.errorLines.count, 1, run.errors)
        }
    }
}
