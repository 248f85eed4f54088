import Foundation
import XCTest

/// `linkgraph items`, run as the built binary on the example reports.
final class ItemsCommandTests: XCTestCase {
    static let examples: [(name: String, count: Int)] = [
        ("smolensk-municipal-2023-q4", 31), ("smolensk-municipal-2024-q4", 53),
        ("smolensk-municipal-2025-q1", 33), ("smolensk-regional-2025-q2", 81),
    ]
    static var paths: [String] { examples.map { Linkgraph.example($0.name) } }

    static func reports(_ run: LinkgraphRun, file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], file: file, line: line)
        return try XCTUnwrap(object["reports"] as? [[String: Any]], file: file, line: line)
    }

    func testJSONHasTheDocumentedKeysAndTheRightCounts() throws {
        let run = try runLinkgraph(["items"] + Self.paths)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "")
        let reports = try Self.reports(run)
        XCTAssertEqual(reports.count, 4)
        let expectedPeriods = [[2023, 4], [2024, 4], [2025, 1], [2025, 2]]
        let expectedLevels = ["municipal", "municipal", "municipal", "regional"]
        for (index, report) in reports.enumerated() {
            let (name, count) = Self.examples[index]
            XCTAssertEqual(report["source"] as? String, Linkgraph.example(name))
            XCTAssertTrue((report["title"] as? String)?.hasPrefix("Отчет о мероприятиях") == true, name)
            let period = try XCTUnwrap(report["period"] as? [String: Int], name)
            XCTAssertEqual(period, ["year": expectedPeriods[index][0], "quarter": expectedPeriods[index][1]], name)
            XCTAssertEqual(report["level"] as? String, expectedLevels[index], name)
            let warnings = try XCTUnwrap(report["warnings"] as? [[String: Any]], name)
            for warning in warnings {
                XCTAssertNotNil(warning["message"] as? String, name)
            }
            let items = try XCTUnwrap(report["items"] as? [[String: Any]], name)
            XCTAssertEqual(items.count, count, name)
            XCTAssertEqual(items.compactMap { $0["number"] as? Int }, Array(1...count), name)
            for item in items {
                let context = "\(name) item \(item["number"] ?? "?")"
                for key in ["section", "name", "place", "goal", "participants"] {
                    XCTAssertFalse((item[key] as? String ?? "").isEmpty, "\(context) \(key)")
                }
                let dates = try XCTUnwrap(item["dates"] as? [String: Any], context)
                XCTAssertFalse((dates["text"] as? String ?? "").isEmpty, context)
                let ranges = try XCTUnwrap(dates["ranges"] as? [[String: String]], context)
                XCTAssertFalse(ranges.isEmpty, context)
                for range in ranges {
                    XCTAssertEqual(Set(range.keys), ["start", "end", "precision"], context)
                    XCTAssertTrue(["day", "month"].contains(range["precision"] ?? ""), context)
                    let start = try XCTUnwrap(range["start"], context), end = try XCTUnwrap(range["end"], context)
                    XCTAssertNotNil(start.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression), context)
                    XCTAssertLessThanOrEqual(start, end, context)
                }
            }
        }
        // The out-of-quarter item of the 2025-q1 report, as JSON.
        let q1 = try XCTUnwrap((try reports.at(2))["items"] as? [[String: Any]]).at(30)
        XCTAssertEqual(q1["number"] as? Int, 31)
        let q1Dates = try XCTUnwrap(q1["dates"] as? [String: Any])
        XCTAssertEqual(q1Dates["text"] as? String, "14 февраля 2024 года")
        XCTAssertEqual(q1Dates["ranges"] as? [[String: String]], [["start": "2024-02-14", "end": "2024-02-14", "precision": "day"]])
        let q1Warnings = try XCTUnwrap((try reports.at(2))["warnings"] as? [[String: Any]])
        XCTAssertEqual(q1Warnings.compactMap { $0["item"] as? Int }, [31])
    }

    func testTableFormat() throws {
        let path = Linkgraph.example("smolensk-municipal-2023-q4")
        for format in [["--format", "table"], ["--format=table"], ["-f", "table"]] {
            let run = try runLinkgraph(["items"] + format + [path])
            XCTAssertEqual(run.status, 0, run.errors)
            let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let first = try lines.at(0)
            XCTAssertTrue(first.hasPrefix("\(path): Отчет о мероприятиях в международной сфере"), first)
            XCTAssertEqual((try lines.at(1)), "period: IV квартал 2023   level: municipal   items: 31   format: text (UTF-8)")
            let itemLines = lines.filter { $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil }
            XCTAssertEqual(itemLines.compactMap { Int($0.prefix { $0.isNumber }) }, Array(1...31))
            XCTAssertEqual(lines.filter { $0.hasPrefix("== ") }.count, 10)
            XCTAssertTrue(lines.contains("== Город Смоленск"))
            XCTAssertTrue(lines.contains("17. Участие в праздничных мероприятиях фестиваля-ярмарки тружеников села «Дажынкi - 2023»"))
            XCTAssertTrue(lines.contains("   dates:        28-29 сентября 2023 года  [2023-09-28…2023-09-29]"))
            XCTAssertEqual(lines.filter { $0.hasPrefix("   place:") }.count, 31)
            XCTAssertEqual(lines.filter { $0.hasPrefix("warning: \(path):") }.count, 6)
            XCTAssertEqual(run.output.last, "\n")
        }
    }

    func testDashReadsStandardInput() throws {
        let name = "smolensk-municipal-2025-q1"
        let bytes = try Data(contentsOf: Linkgraph.repositoryRoot.appendingPathComponent(Linkgraph.example(name)))
        let fromStdin = try runLinkgraph(["items", "-"], stdin: bytes)
        XCTAssertEqual(fromStdin.status, 0, fromStdin.errors)
        let fromFile = try runLinkgraph(["items", Linkgraph.example(name)])
        let stdinReport = try XCTUnwrap(try Self.reports(fromStdin).first)
        let fileReport = try XCTUnwrap(try Self.reports(fromFile).first)
        XCTAssertEqual(stdinReport["source"] as? String, "-")
        XCTAssertEqual((stdinReport["items"] as? [Any])?.count, 33)
        XCTAssertEqual(stdinReport["items"] as? NSArray, fileReport["items"] as? NSArray)
        XCTAssertEqual(stdinReport["warnings"] as? NSArray, fileReport["warnings"] as? NSArray)
    }

    func testEmptyStandardInputIsABadInput() throws {
        let run = try runLinkgraph(["items", "-"], stdin: Data())
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("-: the file is empty"), run.errors)
    }

    func testTheSameInputTwiceGivesByteIdenticalOutput() throws {
        for format in ["json", "table"] {
            let first = try runLinkgraph(["items", "--format", format] + Self.paths)
            let second = try runLinkgraph(["items", "--format", format] + Self.paths)
            XCTAssertEqual(first.status, 0, first.errors)
            XCTAssertFalse(first.stdout.isEmpty)
            XCTAssertEqual(first.stdout, second.stdout, format)
            XCTAssertEqual(first.stderr, second.stderr, format)
        }
        // One file given twice in one run is read once (ReportInputsTests has the warning).
        let path = Linkgraph.example("smolensk-regional-2025-q2")
        let twice = try runLinkgraph(["items", path, path])
        XCTAssertEqual(try Self.reports(twice).count, 1)
        XCTAssertEqual(twice.stdout, try runLinkgraph(["items", path]).stdout)
    }

    func testOutputDoesNotDependOnTheNumberOfJobs() throws {
        // More files than jobs, so that several threads really share the work: the texts and the Word
        // documents, in different orders (the .docx of a report is the same report, read once).
        let paths = Self.paths + Self.paths.reversed().map { $0.replacingOccurrences(of: "Examples/", with: "Examples/docx/")
            .replacingOccurrences(of: ".txt", with: ".docx") }
        let one = try runLinkgraph(["items", "--jobs", "1"] + paths)
        XCTAssertEqual(one.status, 0, one.errors)
        XCTAssertEqual(try Self.reports(one).count, 4)
        for jobs in [["--jobs", "2"], ["-j", "2"], ["--jobs=8"]] {
            let run = try runLinkgraph(["items"] + jobs + paths)
            XCTAssertEqual(run.status, 0, run.errors)
            XCTAssertEqual(run.stdout, one.stdout, jobs.joined(separator: " "))
        }
        let sources = try Self.reports(one).compactMap { $0["source"] as? String }
        XCTAssertEqual(sources, Self.paths, "reports come in input order, each the first time it is given")
    }
}
