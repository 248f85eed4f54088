import Foundation
import XCTest

/// `linkgraph graph --format html` on the example reports: small, the same graph as `--format json`, and
/// a time slider whose last quarter says what `linkgraph dormant` says.
final class GraphHTMLCommandTests: XCTestCase {
    static let examples = GraphCommandTests.examples

    static func run(_ options: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let run = try runLinkgraph(options)
        XCTAssertEqual(run.status, 0, run.errors, file: file, line: line)
        XCTAssertEqual(run.errors, "", file: file, line: line)
        return run.output
    }

    /// The JSON in `<script type="application/json" id="…">`.
    static func block(_ page: String, id: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let start = try XCTUnwrap(page.range(of: "<script type=\"application/json\" id=\"\(id)\">"), file: file, line: line)
        let end = try XCTUnwrap(page.range(of: "</script>", range: start.upperBound..<page.endIndex), file: file, line: line)
        let value = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
        return try XCTUnwrap(value as? [String: Any], file: file, line: line)
    }

    func testPageHasTheGraphOfTheJSONFormatAndIsUnderOneMegabyte() throws {
        for level in ["org", "place", "country"] {
            let page = try Self.run(["graph"] + Self.examples + ["--level", level, "--format", "html"])
            XCTAssertLessThan(page.utf8.count, 1_000_000, "\(level): \(page.utf8.count) bytes")
            let json = try Self.run(["graph"] + Self.examples + ["--level", level, "--format", "json"])
            let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
            XCTAssertEqual(try Self.block(page, id: "graph-data") as NSDictionary, expected)
            let nodes = (expected["nodes"] as? [Any])?.count ?? -1, edges = (expected["edges"] as? [Any])?.count ?? -1
            XCTAssertGreaterThan(edges, 0)
            XCTAssertEqual(page.components(separatedBy: "<g class=\"node ").count - 1, nodes)
            XCTAssertEqual(page.components(separatedBy: "<g class=\"edge ").count - 1, edges)
        }
    }

    func testLastQuarterAgreesWithTheDormantCommand() throws {
        let names = ["a": "active", "d": "dormant", "n": "not-judged", "o": "one-off"]
        for level in ["org", "place"] {
            let page = try Self.run(["graph"] + Self.examples + ["--level", level, "--format", "html"])
            let graph = try Self.block(page, id: "graph-data"), view = try Self.block(page, id: "view-data")
            let edges = try XCTUnwrap(graph["edges"] as? [[String: Any]])
            let states = try XCTUnwrap(view["states"] as? [String])
            var onPage: [String: String] = [:]
            for (edge, state) in zip(edges, states) {
                onPage["\(edge["source"]!) \(edge["target"]!)"] = state.last.flatMap { names[String($0)] }
            }
            let dormant = try Self.run(["dormant"] + Self.examples + ["--level", level, "--all", "--format", "json"])
            let rows = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(dormant.utf8)) as? [String: Any])?["partnerships"] as? [[String: Any]])
            XCTAssertEqual(rows.count, edges.count)
            for row in rows {
                let key = "\(row["source"]!) \(row["target"]!)"
                XCTAssertEqual(onPage[key], row["status"] as? String, key)
            }
            XCTAssertTrue(rows.contains { $0["status"] as? String == "dormant" }, "the examples have dormant ties")
        }
    }

    func testSVGFormatIsTheSamePictureLaidOutByLinkgraph() throws {
        let svg = try Self.run(["graph"] + Self.examples + ["--level", "place", "--format", "svg"])
        let page = try Self.run(["graph"] + Self.examples + ["--level", "place", "--format", "html"])
        // The page's inline drawing is the SVG's body (the page's has no namespace and an id).
        let body = try XCTUnwrap(svg.range(of: "<g id=\"viewport\">"))
        let bodyText = svg[body.lowerBound...].replacingOccurrences(of: "</svg>\n", with: "")
        // The page adds a dormant sample to the legend; everything from the bands on is the same.
        let bands = try XCTUnwrap(bodyText.range(of: "<g class=\"bands\">"))
        XCTAssertTrue(page.contains(String(bodyText[bands.lowerBound...])))
    }
}
