import Foundation
import XCTest

/// The `items` JSON: its documented keys in their documented order, and a golden snapshot of one report.
final class ReportJSONTests: XCTestCase {
    /// Keys of the pretty-printed JSON at `indent` spaces, in order of first appearance, from `lines`.
    private func keys(at indent: Int, in lines: some Sequence<Substring>) -> [String] {
        var keys: [String] = []
        let prefix = String(repeating: " ", count: indent) + "\""
        for line in lines where line.hasPrefix(prefix) && !line.dropFirst(prefix.count).hasPrefix(" ") {
            let rest = line.dropFirst(prefix.count)
            guard let close = rest.firstIndex(of: "\""), rest[close...].hasPrefix("\": ") else { continue }
            let key = String(rest[..<close])
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    private func assertInOrder(_ documented: [String], in actual: [String], file: StaticString = #filePath, line: UInt = #line) {
        let positions = documented.map { actual.firstIndex(of: $0) }
        XCTAssertFalse(positions.contains(nil), "\(documented) not all in \(actual)", file: file, line: line)
        let found = positions.compactMap { $0 }
        XCTAssertEqual(found, found.sorted(), "\(documented) not in this order in \(actual)", file: file, line: line)
    }

    func testDocumentedKeysInTheirOrder() throws {
        let run = try runLinkgraph(["items", Linkgraph.example("smolensk-municipal-2025-q1")])
        XCTAssertEqual(run.status, 0, run.errors)
        let lines = run.output.split(separator: "\n")
        XCTAssertEqual(keys(at: 2, in: lines), ["reports"])
        assertInOrder(["source", "title", "period", "level", "warnings", "items"], in: keys(at: 6, in: lines))
        XCTAssertEqual(keys(at: 8, in: lines), ["year", "quarter"])
        let items = try XCTUnwrap(lines.firstIndex(of: "      \"items\": ["))
        let itemLines = lines[items...]
        assertInOrder(["number", "section", "name", "place", "dates", "goal", "participants"], in: keys(at: 10, in: itemLines))
        XCTAssertEqual(keys(at: 12, in: itemLines).prefix(2), ["text", "ranges"])
        XCTAssertEqual(keys(at: 16, in: itemLines), ["start", "end", "precision"])
    }

    func testItemsJSONSnapshot() throws {
        let run = try runLinkgraph(["items", "--format", "json", Linkgraph.example("smolensk-municipal-2025-q1")])
        XCTAssertEqual(run.status, 0, run.errors)
        assertSnapshot(run.output, named: "items-smolensk-municipal-2025-q1.json")
    }

    func testSnapshotComparisonReportsTheFirstDifferingLine() {
        XCTAssertNil(Snapshot.firstDifference(expected: "a\nb\n", actual: "a\nb\n"))
        XCTAssertEqual(Snapshot.firstDifference(expected: "a\nb\nc\n", actual: "a\nB\nc\n"),
                       "line 2 differs:\n  expected: «b»\n  actual:   «B»")
        XCTAssertEqual(Snapshot.firstDifference(expected: "a\n", actual: "a\nextra\n"),
                       "line 2 differs:\n  expected: «»\n  actual:   «extra»")
        XCTAssertEqual(Snapshot.firstDifference(expected: "a\nb", actual: "a"),
                       "line 2 differs:\n  expected: «b»\n  actual:   (end of text)")
    }
}
