import Foundation
import XCTest

/// Every row of the README's exit-status table, reached the way users reach it: the status, one clear
/// message, and what is left behind.
final class ExitStatusTests: XCTestCase {
    private var folder: TemporaryFolder!
    private let good = Linkgraph.example("smolensk-municipal-2025-q1")

    override func setUpWithError() throws { folder = try TemporaryFolder("linkgraph-status") }
    override func tearDown() { folder = nil }

    private func path(_ name: String) -> String { folder.path(name) }
    private func write(_ name: String, _ text: String) throws -> String { try folder.write(name, text) }
    private func files() throws -> [String] { try folder.contents() }

    func testEveryStatusOfTheTable() throws {
        let missing = path("nope.txt")
        let badGazetteer = folder.url.appendingPathComponent("gazetteer")
        try FileManager.default.createDirectory(at: badGazetteer, withIntermediateDirectories: true)
        try Data("city broken\n".utf8).write(to: badGazetteer.appendingPathComponent("bad.txt"))
        let badDecisions = try write("decisions.txt", "garbage line\n")
        let cases: [(args: [String], status: Int32, message: String, output: String?)] = [
            // 0: done.
            (["items", good, "-o", path("out.json")], 0, "", "out.json"),
            // 1: an input could not be read; the others were processed and written.
            (["items", good, missing, "-o", path("out.json")], 1, "\(missing): no such file", "out.json"),
            (["dormant", missing, "-o", path("out.txt")], 1, "\(missing): no such file", nil),
            (["graph", missing], 1, "\(missing): no such file", nil),
            // 1 with --strict: the run stopped at the first bad input and wrote nothing.
            (["graph", good, missing, "--strict", "-o", path("out.dot")], 1, "\(missing): no such file", nil),
            (["items", good, good, "--strict", "-o", path("out.json")], 1, "this report is given twice", nil),
            // 2: the command line is wrong.
            (["graph", good, "--level", "street"], 2, "'--level' must be one of", nil),
            (["graph", good, "-o", good], 2, "is also an input", nil),
            (["version", "extra"], 2, "takes no arguments", nil),
            // 3: a data file has an error: the gazetteer, a decisions file.
            (["graph", good, "-g", badGazetteer.path, "-o", path("out.dot")], 3, "bad.txt:1", nil),
            (["dedup", good, "--decisions", badDecisions, "-o", path("out.txt")], 3, "\(badDecisions):1: unknown decision", nil),
            // 4: the output could not be written; nothing is left behind.
            (["items", good, "-o", path("no-folder/out.json")], 4, "the folder", nil),
            (["dedup", good, "--decisions", path("no-folder/decisions.txt"), "-o", path("out.txt")], 4, "no-folder", nil),
        ]
        for (args, status, message, output) in cases {
            for file in try files() where ![badDecisions, badGazetteer.path].contains(path(file)) {
                try FileManager.default.removeItem(atPath: path(file))
            }
            let run = try runLinkgraph(args)
            let label = args.joined(separator: " ")
            XCTAssertEqual(run.status, status, "\(label): \(run.errors)")
            if status == 0 {
                XCTAssertEqual(run.errors, "", label)
            } else {
                XCTAssertTrue(run.errors.contains(message), "\(label): «\(message)» not in \(run.errors)")
                XCTAssertTrue(run.errorLines.count <= 2, "\(label): one message (with its list): \(run.errors)")
            }
            let left = try files().filter { $0 != "decisions.txt" && $0 != "gazetteer" }
            XCTAssertEqual(left, output.map { [$0] } ?? [], "\(label): what is left behind")
        }
    }

    func testAMissingFileIsNamedWhenNothingElseCouldBeRead() throws {
        let run = try runLinkgraph(["dormant", "nope.txt"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errorLines, ["linkgraph: 1 input could not be read:", "  nope.txt: no such file (check the path)"])
    }

    func testACountryWithNoPartnerIsWarnedAbout() throws {
        let run = try runLinkgraph(["graph", good, "--country", "BY,XX", "-f", "json"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errorLines, ["linkgraph: warning: --country XX: no partner in XX in these reports"])
        XCTAssertTrue(run.output.contains("\"country\": \"BY\""), "the partners in BY are kept")
    }
}
