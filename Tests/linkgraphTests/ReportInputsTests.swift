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

    /// A report given twice — one path twice, another name for it, its `.docx` beside its `.txt` — is
    /// read once, with a warning naming both; `--strict` makes it an error.
    func testAReportGivenTwiceIsReadOnce() throws {
        let name = "smolensk-municipal-2025-q1"
        let text = Linkgraph.example(name)
        let docx = "Examples/docx/\(name).docx"
        let once = try runLinkgraph(["dormant", "--all", "-f", "json", text])
        XCTAssertEqual(once.status, 0, once.errors)
        let cases: [(inputs: [String], warning: String)] = [
            ([text, text], "\(text): this report is given twice; it is read once"),
            ([text, "./\(text)"], "./\(text): this report is the same report as \(text) (the same period and items); it is read once"),
            ([text, docx], "\(docx): this report is the same report as \(text) (the same period and items); it is read once"),
        ]
        for (inputs, warning) in cases {
            let run = try runLinkgraph(["dormant", "--all", "-f", "json"] + inputs)
            XCTAssertEqual(run.status, 0, run.errors)
            XCTAssertEqual(run.errorLines, ["linkgraph: warning: \(warning)"])
            XCTAssertEqual(run.stdout, once.stdout, "\(inputs): counted once")
            let strict = try runLinkgraph(["dormant", "--strict"] + inputs)
            XCTAssertEqual(strict.status, 1)
            XCTAssertEqual(strict.stdout, Data())
            XCTAssertTrue(strict.errors.contains("(give each report once)"), strict.errors)
        }
        let two = try runLinkgraph(["items", text, Linkgraph.example("smolensk-municipal-2024-q4")])
        XCTAssertEqual(two.status, 0)
        XCTAssertEqual(two.errors, "", "different reports are no duplicates")
    }
}
