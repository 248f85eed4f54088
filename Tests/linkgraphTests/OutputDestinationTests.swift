import Foundation
import XCTest

/// `-o FILE`: written whole and atomically, or not at all.
final class OutputDestinationTests: XCTestCase {
    private var folder: URL!
    private let input = Linkgraph.example("smolensk-municipal-2025-q1")

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linkgraph-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testOutputOptionWritesTheFile() throws {
        let toStdout = try runLinkgraph(["items", input])
        for option in [["-o"], ["--output"]] {
            let target = folder.appendingPathComponent("items.json")
            try? FileManager.default.removeItem(at: target)
            let run = try runLinkgraph(["items"] + option + [target.path, input])
            XCTAssertEqual(run.status, 0, run.errors)
            XCTAssertEqual(run.stdout, Data(), "nothing on standard output")
            XCTAssertEqual(run.errors, "")
            XCTAssertEqual(try Data(contentsOf: target), toStdout.stdout)
            XCTAssertEqual(try contents(), ["items.json"], "no temporary file left")
        }
    }

    func testOutputOptionReplacesAnExistingFile() throws {
        let target = folder.appendingPathComponent("items.txt")
        try Data("old content that is longer than nothing\n".utf8).write(to: target)
        let run = try runLinkgraph(["items", "--format", "table", "--output=\(target.path)", input])
        XCTAssertEqual(run.status, 0, run.errors)
        let written = try String(contentsOf: target, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("\(input): Отчет о мероприятиях"), String(written.prefix(80)))
        XCTAssertFalse(written.contains("old content"))
        XCTAssertEqual(try contents(), ["items.txt"])
    }

    func testOutputIntoAMissingFolderIsExit4WithOneLineAndNoFile() throws {
        let missing = folder.appendingPathComponent("no-such-folder")
        let target = missing.appendingPathComponent("items.json")
        let run = try runLinkgraph(["items", "-o", target.path, input])
        XCTAssertEqual(run.status, 4)
        XCTAssertEqual(run.stdout, Data())
        XCTAssertEqual(run.errorLines.count, 1, run.errors)
        let line = try XCTUnwrap(run.errorLines.first)
        XCTAssertTrue(line.hasPrefix("linkgraph: \(target.path): cannot write the output"), line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing.path), "the folder is not created")
        XCTAssertEqual(try contents(), [], "no file left")
    }

    func testOutputOntoAFolderIsExit4AndLeavesNoTemporaryFile() throws {
        let target = folder.appendingPathComponent("items.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let run = try runLinkgraph(["items", "-o", target.path, input])
        XCTAssertEqual(run.status, 4)
        XCTAssertEqual(run.errorLines, ["linkgraph: \(target.path): cannot write the output: it is a folder (give a file name after -o)"])
        XCTAssertEqual(try contents(), ["items.json"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target.path), [])
    }

    func testAStrictRunThatFailsWritesNoFile() throws {
        let target = folder.appendingPathComponent("items.json")
        let run = try runLinkgraph(["items", "--strict", "-o", target.path, input, folder.appendingPathComponent("missing.txt").path])
        XCTAssertEqual(run.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
        XCTAssertEqual(try contents(), [])
    }
}
