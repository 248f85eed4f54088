import Foundation
import XCTest

/// What `-o` and standard output do to what a user owns: a symbolic link is written through, a device
/// or FIFO is written directly, an existing file keeps its mode and its hard links, an input is never
/// overwritten, and a closed pipe stops a run quietly.
final class OutputSafetyTests: XCTestCase {
    private var folder: TemporaryFolder!
    private let input = Linkgraph.example("smolensk-municipal-2025-q1")

    override func setUpWithError() throws { folder = try TemporaryFolder("linkgraph-safety") }
    override func tearDown() { folder = nil }

    private func path(_ name: String) -> String { folder.path(name) }

    private func write(_ name: String, _ text: String, mode: Int = 0o644) throws -> String {
        let file = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
        return file
    }

    private func mode(_ file: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
    }

    private func expectedTable() throws -> Data {
        let run = try runLinkgraph(["items", "-f", "table", input])
        XCTAssertEqual(run.status, 0, run.errors)
        return run.stdout
    }

    func testASymbolicLinkIsWrittenThroughToItsTarget() throws {
        let target = try write("target.txt", "old\n")
        let link = path("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.txt")
        let run = try runLinkgraph(["items", "-f", "table", "-o", link, input])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "target.txt", "the link stays a link")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: target)), try expectedTable())
        XCTAssertEqual(try folder.contents(), ["link.txt", "target.txt"])
    }

    func testADanglingSymbolicLinkCreatesItsTarget() throws {
        let link = path("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "new.txt")
        let run = try runLinkgraph(["items", "-f", "table", "-o", link, input])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path("new.txt"))), try expectedTable())
    }

    func testAnExistingFileKeepsItsMode() throws {
        for mode in [0o600, 0o640, 0o755] {
            let file = try write("kept-\(String(mode, radix: 8)).txt", "old\n", mode: mode)
            let run = try runLinkgraph(["items", "-f", "table", "-o", file, input])
            XCTAssertEqual(run.status, 0, run.errors)
            XCTAssertEqual(try self.mode(file), mode, String(mode, radix: 8))
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), try expectedTable())
        }
    }

    func testANewFileGetsTheUsualMode() throws {
        let file = path("new.txt")
        let run = try runLinkgraph(["items", "-o", file, input])
        XCTAssertEqual(run.status, 0, run.errors)
        let mask = umask(0)
        umask(mask)
        XCTAssertEqual(try mode(file), 0o666 & ~Int(mask), "not the private mode of a temporary file")
    }

    func testAReadOnlyFileIsRefusedUnlessTheUserMayWriteIt() throws {
        let file = try write("read-only.txt", "old\n", mode: 0o444)
        let run = try runLinkgraph(["items", "-o", file, input])
        if geteuid() == 0 {
            // root may write any file, as with cp and sort -o; the mode stays.
            XCTAssertEqual(run.status, 0, run.errors)
            XCTAssertEqual(try mode(file), 0o444)
        } else {
            XCTAssertEqual(run.status, 4)
            XCTAssertEqual(run.errorLines.count, 1, run.errors)
            XCTAssertTrue(run.errors.contains("the file is not writable (mode 444)"), run.errors)
            XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "old\n")
        }
    }

    func testAFileWithHardLinksIsRewrittenInPlace() throws {
        let file = try write("first.txt", "old\n")
        let other = path("second.txt")
        try FileManager.default.linkItem(atPath: file, toPath: other)
        let run = try runLinkgraph(["items", "-f", "table", "-o", file, input])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other)), try expectedTable(), "the other link sees the output")
        XCTAssertEqual(try folder.contents(), ["first.txt", "second.txt"])
    }

    func testADeviceIsWrittenDirectlyAndStaysADevice() throws {
        let run = try runLinkgraph(["items", "-o", "/dev/null", input])
        XCTAssertEqual(run.status, 0, run.errors)
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        XCTAssertEqual(type, .typeCharacterSpecial)
    }

    func testAFIFOIsWrittenDirectly() throws {
        let fifo = path("out.fifo")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let shell = try XCTUnwrap(ExternalTool.path(of: "bash"))
        let executable = try XCTUnwrap(Linkgraph.executable).path
        let result = try ExternalTool.run(shell, ["-c", "cat '\(fifo)' & '\(executable)' items -f table -o '\(fifo)' \(input); status=$?; wait; exit $status"],
                                          in: Linkgraph.repositoryRoot)
        XCTAssertEqual(result.status, 0, String(decoding: result.stderr, as: UTF8.self))
        XCTAssertEqual(result.stdout, try expectedTable())
        XCTAssertEqual(try folder.contents(), ["out.fifo"], "no temporary file")
    }

    /// Every way of naming an input as the output is refused before anything is read or written.
    func testAnOutputThatIsAlsoAnInputIsRefused() throws {
        let report = try write("r.txt", try String(contentsOfFile: Linkgraph.repositoryRoot.appendingPathComponent(input).path, encoding: .utf8))
        let before = try Data(contentsOf: URL(fileURLWithPath: report))
        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: "r.txt")
        let gazetteer = folder.url.appendingPathComponent("extra")
        try FileManager.default.createDirectory(at: gazetteer, withIntermediateDirectories: true)
        let entities = gazetteer.appendingPathComponent("extra.txt").path
        try Data("org x-test = Тестовая организация\n".utf8).write(to: URL(fileURLWithPath: entities))
        let decisions = try write("decisions.txt", "# none\n")
        let cases: [(args: [String], message: String)] = [
            (["graph", report, "-o", report], "\(report): the output of '--output' is also an input"),
            (["items", report, "-o", folder.url.appendingPathComponent(".").appendingPathComponent("r.txt").path], "is also an input (\(report))"),
            (["items", "-o", report, path("link.txt")], "is also an input (\(path("link.txt")))"),
            (["extract", input, "-g", gazetteer.path, "-o", entities], "the output of '--output' is also an input"),
            (["dedup", input, "-g", gazetteer.path, "--emit-gazetteer", entities], "the output of '--emit-gazetteer' is also an input"),
            (["dedup", input, "--decisions", decisions, "-o", decisions], "the output of '--output' is also an input"),
            (["dedup", input, "-o", path("same.txt"), "--emit-gazetteer", path("same.txt")], "two outputs go to one file"),
        ]
        try Data("x".utf8).write(to: URL(fileURLWithPath: path("same.txt")))
        for (args, message) in cases {
            let run = try runLinkgraph(args)
            let label = args.joined(separator: " ")
            XCTAssertEqual(run.status, 2, label)
            XCTAssertEqual(run.errorLines.count, 1, "\(label): \(run.errors)")
            XCTAssertTrue(run.errors.contains(message), "\(label): \(run.errors)")
            XCTAssertEqual(run.stdout, Data(), label)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: report)), before, "the report is untouched")
        XCTAssertEqual(try String(contentsOfFile: entities, encoding: .utf8), "org x-test = Тестовая организация\n")
        XCTAssertEqual(try String(contentsOfFile: decisions, encoding: .utf8), "# none\n")
        XCTAssertEqual(try String(contentsOfFile: path("same.txt"), encoding: .utf8), "x")
    }

    /// Standard output is streamed: no temporary file (not even in a TMPDIR that does not exist), and a
    /// reader that goes away stops the run quietly with 141, as for `cat`.
    func testStandardOutputIsStreamedAndAClosedPipeStopsQuietly() throws {
        let shell = try XCTUnwrap(ExternalTool.path(of: "bash"))
        let executable = try XCTUnwrap(Linkgraph.executable).path
        let inputs = try (0..<30).map { index -> String in
            let text = try String(contentsOfFile: Linkgraph.repositoryRoot.appendingPathComponent(Linkgraph.example("smolensk-regional-2025-q2")).path,
                                  encoding: .utf8)
            return try write("copy-\(index).txt", text.replacingOccurrences(of: "2025 года", with: "2025 года (\(index))"))
        }
        let temporary = folder.url.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let script = "TMPDIR='\(temporary.path)' '\(executable)' items -j 1 \(inputs.joined(separator: " ")) | head -c 100 >/dev/null; echo \"${PIPESTATUS[0]}\""
        let result = try ExternalTool.run(shell, ["-c", script], in: Linkgraph.repositoryRoot)
        XCTAssertEqual(String(decoding: result.stdout, as: UTF8.self), "141\n")
        XCTAssertEqual(String(decoding: result.stderr, as: UTF8.self), "", "no message for a closed pipe")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path), [], "no spooled copy of standard output")
        let whole = try ExternalTool.run(shell, ["-c", "TMPDIR='\(path("no-such-folder"))' '\(executable)' items \(input)"], in: Linkgraph.repositoryRoot)
        XCTAssertEqual(whole.status, 0, String(decoding: whole.stderr, as: UTF8.self))
        XCTAssertEqual(whole.stdout, try runLinkgraph(["items", input]).stdout)
    }
}
