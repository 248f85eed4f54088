import Foundation
import XCTest

/// How a run treats inputs that cannot be read: the others are processed (exit 1), or with `--strict`
/// the first bad one stops the run.
final class ReportInputsTests: XCTestCase {
    private var folder: URL!
    private let good1 = Linkgraph.example("smolensk-municipal-2023-q4")
    private let good2 = Linkgraph.example("smolensk-regional-2025-q2")

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testABadFileAmongGoodOnesIsListedAndTheGoodOnesAreInTheOutput() throws {
        let bad = try write("letter.txt", "Уважаемые коллеги!\nОтчет прилагается.\n")
        for jobs in ["1", "2"] {
            let run = try runLinkgraph(["items", "--jobs", jobs, good1, bad, good2])
            XCTAssertEqual(run.status, 1, "jobs \(jobs)")
            let reports = try ItemsCommandTests.reports(run)
            XCTAssertEqual(reports.compactMap { $0["source"] as? String }, [good1, good2])
            XCTAssertEqual(reports.map { ($0["items"] as? [Any])?.count ?? 0 }, [31, 81])
            XCTAssertEqual(run.errorLines, [
                "linkgraph: 1 input could not be read:",
                "  \(bad): no numbered rows found: this is not a report table (a report is a table whose rows start with \"1.\", \"2.\", …)",
            ])
        }
    }

    func testEveryBadFileIsListedInInputOrder() throws {
        let empty = try write("empty.txt", "")
        let missing = folder.appendingPathComponent("missing.txt").path
        let run = try runLinkgraph(["items", "--format", "table", missing, good1, empty])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.output.hasPrefix("\(good1): "), String(run.output.prefix(100)))
        XCTAssertEqual(run.errorLines.count, 3, run.errors)
        XCTAssertEqual(run.errorLines.first, "linkgraph: 2 inputs could not be read:")
        let (second, third) = (try run.errorLines.at(1), try run.errorLines.at(2))
        XCTAssertTrue(second.hasPrefix("  \(missing): no such file"), second)
        XCTAssertTrue(third.hasPrefix("  \(empty): the file is empty"), third)
    }

    func testAllBadFilesGiveEmptyReportsAndExit1() throws {
        let run = try runLinkgraph(["items", folder.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(try ItemsCommandTests.reports(run).count, 0)
        XCTAssertTrue(run.errors.contains("\(folder.path): this is a folder, not a file"), run.errors)
    }

    func testStrictStopsAtTheFirstBadFile() throws {
        let first = folder.appendingPathComponent("first-missing.txt").path
        let second = try write("second-empty.txt", "")
        let run = try runLinkgraph(["items", "--strict", good1, first, good2, second])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, Data(), "no output for a stopped run")
        XCTAssertEqual(run.errorLines, ["linkgraph: \(first): no such file (check the path)"])
        XCTAssertFalse(run.errors.contains(second))
    }

    func testStrictWithOnlyGoodFilesIsAnOrdinaryRun() throws {
        let strict = try runLinkgraph(["items", "--strict", good1, good2])
        let plain = try runLinkgraph(["items", good1, good2])
        XCTAssertEqual(strict.status, 0, strict.errors)
        XCTAssertEqual(strict.stdout, plain.stdout)
    }
}
