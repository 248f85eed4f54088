import Foundation
import XCTest

/// Runs that stream their inputs: the same bytes for any `--jobs`, bad inputs listed at the end in input
/// order, no output left behind by a run that fails or is interrupted, progress only on a terminal.
final class StreamingRunTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-streaming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathExtension("copies"))
    }

    private var examples: [String] { ItemsCommandTests.paths }
    private var docx: [String] { ItemsCommandTests.examples.map { "Examples/docx/\($0.name).docx" } }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    /// `count` different reports, made from the regional example with one date changed in each, in a
    /// folder beside the test's own (a report given twice would be read once).
    private func distinctReports(_ count: Int) throws -> [String] {
        let copies = folder.appendingPathExtension("copies")
        try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Linkgraph.repositoryRoot.appendingPathComponent(examples[3]).path, encoding: .utf8)
        // The dates of item 1 (the title's "2025 года" is not part of what makes a report).
        let title = try XCTUnwrap(text.range(of: "2025 года"))
        let date = try XCTUnwrap(text.range(of: "2025 года", range: title.upperBound..<text.endIndex))
        return try (0..<count).map { index in
            let url = copies.appendingPathComponent("report-\(index).txt")
            try Data(text.replacingCharacters(in: date, with: "2025 года (\(index))").utf8).write(to: url)
            return url.path
        }
    }

    func testEveryCommandWritesTheSameBytesWithAnyNumberOfJobs() throws {
        let bad = try write("letter.txt", "Уважаемые коллеги!\nОтчет прилагается.\n")
        let inputs = [examples[0], bad, docx[2], examples[1], folder.appendingPathComponent("missing.txt").path, docx[3]]
        let commands: [[String]] = [["items"], ["items", "-f", "table"], ["extract"], ["extract", "-f", "table"],
                                    ["graph", "-f", "json"], ["graph", "-f", "dot", "-l", "place"], ["graph", "-f", "graphml"],
                                    ["graph", "-f", "gexf"], ["dormant", "--all", "-f", "json"]]
        for command in commands {
            let one = try runLinkgraph(command + ["-j", "1"] + inputs)
            XCTAssertEqual(one.status, 1, "\(command): \(one.errors)")
            XCTAssertEqual(one.errorLines.first, "linkgraph: 2 inputs could not be read:", "\(command)")
            XCTAssertTrue(try one.errorLines.at(1).contains(bad), "\(command): the bad inputs are listed in input order")
            XCTAssertFalse(one.stdout.isEmpty, "\(command)")
            for jobs in ["2"] {
                let many = try runLinkgraph(command + ["--jobs", jobs] + inputs)
                XCTAssertEqual(many.status, one.status, "\(command) -j \(jobs)")
                XCTAssertEqual(many.stdout, one.stdout, "\(command) -j \(jobs): the same bytes as one job")
                XCTAssertEqual(many.errors, one.errors, "\(command) -j \(jobs)")
            }
        }
    }

    func testAStrictRunThatFailsLeavesNoFileAndNoOutput() throws {
        let bad = try write("empty.txt", "")
        let target = folder.appendingPathComponent("out")
        for command in [["items"], ["extract"], ["graph", "-f", "graphml"], ["dormant", "--all"]] {
            for jobs in ["1", "2"] {
                let run = try runLinkgraph(command + ["--strict", "-j", jobs, "-o", target.path, examples[0], examples[1], bad, examples[3]])
                XCTAssertEqual(run.status, 1, "\(command)")
                XCTAssertEqual(run.errorLines, ["linkgraph: \(bad): the file is empty (give a report as .txt or .docx)"], "\(command)")
                XCTAssertEqual(try contents(), ["empty.txt"], "\(command) -j \(jobs): no output file, no temporary file")
                let toStandardOutput = try runLinkgraph(command + ["--strict", "-j", jobs, examples[0], bad])
                XCTAssertEqual(toStandardOutput.status, 1)
                XCTAssertEqual(toStandardOutput.stdout, Data(), "\(command): nothing on standard output for a stopped run")
            }
        }
    }

    func testAnInterruptedRunLeavesNoTemporaryFile() throws {
        let executable = try XCTUnwrap(Linkgraph.executable)
        let target = folder.appendingPathComponent("extract.json")
        let process = Process()
        process.executableURL = executable
        process.currentDirectoryURL = Linkgraph.repositoryRoot
        process.arguments = ["extract", "-j", "1", "-o", target.path] + (try distinctReports(400))
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary output file is there, then interrupt the run.
        let deadline = Date().addingTimeInterval(30)
        while try contents().isEmpty, process.isRunning, Date() < deadline { usleep(20_000) }
        let seen = try contents()
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(seen.count, 1, "the output was being written to a temporary file: \(seen)")
        XCTAssertTrue(seen.first?.hasPrefix(".extract.json.") == true, "\(seen)")
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(try contents(), [], "an interrupted run leaves nothing")
    }

    func testProgressIsSilentWhenStandardErrorIsNotATerminal() throws {
        let run = try runLinkgraph(["items", "-j", "1", "-o", folder.appendingPathComponent("items.json").path]
                                   + (try distinctReports(60)))
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual(run.errors, "", "no progress on a pipe or a file")
    }

    func testProgressShowsOnATerminal() throws {
        let script = "/usr/bin/script"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: script), "needs script(1) for a terminal")
        let executable = try XCTUnwrap(Linkgraph.executable).path
        // Progress from the first file on, however fast the run is.
        let inputs = try distinctReports(40).joined(separator: " ")
        let command = "LINKGRAPH_PROGRESS_AFTER=0 \(executable) items -j 1 -o \(folder.appendingPathComponent("items.json").path) \(inputs)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.currentDirectoryURL = Linkgraph.repositoryRoot
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("/40 files,"), "progress on a terminal: \(text.suffix(300))")
        XCTAssertTrue(text.contains("MB/s"), String(text.suffix(300)))
    }
}
